import { Command } from 'commander';
import { registerAllocateCommand } from './commands/allocate.command.js';
import { registerAuditCommands } from './commands/audit.command.js';
import { registerAuthorisationsCommands } from './commands/authorisations.command.js';
import { registerClassifyCommand } from './commands/classify.command.js';
import { registerCoverageCommand } from './commands/coverage.command.js';
import { registerDbCommands } from './commands/db.command.js';
import { registerDetermineCommand } from './commands/determine.command.js';
import { registerLedgerCommands } from './commands/ledger.command.js';
import { registerListsCommands } from './commands/lists.command.js';
import { registerOrdersCommands } from './commands/orders.command.js';
import { registerPartiesCommands } from './commands/parties.command.js';
import { registerScreenCommand } from './commands/screen.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerUserCommands } from './commands/users.command.js';
import { reportFailure } from './exit.js';

const program = new Command()
  .name('tranche')
  .description('Classify, authorise, allocate and ship export-controlled hardware, with an audit trail.')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerDbCommands(program);
registerUserCommands(program);
registerAuditCommands(program);
registerClassifyCommand(program);
registerDetermineCommand(program);
registerPartiesCommands(program);
registerListsCommands(program);
registerAuthorisationsCommands(program);
registerOrdersCommands(program);
registerLedgerCommands(program);
registerCoverageCommand(program);
registerAllocateCommand(program);
registerScreenCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
    process.exitCode = 0;
  } else if (typeof code === 'string' && code.startsWith('commander.')) {
    // Commander has already printed its one-line complaint about the arguments.
    process.exitCode = 2;
  } else {
    reportFailure(error);
  }
}
