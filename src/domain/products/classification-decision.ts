import { z } from 'zod';

/** The ECCN outcomes Tranche computes and a compliance officer may record. */
export const eccnOutcomes = ['3A090.a', '3A090.b', '3A090.c', '4A090.a', '4A090.b', 'not-3A090'] as const;
export type EccnOutcome = (typeof eccnOutcomes)[number];

export const classificationDecisionInputSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('confirm'),
    reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000),
  }),
  z.strictObject({
    decision: z.literal('override'),
    eccn: z.enum(eccnOutcomes),
    reason: z.string().trim().min(10, 'an override needs a reason of at least 10 characters').max(2000),
  }),
]);
export type ClassificationDecisionInput = z.infer<typeof classificationDecisionInputSchema>;

export interface ClassificationDecision {
  id: string;
  productId: string;
  decision: 'confirm' | 'override';
  eccn: EccnOutcome;
  computedEccn: EccnOutcome;
  ruleSetVersion: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

/**
 * What stands for a product now: an override stands until replaced; a confirmation stands only while the
 * computation it confirmed is unchanged (same class under the same rule-set version), otherwise the computed
 * class is shown again, marked as awaiting review.
 */
export function standingClassification(
  computedEccn: EccnOutcome,
  ruleSetVersion: string,
  latest: ClassificationDecision | undefined,
): { eccn: EccnOutcome; status: 'computed' | 'confirmed' | 'overridden' | 'confirmation-stale' } {
  if (!latest) return { eccn: computedEccn, status: 'computed' };
  if (latest.decision === 'override') return { eccn: latest.eccn, status: 'overridden' };
  if (latest.computedEccn === computedEccn && latest.ruleSetVersion === ruleSetVersion) {
    return { eccn: computedEccn, status: 'confirmed' };
  }
  return { eccn: computedEccn, status: 'confirmation-stale' };
}
