import { z } from 'zod';
import type { Principal } from '../accounts/principal.js';
import { allocationRules } from '../allocation/allocation-problem.js';
import { DomainError } from '../errors.js';
import { periodSchema } from '../period.js';

/**
 * An allocation round: one product's supply over a run of months, shared among the open orders for it by a
 * published rule. Its lifecycle: draft → simulated → approved (by a second person) → committed (the awards
 * become reservations in every covering ledger) → closed.
 */
export const roundStatuses = ['draft', 'simulated', 'approved', 'committed', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

const weight = z.number().positive('must be more than 0').max(1e6);
const tier = z.number().int('must be a whole number').min(1).max(100);

/** What a round publishes before it runs: every recipient can recompute its award from this and its claim. */
export const roundCriteriaSchema = z.strictObject({
  /** The criteria in words, as published to the claimants. */
  description: z.string().trim().min(1, 'publish the criteria in words').max(5000),
  /** The tier each kind of order is served in: firm commitments before forecasts, by default. */
  tiers: z.strictObject({ firm: tier, forecast: tier }).default({ firm: 1, forecast: 2 }),
  /** Weights by buyer (e.g. from historical volumes); a buyer not named weighs 1. */
  weights: z.record(z.string().min(1).max(100), weight).default({}),
});

export const newRoundSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    productId: z.string().trim().min(1).max(100),
    /** The months whose supply the round shares, inclusive. */
    fromPeriod: periodSchema,
    untilPeriod: periodSchema,
    rule: z.enum(allocationRules).default('max-min'),
    lot: z.number().int('must be a whole number of units').min(1).max(1_000_000).default(1),
    /** Whether a month's unallocated supply is offered in the next month of the round. */
    carryOver: z.boolean().default(true),
    criteria: roundCriteriaSchema,
    /**
     * Whether orders left partly or wholly unmet by an earlier committed round take part whatever the claim
     * window: a buyer kept waiting does not have to order again.
     */
    carryUnmet: z.boolean().default(true),
    /** Only orders placed in this window (UTC instants) take part; open on either side when absent. */
    claimWindow: z
      .strictObject({ from: z.iso.datetime().optional(), until: z.iso.datetime().optional() })
      .default({}),
  })
  .refine((r) => r.untilPeriod >= r.fromPeriod, { path: ['untilPeriod'], error: 'ends before it starts' })
  .refine((r) => monthsBetween(r.fromPeriod, r.untilPeriod).length <= 36, {
    path: ['untilPeriod'],
    error: 'a round spans at most 36 months',
  });
export type NewRound = z.infer<typeof newRoundSchema>;

/**
 * What a planner may change in a round's terms before it is committed: its rule, lot, carry-over and
 * published criteria. Product and months stay: another product or span is another round.
 */
export const roundChangesSchema = z.strictObject({
  rule: z.enum(allocationRules).optional(),
  lot: z.number().int('must be a whole number of units').min(1).max(1_000_000).optional(),
  carryOver: z.boolean().optional(),
  carryUnmet: z.boolean().optional(),
  criteria: roundCriteriaSchema.optional(),
});
export type RoundChanges = z.infer<typeof roundChangesSchema>;

/**
 * A what-if: changes to the terms and, optionally, to the capacity offered per month (units in place of
 * what the supply plans leave), simulated without being kept.
 */
export const whatIfSchema = roundChangesSchema.extend({
  supply: z
    .array(
      z.strictObject({
        period: periodSchema,
        units: z.number().int('must be a whole number of units').min(0).max(1_000_000_000),
      }),
    )
    .max(36)
    .optional(),
});
export type WhatIf = z.infer<typeof whatIfSchema>;

/** The terms with changes applied; undefined changes keep what the terms say. */
export function withChanges(terms: NewRound, changes: RoundChanges): NewRound {
  return {
    ...terms,
    rule: changes.rule ?? terms.rule,
    lot: changes.lot ?? terms.lot,
    carryOver: changes.carryOver ?? terms.carryOver,
    carryUnmet: changes.carryUnmet ?? terms.carryUnmet,
    criteria: changes.criteria ?? terms.criteria,
  };
}

/** The months from `from` to `until`, inclusive, as YYYY-MM. */
export function monthsBetween(from: string, until: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const period = `${String(year)}-${String(month).padStart(2, '0')}`;
    if (period > until || months.length > 1200) return months;
    months.push(period);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

const next: Record<string, RoundStatus[]> = {
  simulate: ['draft', 'simulated', 'approved'],
  approve: ['simulated'],
  commit: ['approved'],
  close: ['draft', 'simulated', 'approved', 'committed'],
};

/** Refuses a step the round's status does not allow, saying what would. */
export function assertStep(step: keyof typeof next, status: RoundStatus): void {
  const allowed = next[step] ?? [];
  if (!allowed.includes(status)) {
    throw new DomainError(
      'ROUND_STATE_INVALID',
      `A ${status} round cannot be ${step === 'commit' ? 'committed' : `${step}d`}; that needs a round that is ${allowed.join(' or ')}.`,
    );
  }
}

/** Four eyes: the person who simulated a round may not approve it. */
export function assertMayApprove(approver: Principal, simulatedBy: string | null): void {
  if (simulatedBy === approver.userId) {
    throw new DomainError(
      'FORBIDDEN',
      'You simulated this round, so someone else must approve it: a round needs two people.',
    );
  }
}
