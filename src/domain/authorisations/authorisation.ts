import { z } from 'zod';
import { countryCodeSchema } from '../parties/party.js';
import { eccnOutcomes } from '../products/classification-decision.js';
import { productIdSchema } from '../products/product.js';

export const authorisationKinds = [
  'export-licence',
  'exception-use',
  'import-approval',
  'party-cap',
  'ratio-cap',
] as const;
export type AuthorisationKind = (typeof authorisationKinds)[number];

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
  // A failed regex does not stop zod from running the refinement, and toISOString throws on an invalid date.
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'not a real calendar date',
  );

const partyId = z.string().min(1).max(100);
const quantity = z.number().int('must be a whole number of units').min(0, 'must be 0 or more').max(1e12);

/** ISO 4217 code and an amount in minor units (cents): money is never a float. */
export const moneySchema = z.strictObject({
  amountMinor: z.number().int('money is a whole number of minor units').min(0).max(1e15),
  currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code such as USD'),
});

/** A change of value: signed, for an adjustment that lowers the authorised value. */
export const signedMoneySchema = moneySchema.extend({
  amountMinor: z.number().int('money is a whole number of minor units').min(-1e15).max(1e15),
});

/** Which products an authorisation covers: named products, or every product of the named classes. */
const coveredProducts = z
  .strictObject({
    productIds: z.array(productIdSchema).max(500).default([]),
    eccns: z.array(z.enum(eccnOutcomes)).max(10).default([]),
  })
  .refine((p) => p.productIds.length + p.eccns.length > 0, 'name at least one product or classification');

const common = {
  authority: z.string().trim().min(1).max(100),
  number: z.string().trim().min(1).max(100),
  holderPartyId: partyId,
  validFrom: calendarDate,
  validUntil: calendarDate,
  products: coveredProducts,
  destinations: z.array(countryCodeSchema).min(1).max(250),
  /** Conditions as issued, kept verbatim; the structured ones below are those Tranche enforces. */
  conditions: z.string().max(20_000).default(''),
};

export const newAuthorisationSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...common,
      kind: z.literal('export-licence'),
      quantity,
      value: moneySchema.optional(),
      consignees: z.array(partyId).max(500).default([]),
      endUsers: z.array(partyId).max(500).default([]),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('exception-use'),
      exception: z.enum(['NAC', 'ACA']),
      /** BIS's authorization number for a NAC notification, and the day BIS answered. */
      authorizationNumber: z.string().trim().max(100).optional(),
      answeredOn: calendarDate.optional(),
      quantity,
    }),
    z.strictObject({
      ...common,
      kind: z.literal('import-approval'),
      importerPartyId: partyId,
      round: z.string().trim().min(1).max(100),
      quantity,
    }),
    z.strictObject({
      ...common,
      kind: z.literal('party-cap'),
      /** The customer the cap applies to. */
      cappedPartyId: partyId,
      quantity,
    }),
    z.strictObject({
      ...common,
      kind: z.literal('ratio-cap'),
      /** Units to `destinations` ≤ numerator ÷ denominator × units shipped to the reference market. */
      ratio: z.strictObject({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) }),
      referenceDestinations: z.array(countryCodeSchema).min(1).max(50),
    }),
  ])
  .refine((a) => a.validUntil >= a.validFrom, {
    path: ['validUntil'],
    error: 'validity ends before it starts',
  });

export type NewAuthorisation = z.infer<typeof newAuthorisationSchema>;

/** The parties an authorisation names, by the role it names them in: what a buyer may see it through. */
export function namedParties(a: NewAuthorisation): string[] {
  const ids = [a.holderPartyId];
  switch (a.kind) {
    case 'export-licence':
      ids.push(...a.consignees, ...a.endUsers);
      break;
    case 'import-approval':
      ids.push(a.importerPartyId);
      break;
    case 'party-cap':
      ids.push(a.cappedPartyId);
      break;
    case 'exception-use':
    case 'ratio-cap':
      break;
  }
  return [...new Set(ids)];
}

/** The quantity granted at issue; a ratio cap starts at zero and grows with the reference shipments. */
export function initialGrant(a: NewAuthorisation): {
  quantity: number;
  value: number;
  valueLimited: boolean;
  currency: string | null;
} {
  if (a.kind === 'ratio-cap') return { quantity: 0, value: 0, valueLimited: false, currency: null };
  if (a.kind === 'export-licence' && a.value) {
    return {
      quantity: a.quantity,
      value: a.value.amountMinor,
      valueLimited: true,
      currency: a.value.currency,
    };
  }
  return { quantity: a.quantity, value: 0, valueLimited: false, currency: null };
}

/** Units a ratio cap allows after `shipped` reference units: the floor, so the cap is never exceeded. */
export function ratioAllowance(ratio: { numerator: number; denominator: number }, shipped: number): number {
  return Math.floor((shipped * ratio.numerator) / ratio.denominator);
}

export const movementRequestSchema = z.strictObject({
  kind: z.enum(['reserve', 'release', 'consume', 'adjust', 'expire', 'return']),
  /** Units; signed for `adjust`; ignored for `expire` (it takes whatever is available). */
  quantity: z.number().int('must be a whole number of units').min(-1e12).max(1e12).default(0),
  /** Signed only for `adjust`; the ledger refuses a negative value on any other movement. */
  value: signedMoneySchema.optional(),
  reason: z.string().trim().max(2000).optional(),
  /** What the movement is for: an order line, a shipment, a round. */
  reference: z.string().trim().max(200).optional(),
});
export type MovementRequest = z.infer<typeof movementRequestSchema>;
