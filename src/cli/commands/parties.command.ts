import type { Command } from 'commander';
import { partyCsvColumns } from '../../domain/parties/party-csv.js';
import { runCsvImport } from '../csv-import.js';

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
    .action((file: string, options: { dryRun?: boolean; json?: boolean }) =>
      runCsvImport(file, options, {
        noun: 'parties',
        importCsv: (ctx, source, importOptions) => ctx.parties.importCsv(source, importOptions, undefined),
      }),
    );
}
