import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply every pending migration (the service also does this at start)')
    .action(async () => {
      const config = loadConfig();
      const { db: handle, engine } = openDatabase(config.database);
      try {
        const results = await migrateToLatest(handle, engine);
        const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
        process.stdout.write(
          applied.length
            ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : 'The database is up to date.\n',
        );
      } finally {
        await handle.destroy();
      }
    });
}
