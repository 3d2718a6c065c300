import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationResult } from '../../src/domain/allocation/allocate.js';
import type { AllocationProblem } from '../../src/domain/allocation/allocation-problem.js';
import { arbitraryProblem, referenceMaxMin } from '../support/allocation.js';

/** Units each claim holds and each group has used after each period, from the awards alone. */
function replay(problem: AllocationProblem, result: AllocationResult) {
  const held = new Map(problem.claims.map((c) => [c.id, 0]));
  const used = new Map(problem.groups.map((g) => [g.id, 0]));
  const claimsById = new Map(problem.claims.map((c) => [c.id, c]));
  const afterPeriod = problem.periods.map((period) => {
    for (const award of result.awards.filter((a) => a.period === period.id)) {
      held.set(award.claim, (held.get(award.claim) ?? 0) + award.quantity);
      for (const g of claimsById.get(award.claim)?.groups ?? [])
        used.set(g, (used.get(g) ?? 0) + award.quantity);
    }
    return { held: new Map(held), used: new Map(used) };
  });
  return afterPeriod;
}

/** Whether a claim could take one more lot at the end of period p: eligible, short by a lot, room in every group. */
function couldTakeALot(
  problem: AllocationProblem,
  state: { held: Map<string, number>; used: Map<string, number> },
  claim: AllocationProblem['claims'][number],
  p: number,
): boolean {
  const from = claim.from === undefined ? 0 : problem.periods.findIndex((x) => x.id === claim.from);
  if (from > p) return false;
  if (claim.quantity - (state.held.get(claim.id) ?? 0) < problem.lot) return false;
  return claim.groups.every((g) => {
    const cap = problem.groups.find((x) => x.id === g)?.cap ?? 0;
    return cap - (state.used.get(g) ?? 0) >= problem.lot;
  });
}

describe('allocation properties', () => {
  it('never awards beyond a claim, a group or the supply, always in whole lots', () => {
    fc.assert(
      fc.property(arbitraryProblem(), (problem) => {
        const result = allocate(problem);
        const states = replay(problem, result);
        const last = states.at(-1);
        for (const award of result.awards) {
          expect(award.quantity).toBeGreaterThan(0);
          expect(award.quantity % problem.lot).toBe(0);
        }
        for (const claim of problem.claims)
          expect(last?.held.get(claim.id) ?? 0).toBeLessThanOrEqual(claim.quantity);
        for (const group of problem.groups)
          expect(last?.used.get(group.id) ?? 0).toBeLessThanOrEqual(group.cap);
        let carried = 0;
        problem.periods.forEach((period, p) => {
          const outcome = result.periods[p];
          expect(outcome?.available).toBe(period.supply + carried);
          const given = result.awards
            .filter((a) => a.period === period.id)
            .reduce((s, a) => s + a.quantity, 0);
          expect(outcome?.allocated).toBe(given);
          expect(given).toBeLessThanOrEqual(outcome?.available ?? 0);
          carried = problem.carryOver ? (outcome?.available ?? 0) - given : 0;
        });
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no supply while a claim could still take a lot, and serves a tier only after the one before', () => {
    fc.assert(
      fc.property(arbitraryProblem(), (problem) => {
        const result = allocate(problem);
        const states = replay(problem, result);
        problem.periods.forEach((period, p) => {
          const outcome = result.periods[p];
          const state = states[p];
          if (!outcome || !state) throw new Error('a period is missing');
          const leftOver = outcome.available - outcome.allocated;
          const hungry = problem.claims.filter((c) => couldTakeALot(problem, state, c, p));
          if (hungry.length > 0) expect(leftOver).toBeLessThan(problem.lot);
          // A tier that received anything in this period left no claim of an earlier tier able to take a lot.
          const servedTiers = new Set(
            result.awards
              .filter((a) => a.period === period.id)
              .map((a) => problem.claims.find((c) => c.id === a.claim)?.tier ?? 0),
          );
          for (const tier of servedTiers) {
            expect(hungry.filter((c) => c.tier < tier).map((c) => c.id)).toEqual([]);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result whatever the order of the claims and groups', () => {
    fc.assert(
      fc.property(
        arbitraryProblem(),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (problem, randoms) => {
          const shuffle = <T>(items: readonly T[]): T[] =>
            items
              .map((item) => ({ item, key: Number(randoms.next().value) }))
              .sort((a, b) => a.key - b.key)
              .map((x) => x.item);
          const original = allocate(problem);
          const shuffled = allocate({
            ...problem,
            claims: shuffle(problem.claims).map((c) => ({ ...c, groups: shuffle(c.groups) })),
            groups: shuffle(problem.groups),
          });
          expect(shuffled.awards).toEqual(original.awards);
          const byId = (r: AllocationResult) =>
            [...r.claims]
              .sort((a, b) => (a.id < b.id ? -1 : 1))
              .map(({ id, requested, awarded, binding, level, boundIn, statement }) => ({
                id,
                requested,
                awarded,
                binding,
                level,
                boundIn,
                statement,
              }));
          expect(byId(shuffled)).toEqual(byId(original));
          expect(shuffled.periods).toEqual(original.periods);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the lexicographic weighted max-min allocation that linear programming finds, within one lot', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProblem({ periods: 1, tiers: 1, floors: false }).filter((p) => p.claims.length > 0),
        async (problem) => {
          const result = allocate(problem);
          const lot = problem.lot;
          const weightOf = (c: AllocationProblem['claims'][number]) =>
            problem.rule === 'pro-rata' ? (c.weight * c.quantity) / lot : c.weight;
          const open = problem.claims.filter((c) => Math.floor(c.quantity / lot) > 0);
          // In lots, as the engine counts: caps, group room and supply rounded down to whole lots.
          const reference = await referenceMaxMin({
            supply: Math.floor((problem.periods[0]?.supply ?? 0) / lot),
            claims: open.map((c) => ({
              id: c.id,
              cap: Math.floor(c.quantity / lot),
              weight: weightOf(c),
              groups: c.groups,
            })),
            groups: problem.groups.map((g) => ({ id: g.id, cap: Math.floor(g.cap / lot) })),
          });
          for (const claim of result.claims) {
            const expected = reference.get(claim.id) ?? 0;
            expect(Math.abs(claim.awarded / lot - expected)).toBeLessThanOrEqual(1 + 1e-6);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
