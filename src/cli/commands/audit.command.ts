import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { withContext } from './with-context.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The audit trail');
  audit
    .command('verify')
    .description('Recompute the hash chain; exit 1 and name the first broken link if it does not hold')
    .action(async () => {
      const result = await withContext((ctx) => ctx.audit.verify());
      if (!result.firstBreak) {
        process.stdout.write(`Audit trail intact: ${result.eventsChecked} event(s) verified.\n`);
        return;
      }
      throw new DomainError(
        'AUDIT_CHAIN_BROKEN',
        `Audit trail broken at event ${result.firstBreak.seq}: ${result.firstBreak.description} (${result.eventsChecked} event(s) before it verified)`,
      );
    });
}
