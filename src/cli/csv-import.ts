import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.js';
import type { CsvImportOptions, CsvImportResult } from '../domain/csv/csv-import.js';
import { withContext } from './commands/with-context.js';
import { countedReadStream, fileSize, withProgressBar } from './file-import.js';
import { printJson } from './io.js';

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
  const size = await fileSize(file);
  const fileName = path.basename(file);
  let bytesRead = 0;
  const source = countedReadStream(file, (bytes) => (bytesRead += bytes));
  const result = await withProgressBar(size, (progress) =>
    withContext((ctx) =>
      importer.importCsv(ctx, source, {
        fileName,
        dryRun: options.dryRun,
        onProgress: (rows) => progress(bytesRead, rows),
      }),
    ),
  );
  if (!result) return;
  if (options.json) return printJson(result);
  const count = `${result.rows.toLocaleString('en-US')} ${importer.noun}`;
  process.stdout.write(
    result.dryRun
      ? `Checked ${fileName}: ${count}, all valid; nothing was written (dry run).\n`
      : `Imported ${count} from ${fileName} (audit event ${result.auditEventSeq ?? '?'}, SHA-256 ${result.sha256}).\n`,
  );
}
