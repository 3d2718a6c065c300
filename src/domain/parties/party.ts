import { z } from 'zod';
import { pagingShape } from '../validation.js';

export const partyRoles = ['exporter', 'buyer', 'consignee', 'end-user'] as const;
export type PartyRole = (typeof partyRoles)[number];

/**
 * Where a party stands against the restricted-party lists. Every party starts `unscreened`; screening (a
 * later capability) moves it on, and shipments will be gated on it.
 */
export const screeningStatuses = [
  'unscreened',
  'clear',
  'potential-match',
  'confirmed',
  'false-positive',
] as const;
export type ScreeningStatus = (typeof screeningStatuses)[number];

export const identifierSchemes = ['USCC', 'LEI', 'DUNS', 'EIN', 'OTHER'] as const;
export type IdentifierScheme = (typeof identifierSchemes)[number];

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166 alpha-2 country code such as CN or US');

export const partyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
  .max(80);

/**
 * How each identifier scheme is written. Values are normalised first (upper case, separators removed) so
 * the same code typed two ways is stored once; only the format is checked, not check digits.
 */
const identifierFormats: Record<
  IdentifierScheme,
  { normalise: (value: string) => string; pattern: RegExp; rule: string }
> = {
  // China's Unified Social Credit Code (GB 32100-2015): 18 characters from a 31-symbol alphabet, the
  // digits and the upper-case letters other than I, O, Z, S and V.
  USCC: {
    normalise: (v) => v.toUpperCase(),
    pattern: /^[0-9A-HJ-NP-RTUW-Y]{18}$/,
    rule: 'a USCC is 18 characters: digits and upper-case letters other than I, O, Z, S and V',
  },
  // ISO 17442 Legal Entity Identifier: 18 letters or digits, then two check digits.
  LEI: {
    normalise: (v) => v.toUpperCase(),
    pattern: /^[0-9A-Z]{18}[0-9]{2}$/,
    rule: 'an LEI is 20 characters: 18 letters or digits, then 2 digits',
  },
  DUNS: {
    normalise: (v) => v.replace(/[-\s]/g, ''),
    pattern: /^\d{9}$/,
    rule: 'a D-U-N-S number is 9 digits',
  },
  // US Employer Identification Number, stored in its usual written form 12-3456789.
  EIN: {
    normalise: (v) => v.replace(/^(\d{2})-?(\d{7})$/, '$1-$2'),
    pattern: /^\d{2}-\d{7}$/,
    rule: 'an EIN is 9 digits, written 12-3456789',
  },
  OTHER: { normalise: (v) => v, pattern: /^[^\n\r|]+$/, rule: 'one line of text' },
};

export const partyIdentifierSchema = z
  .strictObject({
    scheme: z.enum(identifierSchemes, { error: `use one of ${identifierSchemes.join(', ')}` }),
    value: z.string().trim().min(1).max(100),
  })
  .overwrite((identifier) => ({
    ...identifier,
    value: identifierFormats[identifier.scheme].normalise(identifier.value),
  }))
  .superRefine((identifier, ctx) => {
    const format = identifierFormats[identifier.scheme];
    if (!format.pattern.test(identifier.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: format.rule });
    }
  });
export type PartyIdentifier = z.infer<typeof partyIdentifierSchema>;

/** Text that is one item of a list: the CSV format separates list items with `|`, so items may not hold one. */
function listItem(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes('|'), 'may not contain | (it separates list items in CSV files)');
}

export const partyAddressSchema = z
  .strictObject({
    /** Street lines, top to bottom; may be empty for a city-level address. */
    lines: z.array(listItem(200)).max(6).default([]),
    city: z.string().trim().min(1).max(100).optional(),
    region: z.string().trim().min(1).max(100).optional(),
    postalCode: z.string().trim().min(1).max(20).optional(),
    country: countryCodeSchema,
  })
  .superRefine((address, ctx) => {
    if (address.lines.length === 0 && address.city === undefined) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'give a city or at least one address line' });
    }
  });
export type PartyAddress = z.infer<typeof partyAddressSchema>;

/** Refuses an array that lists the same thing twice, naming the second occurrence. */
function noRepeats<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} listed twice` });
      seen.add(k);
    });
  };
}

/** Each field once, so creation and change validate alike. */
const partyFields = {
  legalName: z.string().trim().min(1).max(300),
  otherNames: z.array(listItem(300)).max(50),
  roles: z
    .array(z.enum(partyRoles, { error: `use ${partyRoles.join(', ')}` }))
    .min(1, 'give at least one role')
    .superRefine(noRepeats((role) => role, 'role')),
  country: countryCodeSchema,
  hqCountry: countryCodeSchema,
  identifiers: z
    .array(partyIdentifierSchema)
    .max(20)
    .superRefine(noRepeats((i) => `${i.scheme}:${i.value}`, 'identifier')),
  addresses: z.array(partyAddressSchema).max(10),
};

/** A new party: the single source of validation for the API, the CLI, the CSV import and the demo. */
export const newPartySchema = z.strictObject({
  id: partyIdSchema,
  ...partyFields,
  otherNames: partyFields.otherNames.default([]),
  identifiers: partyFields.identifiers.default([]),
  addresses: partyFields.addresses.default([]),
});
export type NewParty = z.infer<typeof newPartySchema>;
/** A new party as callers write it: the lists with defaults may be left out. */
export type NewPartyInput = z.input<typeof newPartySchema>;

/** A change to a party: any of its fields but the id, which names it in the URL and in other records. */
export const partyChangesSchema = z
  .strictObject({
    id: z.never({ error: 'the id cannot be changed' }).optional(),
    ...z.object(partyFields).partial().shape,
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    error: 'send at least one field to change',
  });
export type PartyChanges = z.infer<typeof partyChangesSchema>;

export interface Party extends NewParty {
  screeningStatus: ScreeningStatus;
  createdAt: string;
  updatedAt: string;
}

/** The fields a change may touch, in the order a summary lists them. */
export const changeableFields = [
  'legalName',
  'otherNames',
  'roles',
  'country',
  'hqCountry',
  'identifiers',
  'addresses',
] as const satisfies readonly (keyof PartyChanges & keyof Party)[];

/** Filters for listing parties; every one optional. */
export const partyFilterSchema = z.strictObject({
  role: z.enum(partyRoles).optional(),
  country: countryCodeSchema.optional(),
  screeningStatus: z.enum(screeningStatuses).optional(),
  /** Part of a legal or other name, any case. */
  q: z.string().trim().max(200).optional(),
  ...pagingShape,
});
export type PartyFilter = z.infer<typeof partyFilterSchema>;

/**
 * Names folded for search: NFKC (full-width letters and digits as their plain forms) and lower case, in
 * JavaScript so the folding is the same on both engines. One name per line.
 */
export function searchNamesOf(party: Pick<NewParty, 'legalName' | 'otherNames'>): string {
  return [party.legalName, ...party.otherNames].map(foldForSearch).join('\n');
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
