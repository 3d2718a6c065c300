import { z } from 'zod';
import { partyIdSchema } from '../parties/party.js';
import { periodSchema } from '../period.js';
import { pagingShape } from '../validation.js';

/**
 * How firmly a buyer asks: `firm` orders are non-cancellable commitments, `forecast` orders are what the
 * buyer expects to need. Allocation rounds serve firm demand first, so double ordering on forecasts does
 * not crowd out real commitments.
 */
export const orderTiers = ['firm', 'forecast'] as const;
export type OrderTier = (typeof orderTiers)[number];

/**
 * Every order starts open; it is allocated once committed rounds have awarded all of it. An open order
 * with something awarded is partly met: later rounds claim the rest.
 */
export const orderStatuses = ['open', 'allocated'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** No single order line asks for more than this: a typo of a few zeros is refused, not allocated. */
export const maxOrderQuantity = 10_000_000;

/** A new order: the single source of validation for the API, the CLI, the CSV import and the demo. */
export const newOrderSchema = z.strictObject({
  buyerPartyId: partyIdSchema,
  productId: z.string().trim().min(1).max(100),
  quantity: z
    .number({ error: 'give a whole number of units' })
    .int('give a whole number of units')
    .min(1, 'order at least 1 unit')
    .max(maxOrderQuantity, `order at most ${maxOrderQuantity.toLocaleString('en-US')} units per line`),
  period: periodSchema,
  tier: z.enum(orderTiers, { error: `use ${orderTiers.join(' or ')}` }),
  /** The buyer's own order number; an order without one can never be recognised as sent twice. */
  reference: z
    .string()
    .trim()
    .max(100)
    .regex(/^[^\n\r]*$/, 'one line of text')
    .optional()
    .transform((value) => value || undefined),
});
export type NewOrder = z.infer<typeof newOrderSchema>;

export interface Order extends NewOrder {
  id: string;
  status: OrderStatus;
  /** Units reserved for the order by committed rounds. */
  awarded: number;
  /** The latest committed round the order was a claim in (met or not), if any. */
  lastRoundId: string | null;
  createdAt: string;
}

/** Filters for listing orders; every one optional. */
export const orderFilterSchema = z.strictObject({
  buyerPartyId: z.string().trim().min(1).max(100).optional(),
  productId: z.string().trim().min(1).max(100).optional(),
  period: periodSchema.optional(),
  tier: z.enum(orderTiers).optional(),
  ...pagingShape,
});
export type OrderFilter = z.infer<typeof orderFilterSchema>;
