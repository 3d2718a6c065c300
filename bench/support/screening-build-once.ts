/**
 * Child process for the screening benchmark: reads the CSL snapshot with the list loader, collects garbage, builds the
 * screening index once, and prints the build time and the process's peak resident memory (the entries
 * included) as a JSON line, so the figure is not inflated by the parent's other measurements.
 */
import { ScreeningIndex } from '../../src/domain/screening/matching/index.js';
import { cslSnapshotEntries } from '../../test/support/screening-csl-snapshot.js';

const entries = await cslSnapshotEntries();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBeforeMb = Math.round(process.memoryUsage().rss / 2 ** 20);
const started = process.hrtime.bigint();
const index = ScreeningIndex.build(entries);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
gc?.();
process.stdout.write(
  `${JSON.stringify({
    entries: index.size,
    seconds,
    rssBeforeMb,
    rssAfterMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
