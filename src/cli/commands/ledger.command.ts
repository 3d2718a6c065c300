import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { withContext } from './with-context.js';

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('Authorisation ledgers');
  ledger
    .command('verify')
    .description('Prove every balance equals the sum of its entries; exit 1 naming each one that does not')
    .action(async () => {
      const result = await withContext((ctx) => ctx.authorisations.verify());
      if (result.ok) {
        process.stdout.write(
          `Ledgers reconcile: ${result.authorisationsChecked} authorisation(s), ${result.entriesChecked} entr${result.entriesChecked === 1 ? 'y' : 'ies'} verified.\n`,
        );
        return;
      }
      for (const m of result.mismatches) process.stderr.write(`  ${m.authorisationId}: ${m.problem}\n`);
      throw new DomainError(
        'LEDGER_UNBALANCED',
        `${result.mismatches.length} ledger problem(s) found (listed above).`,
      );
    });
}
