/**
 * Runs the benchmarks and rewrites bench/RESULTS.md with the figures, the machine and the date.
 * `npm run bench` (all) or `npm run bench -- classification|http|reservations|allocation`.
 */
import fs from 'node:fs';
import os from 'node:os';
import prettier from 'prettier';
import { runEngineScale, runEngineVersusLp, runOrderImport } from './allocation.bench.js';
import { runClassificationBench } from './classification.bench.js';
import { runHttpBench } from './http.bench.js';
import {
  runReservationBench,
  runReservationHttpBench,
  type ReservationBenchResult,
  type ReservationHttpResult,
} from './reservations.bench.js';

const only = process.argv[2];
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node.js ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const sections: string[] = [];

if (!only || only === 'classification') {
  const r = runClassificationBench();
  console.log('classification', r);
  sections.push(
    [
      '## Classification throughput',
      '',
      `${r.specs.toLocaleString('en-US')} generated chip specs (1–4 formats each, 30 % sparse figures, 10 % without die area) classified by \`classifyChip\` under the 2026-03-01 rule set, one core, after a warm-up.`,
      '',
      '| specs | seconds | specs per second | classes |',
      '|---:|---:|---:|---|',
      `| ${r.specs.toLocaleString('en-US')} | ${r.seconds.toFixed(3)} | ${r.specsPerSecond.toLocaleString('en-US')} | ${Object.entries(
        r.classes,
      )
        .map(([k, v]) => `${k}: ${v.toLocaleString('en-US')}`)
        .join(', ')} |`,
    ].join('\n'),
  );
}

if (!only || only === 'http') {
  const r = await runHttpBench();
  console.log('http', r);
  sections.push(
    [
      '## HTTP throughput of an authenticated read',
      '',
      `\`GET /api/parties\` with a Bearer API token (token digest lookup, role check, query, response validation) against a bare Fastify route answering the same JSON body, each server in its own process, autocannon with ${r.connections} connections, after a 2 s warm-up of each, in ${r.rounds} alternating rounds of ${r.durationSeconds} s per server (the median round of each is shown), all in the same run. The ratio is the figure to compare across machines.`,
      '',
      '| server | requests/s | p50 latency (ms) | p99 latency (ms) | non-2xx |',
      '|---|---:|---:|---:|---:|',
      `| Tranche, authenticated | ${r.tranche.requestsPerSecond.toLocaleString('en-US')} | ${r.tranche.p50Ms} | ${r.tranche.p99Ms} | ${r.tranche.non2xx} |`,
      `| bare Fastify route | ${r.bare.requestsPerSecond.toLocaleString('en-US')} | ${r.bare.p50Ms} | ${r.bare.p99Ms} | ${r.bare.non2xx} |`,
      '',
      `**Ratio (Tranche ÷ bare): ${r.ratio.toFixed(3)}**`,
    ].join('\n'),
  );
}

if (!only || only === 'reservations') {
  const engines = ['sqlite', 'postgres'] as const;
  const inProcess: ReservationBenchResult[] = [];
  const overHttp: ReservationHttpResult[] = [];
  for (const engine of engines) {
    inProcess.push(await runReservationBench(engine));
    overHttp.push(await runReservationHttpBench(engine));
  }
  console.log('reservations', JSON.stringify(inProcess), JSON.stringify(overHttp));
  const n = (value: number): string => value.toLocaleString('en-US');
  sections.push(
    [
      '## Reservations',
      '',
      'One authorisation, 1-unit reservations; PostgreSQL is the local server (`BENCH_DATABASE_URL`, default 127.0.0.1:5432), a fresh database per run; SQLite is a file in WAL mode.',
      '',
      '**In process.** `AuthorisationsService.record` (validity and currency checks, the conditional update of the balance row, the ledger entry and the hash-chained audit event, committed together) against the baseline: a bare loop of the same conditional `UPDATE`, each in its own transaction, on a copy of the balance row, same engine, same run (alternating halves, after a warm-up). Measured with one caller at a time and with 64 callers at once, each caller waiting for its answer before asking again. Concurrent reservations share transactions (group commit); a lone caller gets a transaction of its own.',
      '',
      '| engine | callers | Tranche (reservations/s) | reservations per transaction | bare conditional update (/s) | ratio |',
      '|---|---:|---:|---:|---:|---:|',
      ...inProcess.flatMap((r) =>
        r.rates.map(
          (rate) =>
            `| ${r.engine} | ${rate.callers} | ${n(rate.servicePerSecond)} | ${rate.meanBatch.toFixed(1)} | ${n(rate.baselinePerSecond)} | ${rate.ratio.toFixed(3)} |`,
        ),
      ),
      '',
      `**Over HTTP.** \`POST /api/authorisations/:id/reservations\` with a Bearer token to one Tranche server process, against a bare Fastify route running the baseline's \`UPDATE\` in its own transaction on the same engine (no authentication, validation, entry or audit), autocannon with ${overHttp[0]?.connections ?? 64} connections, ${overHttp[0]?.rounds ?? 3} alternating rounds of ${overHttp[0]?.durationSeconds ?? 5} s each after a warm-up (the median round of each is shown).`,
      '',
      '| engine | server | requests/s | p50 (ms) | p99 (ms) | non-2xx |',
      '|---|---|---:|---:|---:|---:|',
      ...overHttp.flatMap((h) => [
        `| ${h.engine} | Tranche | ${n(h.tranche.requestsPerSecond)} | ${h.tranche.p50Ms} | ${h.tranche.p99Ms} | ${h.tranche.non2xx} |`,
        `| ${h.engine} | bare route | ${n(h.bare.requestsPerSecond)} | ${h.bare.p50Ms} | ${h.bare.p99Ms} | ${h.bare.non2xx} |`,
      ]),
      '',
      `HTTP ratio (Tranche ÷ bare): ${overHttp.map((h) => `${h.engine} ${h.ratio.toFixed(3)}`).join(', ')}.`,
      '',
      "**Reading the ratios.** The target, the in-process path at ≥ 50 % of the baseline, is met where reservations arrive together, as they do at a server: with 64 callers on both engines. A lone caller, waiting for each answer before asking again, gets a transaction of its own and does not reach it: beside the balance row a reservation writes and commits its ledger entry and its hash-chained audit event, the entry and the event with their indexes and the chain head, where the baseline touches one row. On SQLite those writes and their commit alone take several times the bare update; on PostgreSQL a lone reservation makes eight round trips (begin, lock, update, entry, audit head, event, head hash, commit) against the baseline's three.",
    ].join('\n'),
  );
}

