import type { Command } from 'commander';
import { authorisationKinds } from '../../domain/authorisations/authorisation.js';
import { authorisationCsvColumns, columnsOfKind } from '../../domain/authorisations/authorisation-csv.js';
import { runCsvImport } from '../csv-import.js';

/** The CSV format in words; the columns of each kind come from the table the importer checks rows with. */
function csvFormatHelp(): string {
  return [
    '',
    'CSV format: a header row naming every column (any order), then one row per authorisation.',
    'Every kind fills kind, authority, number, holderPartyId, validFrom, validUntil and destinations,',
    'productIds or eccns (or both), and optionally conditions (the conditions as issued, kept verbatim).',
    'Each kind also fills its own columns and leaves the others empty:',
    ...authorisationKinds.map((kind) => `  ${kind}: ${columnsOfKind[kind].join(', ')}`),
    'Dates are YYYY-MM-DD. List values (productIds, eccns, destinations, consignees, endUsers,',
    'referenceDestinations) are separated by |. quantity, valueAmountMinor (money in minor units, with its',
    'ISO 4217 valueCurrency), ratioNumerator and ratioDenominator are whole numbers written in digits.',
    `All the columns: ${authorisationCsvColumns.join(', ')}.`,
    'GET /api/authorisations.csv exports the list in this format.',
  ].join('\n');
}

export function registerAuthorisationsCommands(program: Command): void {
  const authorisations = program
    .command('authorisations')
    .description('Export licences, exception uses, import approvals and caps');
  authorisations
    .command('import')
    .description(
      'Import authorisations from a CSV file, all or nothing, each with its opening grant; ' +
        'exit 2 listing every bad row by row and column, with nothing written',
    )
    .argument('<file>', 'CSV file with a header row (format below)')
    .option(
      '--dry-run',
      'check the whole file, numbers already issued and unknown parties and products included, and write nothing',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText('after', csvFormatHelp())
    .action((file: string, options: { dryRun?: boolean; json?: boolean }) =>
      runCsvImport(file, options, {
        noun: 'authorisations',
        importCsv: (ctx, source, importOptions) =>
          ctx.authorisationImports.importCsv(source, importOptions, undefined),
      }),
    );
}
