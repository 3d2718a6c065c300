import type { Command } from 'commander';
import { orderCsvColumns } from '../../domain/orders/order-csv.js';
import { runCsvImport } from '../csv-import.js';

export function registerOrdersCommands(program: Command): void {
  const orders = program.command('orders').description('Buyers’ orders: the demand allocation rounds serve');
  orders
    .command('import')
    .description(
      `Import orders from a CSV file, all or nothing (columns: ${orderCsvColumns.join(', ')}); ` +
        'exit 2 listing every bad row by row and column, with nothing written',
    )
    .argument(
      '<file>',
      'CSV file with a header row; period YYYY-MM, tier firm or forecast, reference may be empty',
    )
    .option('--dry-run', 'check the whole file, references already used included, and write nothing')
    .option('--json', 'print the result as JSON')
    .action((file: string, options: { dryRun?: boolean; json?: boolean }) =>
      runCsvImport(file, options, {
        noun: 'orders',
        importCsv: (ctx, source, importOptions) => ctx.orders.importCsv(source, importOptions, undefined),
      }),
    );
}
