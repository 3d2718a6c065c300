import { z } from 'zod';
import { periodSchema } from '../period.js';

/**
 * Where supply comes from: `inventory` is on hand at the start of the period, `production` comes off the
 * line during it. Rounds may treat them differently (inventory ships at once), so they are kept apart.
 */
export const supplyKinds = ['inventory', 'production'] as const;
export type SupplyKind = (typeof supplyKinds)[number];

/** One plan line: the units of a product expected in a month, of one kind. Units 0 clears a line. */
export const supplyPlanInputSchema = z.strictObject({
  productId: z.string().trim().min(1).max(100),
  period: periodSchema,
  kind: z.enum(supplyKinds, { error: `use ${supplyKinds.join(' or ')}` }),
  units: z
    .number({ error: 'give a whole number of units' })
    .int('give a whole number of units')
    .min(0, 'units cannot be negative')
    .max(1_000_000_000),
  note: z.string().trim().max(500).default(''),
});
export type SupplyPlanInput = z.infer<typeof supplyPlanInputSchema>;

export interface SupplyPlan extends SupplyPlanInput {
  kind: SupplyKind;
  updatedAt: string;
}

export const supplyFilterSchema = z.strictObject({
  productId: z.string().trim().min(1).max(100).optional(),
});
