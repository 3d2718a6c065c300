/**
 * The allocation engine at scale and against linear programming:
 * - 1,000,000 claims in 10,000 groups over 1 and over 12 periods, each allocated once in its own process
 *   (engine time, and the process's peak resident memory with the generated round in it);
 * - a 5,000-claim, one-period round allocated by the engine and by HiGHS level by level, in the same run:
 *   the time of each and the largest difference in any claim's award;
 * - the orders a round draws on: a 1,000,000-row CSV imported into SQLite (time and peak memory).
 */
import { allocate } from '../src/domain/allocation/allocate.js';
import { generatedRound, lpComparableRound } from './support/allocation-instances.js';
import { startChild } from './http.bench.js';
import { lpMaxMin } from './support/lp-max-min.js';

export interface EngineScaleResult {
  claims: number;
  groups: number;
  periods: number;
  seconds: number;
  /** Reading every award and claim outcome from the result afterwards (objects the engine defers). */
  readSeconds: number;
  peakRssMb: number;
}

export interface EngineVersusLpResult {
  claims: number;
  groups: number;
  engineSeconds: number;
  highsSeconds: number;
  highsSolves: number;
  speedup: number;
  /** The largest |engine award − LP award| over all claims, in units (lot 1). */
  largestDifference: number;
}

export async function runEngineScale(
  claims: number,
  groups: number,
  periods: number,
): Promise<EngineScaleResult> {
  const child = await startChild(
    './support/allocate-once.ts',
    [String(claims), String(groups), String(periods)],
    {},
    ['--expose-gc', '--max-old-space-size=4096'],
  );
  const info = child.info as { seconds: number; readSeconds: number; peakRssMb: number };
  return {
    claims,
    groups,
    periods,
    seconds: info.seconds,
    readSeconds: info.readSeconds,
    peakRssMb: info.peakRssMb,
  };
}

export interface OrderImportResult {
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

/** A million-row orders CSV imported into SQLite through the orders service, in its own process. */
export async function runOrderImport(rows = 1_000_000): Promise<OrderImportResult> {
  const child = await startChild('./support/import-orders-once.ts', [String(rows)], {}, ['--expose-gc']);
  return child.info as unknown as OrderImportResult;
}

export async function runEngineVersusLp(claims = 5000, groups = 50): Promise<EngineVersusLpResult> {
  const problem = lpComparableRound({ claims, groups });
  // Warm the engine's code paths, then take the fastest of five runs.
  allocate(generatedRound({ claims: 20_000, groups: 200, periods: 1 }));
  let engineSeconds = Infinity;
  let result = allocate(problem);
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    result = allocate(problem);
    engineSeconds = Math.min(engineSeconds, Number(process.hrtime.bigint() - started) / 1e9);
  }
  const started = process.hrtime.bigint();
  const lp = await lpMaxMin(problem);
  const highsSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  let largestDifference = 0;
  for (const claim of result.claims) {
    largestDifference = Math.max(
      largestDifference,
      Math.abs(claim.awarded - (lp.amounts.get(claim.id) ?? 0)),
    );
  }
  return {
    claims,
    groups,
    engineSeconds,
    highsSeconds,
    highsSolves: lp.solves,
    speedup: highsSeconds / engineSeconds,
    largestDifference,
  };
}
