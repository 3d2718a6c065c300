import fs from 'node:fs';
import path from 'node:path';
import { pipeline, Transform, type Readable } from 'node:stream';
import type { AppContext } from '../context.js';
import type { CsvImportOptions, CsvImportResult } from '../domain/csv/csv-import.js';
import { DomainError } from '../domain/errors.js';
import { withContext } from './commands/with-context.js';
import { reportProblems } from './exit.js';
import { printJson } from './io.js';
import { progressBar } from './progress-bar.js';

/**
 * Runs a CSV import from a file for an `import` command: a progress bar on a terminal, a one-line summary
 * (or the result as JSON) on stdout. A refused file exits 2 with every bad row on stderr, one per line, so
 * that it can be fixed in one go; stdout then stays empty.
 */
export async function runCsvImport(
  file: string,
  options: { dryRun?: boolean | undefined; json?: boolean | undefined },
  importer: {
    /** What the file's rows are, in the plural: "parties". */
    noun: string;
    importCsv(ctx: AppContext, source: Readable, options: CsvImportOptions): Promise<CsvImportResult>;
  },
): Promise<void> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError(
      'VALIDATION_FAILED',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
  const fileName = path.basename(file);
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  // Errors of the file stream reach the importer through the counter.
  const source = pipeline(fs.createReadStream(file), counter, () => undefined);
  const bar = progressBar(size);
  let result;
  try {
    result = await withContext((ctx) =>
      importer.importCsv(ctx, source, {
        fileName,
        dryRun: options.dryRun,
        onProgress: (rows) => bar.update(bytesRead, rows),
      }),
    );
  } catch (error) {
    bar.stop();
    if (!reportProblems(error)) throw error;
    return;
  }
  bar.stop();
  if (options.json) return printJson(result);
  const count = `${result.rows.toLocaleString('en-US')} ${importer.noun}`;
  process.stdout.write(
    result.dryRun
      ? `Checked ${fileName}: ${count}, all valid; nothing was written (dry run).\n`
      : `Imported ${count} from ${fileName} (audit event ${result.auditEventSeq ?? '?'}, SHA-256 ${result.sha256}).\n`,
  );
}
