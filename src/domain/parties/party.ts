import { z } from 'zod';

export const partyRoles = ['exporter', 'buyer', 'consignee', 'end-user'] as const;
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166 alpha-2 country code such as CN or US');

export const newPartySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
    .max(80),
  legalName: z.string().trim().min(1).max(300),
  otherNames: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  roles: z.array(z.enum(partyRoles)).min(1),
  country: countryCodeSchema,
  hqCountry: countryCodeSchema,
});
export type NewParty = z.infer<typeof newPartySchema>;

export interface Party extends NewParty {
  createdAt: string;
}
