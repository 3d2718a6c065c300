import { z } from 'zod';
import { pagingShape } from '../validation.js';
import { reviewDecisions } from './screening.js';

/** A reviewer's decision on one of a party's current matches; the reason is required. */
export const decisionInputSchema = z.strictObject({
  entryId: z.string().trim().min(1).max(200),
  decision: z.enum(reviewDecisions, { error: `use ${reviewDecisions.join(' or ')}` }),
  reason: z.string().trim().min(1, 'give the reason for the decision').max(2000),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** Paging of the review queue. */
export const queueFilterSchema = z.strictObject({ ...pagingShape });
export type QueueFilter = z.infer<typeof queueFilterSchema>;
