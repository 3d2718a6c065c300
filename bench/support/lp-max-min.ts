import highsModule from 'highs';
import type { AllocationProblem } from '../../src/domain/allocation/allocation-problem.js';

type HighsLoader = typeof highsModule.default;
const loaded = highsModule as unknown as HighsLoader | { default: HighsLoader };
const highsLoader: HighsLoader = typeof loaded === 'function' ? loaded : loaded.default;

/**
 * The weighted max-min allocation of a one-period, one-tier round by linear programming with HiGHS, the
 * textbook way: maximise the level t that every unfrozen claim reaches (x_i ≥ w_i·t) under every cap; freeze
 * the claims the optimum shows blocked (a level row with a non-zero dual, or the claim's own quantity
 * reached); repeat. Fractional, in units. The benchmark's yardstick, not a production path.
 */
export async function lpMaxMin(
  problem: AllocationProblem,
): Promise<{ amounts: Map<string, number>; solves: number }> {
  const highs = await highsLoader();
  const claims = problem.claims;
  const supply = problem.periods[0]?.supply ?? 0;
  const fixed = new Map<number, number>();
  let solves = 0;
  const groupRows = problem.groups.flatMap((g) => {
    const members = claims.flatMap((c, i) => (c.groups.includes(g.id) ? [`x${i}`] : []));
    return members.length > 0 ? [` ${g.id}: ${members.join(' + ')} <= ${g.cap}`] : [];
  });
  const supplyRow = ` supply: ${claims.map((_, i) => `x${i}`).join(' + ')} <= ${supply}`;
  while (fixed.size < claims.length) {
    const open = claims.flatMap((c, i) => (fixed.has(i) ? [] : [i]));
    const lp = [
      'Maximize',
      ' obj: t',
      'Subject To',
      ...open.map((i) => ` l${i}: x${i} - ${claims[i]?.weight ?? 1} t >= 0`),
      ...groupRows,
      supplyRow,
      'Bounds',
      ...claims.map((c, i) => {
        const value = fixed.get(i);
        return value === undefined ? ` 0 <= x${i} <= ${c.quantity}` : ` x${i} = ${value}`;
      }),
      ' t >= 0',
      'End',
    ].join('\n');
    const result = highs.solve(lp, { output_flag: false });
    solves++;
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
    const level = result.ObjectiveValue;
    const blocked = new Set<number>();
    for (const row of result.Rows) {
      // A continuous model: every row carries its name and dual.
      if (!('Dual' in row)) throw new Error('HiGHS answered without duals');
      if (row.Name.startsWith('l') && Math.abs(row.Dual) > 1e-9) blocked.add(Number(row.Name.slice(1)));
    }
    for (const i of open) {
      const claim = claims[i];
      if (claim && claim.weight * level >= claim.quantity - 1e-9) blocked.add(i);
    }
    if (blocked.size === 0) throw new Error('HiGHS froze no claim at this level');
    for (const i of blocked) {
      const claim = claims[i];
      if (claim) fixed.set(i, Math.min(claim.quantity, claim.weight * level));
    }
  }
  return { amounts: new Map(claims.map((c, i) => [c.id, fixed.get(i) ?? 0])), solves };
}
