import path from 'node:path';
import type { Command } from 'commander';
import type { ListFileInput } from '../../domain/screening/lists/read-list.js';
import { countedReadStream, fileSize, withProgressBar } from '../file-import.js';
import { printJson } from '../io.js';
import { withContext } from './with-context.js';

/**
 * `tranche lists import FILE [FILE…]`: a new version of one list, through the same service as the API.
 * A progress bar of bytes read on a terminal; a one-line summary (or the result as JSON) on stdout. A file
 * that is not a list or is truncated exits 2 with the reason and the row on stderr; nothing is written
 * and the version in force stays so.
 */
export function registerListsCommands(program: Command): void {
  const lists = program
    .command('lists')
    .description('Restricted-party lists that parties are screened against');
  lists
    .command('import')
    .description(
      'Import a new version of a list: one Consolidated Screening List file (CSV, TSV or JSON, gzipped or ' +
        'not), or OFAC’s cons_prim.csv with its cons_alt/cons_add/cons_comments files; re-screens the ' +
        'parties the change can affect; exit 2 naming file and row when a file is not a list or is truncated',
    )
    .argument('<files...>', 'the list file(s), recognised from their content')
    .option('--json', 'print the result as JSON')
    .action(async (files: string[], options: { json?: boolean }) => {
      let total = 0;
      for (const file of files) total += await fileSize(file);
      let bytesRead = 0;
      const inputs: ListFileInput[] = files.map((file) => ({
        name: path.basename(file),
        open: () => countedReadStream(file, (bytes) => (bytesRead += bytes)),
      }));
      const result = await withProgressBar(total, (progress) =>
        withContext((ctx) =>
          ctx.screening.importList(inputs, undefined, (rows) => progress(bytesRead, rows)),
        ),
      );
      if (!result) return;
      if (options.json) return printJson(result);
      const { version } = result;
      const { delta } = version;
      const changes = Object.entries(delta.parties.statusChanges)
        .map(([change, n]) => `${change} ${n.toLocaleString('en-US')}`)
        .join(', ');
      process.stdout.write(
        `Imported ${version.kind} list version ${version.id}: ${version.entryCount.toLocaleString('en-US')} entries ` +
          `(+${delta.added} added, ${delta.changed} changed, ${delta.removed} removed); ` +
          `re-screened ${delta.parties.touched.toLocaleString('en-US')} parties` +
          `${changes ? ` (${changes})` : ''} (audit event ${result.auditEventSeq}).\n`,
      );
    });
}
