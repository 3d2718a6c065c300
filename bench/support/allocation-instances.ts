import type { AllocationProblem } from '../../src/domain/allocation/allocation-problem.js';

/** A small deterministic generator (LCG): the same instance on every machine and run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A round shaped like the 2026 case at scale: claims of 1–200 units, 30 % firm (tier 1), each capped by
 * one group (its buyer's approval or licence balance) and one in five by a second (a shared cap), supply
 * about 40 % of demand spread over the periods, claims eligible from a random period.
 */
export function generatedRound(options: {
  claims: number;
  groups: number;
  periods: number;
  seed?: number;
}): AllocationProblem {
  const next = random(options.seed ?? 2026);
  const periods = Array.from({ length: options.periods }, (_, p) => ({
    id: `2026-${String(p + 1).padStart(2, '0')}`,
    supply: Math.floor((options.claims * 40) / options.periods),
  }));
  const groups = Array.from({ length: options.groups }, (_, g) => ({
    id: `g${g}`,
    cap: Math.floor(next() * (options.claims / options.groups) * 200),
  }));
  const claims = Array.from({ length: options.claims }, (_, i) => {
    const first = Math.floor(next() * options.groups);
    const second = next() < 0.2 ? Math.floor(next() * options.groups) : first;
    return {
      id: `c${i}`,
      quantity: 1 + Math.floor(next() * 200),
      from: periods[Math.floor(next() * options.periods)]?.id,
      tier: next() < 0.3 ? 1 : 2,
      weight: 1,
      floor: 0,
      groups: second === first ? [`g${first}`] : [`g${first}`, `g${second}`],
    };
  });
  return { periods, groups, claims, lot: 1, rule: 'max-min', carryOver: true };
}

/**
 * One period and one tier where claims ask for far more than a fair share, so groups and the supply bind
 * rather than claims' own quantities: the levels are few, and a linear program per level stays feasible.
 */
export function lpComparableRound(options: {
  claims: number;
  groups: number;
  seed?: number;
}): AllocationProblem {
  const next = random(options.seed ?? 7);
  const groups = Array.from({ length: options.groups }, (_, g) => ({
    id: `g${g}`,
    cap: 200 + Math.floor(next() * 2000),
  }));
  const claims = Array.from({ length: options.claims }, (_, i) => ({
    id: `c${String(i).padStart(5, '0')}`,
    quantity: 5000 + Math.floor(next() * 5000),
    tier: 1,
    weight: [1, 1, 2, 0.5][Math.floor(next() * 4)] ?? 1,
    floor: 0,
    groups: [`g${Math.floor(next() * options.groups)}`],
  }));
  const supply = Math.floor(groups.reduce((sum, g) => sum + g.cap, 0) * 0.8);
  return { periods: [{ id: 'p1', supply }], groups, claims, lot: 1, rule: 'max-min', carryOver: true };
}
