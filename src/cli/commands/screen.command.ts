import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config/config.js';
import { DomainError } from '../../domain/errors.js';
import { readLists } from '../../domain/screening/lists/read-list.js';
import {
  defaultThresholds,
  ScreeningIndex,
  thresholdsWith,
  type ScreeningThresholds,
} from '../../domain/screening/matching/index.js';
import { fieldPath } from '../../domain/validation.js';
import { readJsonFile } from '../io.js';

/** The queries file: `[ { "id", "name", "country"? } ]`, the contract scripts rely on. */
const queriesSchema = z.array(
  z.strictObject({
    id: z.string().trim().min(1, 'give each query an id').max(200),
    name: z.string().trim().min(1, 'give a name to screen').max(1000),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as CN')
      .optional(),
  }),
  { error: 'a JSON array of { "id", "name", "country"? }' },
);

function parseQueries(file: string, raw: unknown) {
  const result = queriesSchema.safeParse(raw);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const path =
      typeof index === 'number'
        ? `${file}, query ${index + 1}${rest.length ? `, ${fieldPath(rest.map((p) => (typeof p === 'symbol' ? String(p) : p)))}` : ''}`
        : file;
    return { path, message: issue.message };
  });
  const first = details[0];
  throw new DomainError(
    'VALIDATION_FAILED',
    first ? `${first.path}: ${first.message}` : `${file}: invalid queries`,
    details,
  );
}

/** Thresholds from the options, else the environment, else the matcher's defaults. */
function thresholdsFrom(options: { hit?: string; review?: string }): ScreeningThresholds {
  const config = loadConfig();
  const read = (option: string | undefined, name: string): number | undefined => {
    if (option === undefined) return undefined;
    const value = Number(option);
    if (!(value > 0 && value <= 1))
      throw new DomainError('VALIDATION_FAILED', `--${name}: a score above 0 and at most 1`);
    return value;
  };
  return thresholdsWith({
    hit: read(options.hit, 'hit') ?? config.screening.hit,
    review: read(options.review, 'review') ?? config.screening.review,
  });
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description(
      'Screen names against restricted-party list files, without a database: each Consolidated Screening ' +
        'List file (CSV, CSV.gz, TSV or JSON) and OFAC’s consolidated files, recognised from their content. ' +
        'Bad files or queries exit 2 with the reason and the row, nothing on stdout.',
    )
    .requiredOption(
      '--list <file>',
      'a list file; repeat for more',
      (file: string, files: string[]) => [...files, file],
      [] as string[],
    )
    .argument('<queries>', 'JSON [ { "id": string, "name": string, "country"?: ISO 3166 alpha-2 } ]')
    .option('--json', 'print the results as JSON (the stable contract)')
    .option(
      '--hit <score>',
      `score from which a match is a hit (default ${defaultThresholds.hit}, or SCREENING_HIT_THRESHOLD)`,
    )
    .option(
      '--review <score>',
      `score from which a match goes to review (default ${defaultThresholds.review}, or SCREENING_REVIEW_THRESHOLD)`,
    )
    .action(
      async (
        queriesFile: string,
        options: { list: string[]; json?: boolean; hit?: string; review?: string },
      ) => {
        const thresholds = thresholdsFrom(options);
        const queries = parseQueries(queriesFile, await readJsonFile(queriesFile));
        // Screening against no list would answer "clear" for everyone.
        if (options.list.length === 0)
          throw new DomainError('VALIDATION_FAILED', 'give at least one --list FILE');
        for (const file of options.list) {
          if (!fs.existsSync(file)) throw new DomainError('LIST_INVALID', `${file}: no such file`);
        }
        const lists = await readLists(
          options.list.map((file) => ({ name: file, open: () => fs.createReadStream(file) })),
        );
        const entries = lists.flatMap((list) => list.entries);
        const listedId = new Map(entries.map((e) => [e.id, e.listedId]));
        const index = ScreeningIndex.build(entries);
        const results = queries.map((query) => index.screen(query, thresholds));
        if (options.json) {
          // The contract: the queries' order; matches best first with the list's own entry id.
          const out = results.map((r) => ({
            id: r.id,
            decision: r.decision,
            matches: r.matches.map((m) => ({
              entryId: listedId.get(m.entryId) ?? m.entryId,
              source: m.source,
              name: m.name,
              score: m.score,
            })),
          }));
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        for (const r of results) {
          process.stdout.write(`${r.id}: ${r.decision}\n`);
          for (const m of r.matches) {
            process.stdout.write(
              `  ${m.score.toFixed(3)}  ${m.name} (${m.source}; matched "${m.variant}")\n`,
            );
          }
        }
      },
    );
}