if (!only || only === 'allocation') {
  const scale = [await runEngineScale(1_000_000, 10_000, 1), await runEngineScale(1_000_000, 10_000, 12)];
  const versus = await runEngineVersusLp();
  const ordersImport = await runOrderImport();
  console.log('allocation', scale, versus, ordersImport);
  const n = (value: number): string => value.toLocaleString('en-US');
  sections.push(
    [
      '## Allocation engine',
      '',
      "Generated rounds (claims of 1–200 units, 30 % in tier 1, each in one group and one in five in a second, supply about 40 % of demand), max-min, lot 1. Each size is allocated once in its own process after the round is generated and garbage collected. The engine time ends when the allocation is complete; the award and outcome objects it defers until read are timed separately (statements, written when read, are not). Peak memory is the process's peak resident set, the generated round included. Targets: 1 period ≤ 1 s, 12 periods ≤ 8 s, ≤ 2 GB.",
      '',
      '| claims | groups | periods | engine seconds | reading awards and outcomes (s) | peak memory (MB) |',
      '|---:|---:|---:|---:|---:|---:|',
      ...scale.map(
        (r) =>
          `| ${n(r.claims)} | ${n(r.groups)} | ${r.periods} | ${r.seconds.toFixed(2)} | ${r.readSeconds.toFixed(2)} | ${n(r.peakRssMb)} |`,
      ),
      '',
      `**Against linear programming.** One ${n(versus.claims)}-claim round in ${versus.groups} groups, one period and tier, where groups and supply bind: the engine (fastest of five runs after a warm-up) against HiGHS solving one LP per max-min level (${versus.highsSolves} solves), same run. Target: ≥ 100× faster, same awards within a lot.`,
      '',
      '| engine (s) | HiGHS (s) | engine speed-up | largest award difference (units) |',
      '|---:|---:|---:|---:|',
      `| ${versus.engineSeconds.toFixed(4)} | ${versus.highsSeconds.toFixed(2)} | ${Math.round(versus.speedup)}× | ${versus.largestDifference.toFixed(3)} |`,
      '',
      `**Order import.** A ${n(ordersImport.rows)}-row orders CSV (${n(Math.round(ordersImport.bytes / 2 ** 20))} MiB) imported into a fresh SQLite file through the orders service: streamed, validated row by row, inserted in batches, one transaction, one audit event. Peak memory is the whole process's.`,
      '',
      '| rows | seconds | rows per second | peak memory (MB) |',
      '|---:|---:|---:|---:|',
      `| ${n(ordersImport.rows)} | ${ordersImport.seconds.toFixed(1)} | ${n(Math.round(ordersImport.rows / ordersImport.seconds))} | ${n(ordersImport.peakRssMb)} |`,
    ].join('\n'),
  );
}

if (!only || only === 'screening')
  sections.push(await (await import('./screening.bench.js')).screeningSection());

const results = new URL('./RESULTS.md', import.meta.url);
/**
 * Each section says when and where it was measured, so a partial run (`npm run bench -- allocation`)
 * replaces its own sections and keeps the others' figures with their dates.
 */
const stamped = sections.map((section) => {
  const [heading, ...rest] = section.split('\n');
  return [heading, '', `_Measured ${date} on ${machine}._`, ...rest].join('\n');
});
const headingOf = (section: string): string => section.split('\n')[0] ?? '';
const kept =
  only && fs.existsSync(results)
    ? fs
        .readFileSync(results, 'utf8')
        .split(/\n(?=## )/)
        .slice(1)
    : [];
const merged = [
  ...kept.map((old) => stamped.find((s) => headingOf(s) === headingOf(old)) ?? old.trimEnd()),
  ...stamped.filter((s) => !kept.some((old) => headingOf(old) === headingOf(s))),
];
const text = ['# Benchmark results', '', ...merged.flatMap((s) => [s, ''])].join('\n');
// Formatted as the repository's formatter would, so the lint step accepts the file as written.
fs.writeFileSync(results, await prettier.format(text, { parser: 'markdown', proseWrap: 'preserve' }));
