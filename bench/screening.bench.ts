/**
 * Screening: the index built over the full May 2022 CSL snapshot (14,160 rows), its peak memory, its
 * throughput on the labelled evaluation queries, and Fuse.js on the same queries and entries in the
 * same run, with both scored on the same labels.
 */
import Fuse from 'fuse.js';
import type { ListEntry } from '../src/domain/screening/list-entry.js';
import { defaultThresholds, ScreeningIndex } from '../src/domain/screening/matching/index.js';
import { cslSnapshotEntries } from '../test/support/screening-csl-snapshot.js';
import { evaluate, evaluationQueries, type LabelledQuery } from '../test/support/screening-evaluation.js';
import { startChild } from './http.bench.js';

export interface ScreeningBenchResult {
  entries: number;
  queries: number;
  build: { seconds: number; peakRssMb: number; indexMb: number };
  tranche: {
    namesPerSecond: number;
    recall: number;
    precision: number;
    hitRate: number;
    falsePositives: number;
  };
  fuse: {
    namesPerSecond: number;
    recall: number;
    precision: number;
    falsePositives: number;
    threshold: number;
  };
  misses: string[];
}

/** Fuse's score is a distance (0 is exact); this is its documented middle setting for "a likely match". */
const fuseThreshold = 0.4;

/** Fuse's recall and precision on the labelled set, read the same way as Tranche's. */
function fuseFigures(results: readonly (readonly ListEntry[])[]) {
  const labelled = (entry: ListEntry, labels: readonly string[]) => {
    const names = new Set([entry.name, ...entry.aliases].map((n) => n.toLowerCase()));
    return labels.some((label) => names.has(label.toLowerCase()));
  };
  let positives = 0;
  let found = 0;
  let flagged = 0;
  let rightlyFlagged = 0;
  let falsePositives = 0;
  evaluationQueries.forEach((query: LabelledQuery, i) => {
    const matched = results[i] ?? [];
    const right = query.match !== undefined && matched.some((entry) => labelled(entry, query.match ?? []));
    if (query.match) positives += 1;
    if (right) found += 1;
    if (matched.length > 0) {
      flagged += 1;
      if (right) rightlyFlagged += 1;
      else if (!query.match) falsePositives += 1;
    }
  });
  return { recall: found / positives, precision: flagged ? rightlyFlagged / flagged : 1, falsePositives };
}

export async function runScreeningBench(rounds = 20): Promise<ScreeningBenchResult> {
  const built = await startChild('./support/screening-build-once.ts', [], {}, ['--expose-gc']);
  built.child.kill();
  const buildInfo = built.info as {
    entries: number;
    seconds: number;
    rssBeforeMb: number;
    rssAfterMb: number;
    peakRssMb: number;
  };

  const entries = await cslSnapshotEntries();
  const index = ScreeningIndex.build(entries);
  const figures = evaluate(index, entries, defaultThresholds);
  const queries = evaluationQueries.map((query, i) => ({
    id: `q${i}`,
    name: query.name,
    country: query.country,
  }));
  // Warm the JIT, then time the evaluation queries repeated.
  for (const query of queries) index.screen(query);
  const started = process.hrtime.bigint();
  let screened = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      index.screen(query);
      screened += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const fuse = new Fuse([...entries], {
    keys: ['name', 'aliases'],
    includeScore: true,
    threshold: fuseThreshold,
    ignoreLocation: true,
  });
  fuse.search(queries[0]?.name ?? '');
  const fuseStarted = process.hrtime.bigint();
  const fuseResults = queries.map((query) =>
    fuse
      .search(query.name, { limit: defaultThresholds.maxMatches })
      .filter((result) => (result.score ?? 1) <= fuseThreshold)
      .map((result) => result.item),
  );
  const fuseSeconds = Number(process.hrtime.bigint() - fuseStarted) / 1e9;

  return {
    entries: index.size,
    queries: queries.length,
    build: {
      seconds: buildInfo.seconds,
      peakRssMb: buildInfo.peakRssMb,
      indexMb: buildInfo.rssAfterMb - buildInfo.rssBeforeMb,
    },
    tranche: {
      namesPerSecond: Math.round(screened / seconds),
      recall: figures.recall,
      precision: figures.precision,
      hitRate: figures.hitRate,
      falsePositives: figures.falsePositives,
    },
    fuse: {
      namesPerSecond: Math.round(queries.length / fuseSeconds),
      ...fuseFigures(fuseResults),
      threshold: fuseThreshold,
    },
    misses: figures.misses.map((miss) => miss.query.name),
  };
}

/** Runs the benchmark and writes its section of bench/RESULTS.md (`npm run bench -- screening`). */
export async function screeningSection(): Promise<string> {
  const r = await runScreeningBench();
  console.log('screening', r);
  const n = (value: number): string => value.toLocaleString('en-US');
  const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
  return [
    '## Screening',
    '',
    `The screening index over the full May 2022 Consolidated Screening List snapshot (${n(r.entries)} entries from its 14,160 rows, read by the list loader's \`readList\`), and the ${r.queries} labelled evaluation queries of \`test/support/screening-evaluation.ts\` (Chinese legal names, pinyin, legal-form swaps, spacing, typos, short forms; unlisted Chinese, generic and Western names), screened on one core, repeated after a warm-up. The build is timed in its own process; its peak memory is that process's peak resident set, the parsed entries included. Fuse.js (keys name and aliases, \`ignoreLocation\`, threshold ${r.fuse.threshold}, at most ${defaultThresholds.maxMatches} results) searches the same entries with the same queries in the same run, and is scored on the same labels. Targets: build ≤ 3 s, ≥ 2,000 names/s, ≤ 500 MB.`,
    '',
    '| build (s) | peak memory (MB) | index (MB) |',
    '|---:|---:|---:|',
    `| ${r.build.seconds.toFixed(2)} | ${n(r.build.peakRssMb)} | ${n(r.build.indexMb)} |`,
    '',
    '| matcher | names per second | recall | precision | negatives flagged |',
    '|---|---:|---:|---:|---:|',
    `| Tranche (review ≥ ${defaultThresholds.review}, hit ≥ ${defaultThresholds.hit}) | ${n(r.tranche.namesPerSecond)} | ${pct(r.tranche.recall)} | ${pct(r.tranche.precision)} | ${r.tranche.falsePositives} |`,
    `| Fuse.js | ${n(r.fuse.namesPerSecond)} | ${pct(r.fuse.recall)} | ${pct(r.fuse.precision)} | ${r.fuse.falsePositives} |`,
    '',
    `Recall: listed parties whose right entry is among the matches (review or hit); precision: flagged queries that should be. ${pct(r.tranche.hitRate)} of listed parties are decided \`hit\` outright. Missed: ${r.misses.length === 0 ? 'none' : r.misses.join(', ')} (brands whose English name is neither their pinyin nor in the brand table).`,
  ].join('\n');
}
