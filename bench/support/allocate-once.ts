/**
 * Child process for the allocation benchmark: generates one round, collects garbage, allocates it once and
 * prints the engine's time, the time to read every award and claim outcome from its result, and the
 * process's peak resident memory (generation included) as a JSON line.
 */
import { allocate } from '../../src/domain/allocation/allocate.js';
import { generatedRound } from './allocation-instances.js';

const [claims, groups, periods] = process.argv.slice(2).map(Number);
const problem = generatedRound({ claims: claims ?? 0, groups: groups ?? 0, periods: periods ?? 1 });
(globalThis as { gc?: () => void }).gc?.();
const started = process.hrtime.bigint();
const result = allocate(problem);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// Reading every award and every claim's outcome (not its statement) makes the objects the engine defers.
const read = process.hrtime.bigint();
const awards = result.awards.length;
const awarded = result.claims.reduce((sum, c) => sum + c.awarded, 0);
const readSeconds = Number(process.hrtime.bigint() - read) / 1e9;
process.stdout.write(
  `${JSON.stringify({ seconds, readSeconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), awards, awarded })}\n`,
);
