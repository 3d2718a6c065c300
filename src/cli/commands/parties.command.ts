import fs from 'node:fs';
import path from 'node:path';
import { pipeline, Transform } from 'node:stream';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { partyCsvColumns } from '../../domain/parties/party-csv.js';
import { exitCodeOf } from '../exit.js';
import { printJson } from '../io.js';
import { withContext } from './with-context.js';

/** A progress bar on stderr when a person is watching; nothing when stderr is a file or a pipe. */
function progressBar(totalBytes: number): { update(bytes: number, rows: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'Importing {bar} {percentage}% | {rows} rows',
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(totalBytes, 1), 0, { rows: 0 });
  return {
    update: (bytes, rows) => bar.update(bytes, { rows: rows.toLocaleString('en-US') }),
    stop: () => bar.stop(),
  };
}

export function registerPartiesCommands(program: Command): void {
  const parties = program.command('parties').description('Exporters, buyers, consignees and end users');
  parties
    .command('import')
    .description(
      `Import parties from a CSV file, all or nothing (columns: ${partyCsvColumns.join(', ')}); ` +
        'exit 2 listing every bad row by row and column, with nothing written',
    )
    .argument('<file>', 'CSV file with a header row; list values separated by |, identifiers as SCHEME:value')
    .option('--dry-run', 'check the whole file, ids already taken included, and write nothing')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
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
          ctx.parties.importCsv(
            source,
            { fileName, dryRun: options.dryRun, onProgress: (rows) => bar.update(bytesRead, rows) },
            undefined,
          ),
        );
      } catch (error) {
        bar.stop();
        if (!(error instanceof DomainError) || error.details.length === 0) throw error;
        // Every bad row, one per line, so the file can be fixed in one go.
        process.stderr.write(`tranche: ${error.message} [${error.code}]\n`);
        for (const detail of error.details)
          process.stderr.write(`  ${detail.path ? `${detail.path}: ` : ''}${detail.message}\n`);
        process.exitCode = exitCodeOf[error.code];
        return;
      }
      bar.stop();
      if (options.json) return printJson(result);
      const count = result.rows.toLocaleString('en-US');
      process.stdout.write(
        result.dryRun
          ? `Checked ${fileName}: ${count} parties, all valid; nothing was written (dry run).\n`
          : `Imported ${count} parties from ${fileName} (audit event ${result.auditEventSeq ?? '?'}, SHA-256 ${result.sha256}).\n`,
      );
    });
}
