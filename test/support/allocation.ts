import fc from 'fast-check';
import highsModule from 'highs';
import type { AllocationProblem } from '../../src/domain/allocation/allocation-problem.js';
import { allocationProblemSchema } from '../../src/domain/allocation/allocation-problem.js';

/** Random small problems: a few periods, tiers, weights, floors, lots and overlapping groups. */
export function arbitraryProblem(
  options: { periods?: number; tiers?: number; floors?: boolean; lots?: boolean } = {},
): fc.Arbitrary<AllocationProblem> {
  const maxPeriods = options.periods ?? 3;
  return fc
    .record({
      periodSupplies: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: maxPeriods }),
      groupCaps: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }),
      claims: fc.array(
        fc.record({
          quantity: fc.integer({ min: 0, max: 80 }),
          from: fc.nat(),
          tier: fc.integer({ min: 1, max: options.tiers ?? 2 }),
          weight: fc.constantFrom(1, 2, 0.5, 3),
          floor: options.floors === false ? fc.constant(0) : fc.integer({ min: 0, max: 30 }),
          groups: fc.subarray([0, 1, 2, 3]),
        }),
        { maxLength: 9 },
      ),
      lot: options.lots === false ? fc.constant(1) : fc.constantFrom(1, 1, 2, 5),
      rule: fc.constantFrom('max-min' as const, 'pro-rata' as const),
      carryOver: fc.boolean(),
    })
    .map((r) => {
      const periods = r.periodSupplies.map((supply, p) => ({ id: `p${p}`, supply }));
      const groups = r.groupCaps.map((cap, g) => ({ id: `g${g}`, cap }));
      return allocationProblemSchema.parse({
        periods,
        groups,
        lot: r.lot,
        rule: r.rule,
        carryOver: r.carryOver,
        claims: r.claims.map((c, i) => ({
          id: `c${String(i).padStart(2, '0')}`,
          quantity: c.quantity,
          from: periods[c.from % periods.length]?.id,
          tier: c.tier,
          weight: c.weight,
          floor: Math.min(c.floor, c.quantity),
          groups: c.groups.filter((g) => g < groups.length).map((g) => `g${g}`),
        })),
      });
    });
}

// A CommonJS package whose types declare an ES default export: TypeScript sees the loader as `.default`,
// while a bundler may hand over module.exports (the loader itself, which also carries `.default`).
type HighsLoader = typeof highsModule.default;
const loaded = highsModule as unknown as HighsLoader | { default: HighsLoader };
const highsLoader: HighsLoader = typeof loaded === 'function' ? loaded : loaded.default;
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Promise<Highs> | undefined;

/**
 * The lexicographic weighted max-min allocation of one period and one tier, computed the textbook way with
 * linear programming: maximise the common level t of the unfrozen claims (x_i ≥ w_i·t) under every cap;
 * then, one LP per unfrozen claim, freeze those that cannot rise above w_i·t; repeat. Fractional, in units.
 */
export async function referenceMaxMin(problem: {
  supply: number;
  claims: { id: string; cap: number; weight: number; groups: string[] }[];
  groups: { id: string; cap: number }[];
}): Promise<Map<string, number>> {
  const solver = await (highs ??= highsLoader());
  const n = problem.claims.length;
  const fixed = new Map<number, number>();
  const constraints = (): string[] => {
    const rows = [
      `supply: ${problem.claims.map((_, i) => `x${i}`).join(' + ') || '0 x0'} <= ${problem.supply}`,
    ];
    for (const g of problem.groups) {
      const members = problem.claims.flatMap((c, i) => (c.groups.includes(g.id) ? [`x${i}`] : []));
      if (members.length > 0) rows.push(`${g.id}: ${members.join(' + ')} <= ${g.cap}`);
    }
    return rows;
  };
  const bounds = (): string[] =>
    problem.claims.map((c, i) => {
      const value = fixed.get(i);
      return value === undefined ? `0 <= x${i} <= ${c.cap}` : `x${i} = ${value}`;
    });
  const solve = (objective: string, extra: string[]): number => {
    const lp = [
      'Maximize',
      ` obj: ${objective}`,
      'Subject To',
      ...constraints().map((row) => ` ${row}`),
      ...extra.map((row, k) => ` e${k}: ${row}`),
      'Bounds',
      ...bounds().map((row) => ` ${row}`),
      ' t >= 0',
      'End',
    ].join('\n');
    const result = solver.solve(lp, { output_flag: false });
    if (result.Status !== 'Optimal') throw new Error(`reference LP: ${result.Status}\n${lp}`);
    return result.ObjectiveValue;
  };
  while (fixed.size < n) {
    const open = problem.claims.flatMap((c, i) => (fixed.has(i) ? [] : [{ c, i }]));
    const level = solve(
      't',
      open.map(({ c, i }) => `x${i} - ${c.weight} t >= 0`),
    );
    let frozen = 0;
    for (const { c, i } of open) {
      const most = solve(`x${i}`, [...open.map(({ c: o, i: j }) => `x${j} >= ${o.weight * level}`), 't = 0']);
      if (most <= c.weight * level + 1e-7) {
        fixed.set(i, c.weight * level);
        frozen++;
      }
    }
    if (frozen === 0) throw new Error('reference LP froze no claim');
  }
  return new Map(problem.claims.map((c, i) => [c.id, fixed.get(i) ?? 0]));
}
