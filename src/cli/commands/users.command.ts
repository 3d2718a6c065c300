import type { Command } from 'commander';
import type { Role } from '../../domain/accounts/roles.js';
import { newSecret } from '../../domain/accounts/secrets.js';
import { DomainError } from '../../domain/errors.js';
import { readStdin } from '../io.js';
import { withContext } from './with-context.js';

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('Accounts');
  users
    .command('create')
    .description('Create a user. Without --password-stdin a strong password is generated and printed once.')
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--role <role>', 'admin, compliance, planner, shipping, auditor or buyer')
    .option('--display-name <name>', 'the name shown in the UI and the audit trail')
    .option('--party <id>', 'for buyers: the party the account is bound to')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: {
        username: string;
        role: string;
        displayName?: string;
        party?: string;
        passwordStdin?: boolean;
      }) => {
        const generated = options.passwordStdin ? undefined : newSecret().slice(0, 24);
        const password = generated ?? (await readStdin()).replace(/\r?\n$/, '');
        // The service validates (role, username, password length, party) exactly as the API does.
        const input = {
          username: options.username,
          displayName: options.displayName ?? options.username,
          password,
          role: options.role as Role,
          partyId: options.party ?? null,
        };
        const user = await withContext((ctx) => ctx.accounts.createUser(input, undefined));
        process.stdout.write(`Created ${user.role} user ${user.username}.\n`);
        if (generated) process.stdout.write(`Password (shown once; store it now): ${generated}\n`);
      },
    );

  users
    .command('token')
    .description('Issue an API token (Bearer) for a user, for machines; printed once')
    .requiredOption('--username <name>', 'the user the token acts as')
    .requiredOption('--name <label>', 'what the token is for')
    .option('--expires-in-days <n>', 'days until it expires (default: never)')
    .action(async (options: { username: string; name: string; expiresInDays?: string }) => {
      const days = options.expiresInDays === undefined ? undefined : Number(options.expiresInDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 366)) {
        throw new DomainError('VALIDATION_FAILED', '--expires-in-days must be a whole number from 1 to 366');
      }
      const token = await withContext(async (ctx) => {
        const user = (await ctx.accounts.listUsers()).find(
          (u) => u.username === options.username.toLowerCase(),
        );
        if (!user) throw new DomainError('NOT_FOUND', `User ${options.username} does not exist.`);
        return ctx.accounts.createToken(
          { userId: user.id, username: user.username, role: user.role, partyId: user.partyId },
          { name: options.name, expiresInDays: days },
        );
      });
      process.stdout.write(`${token.token}\n`);
    });
}
