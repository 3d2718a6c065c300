import { Migrator, sql, type Kysely, type MigrationResult } from 'kysely';
import type { Engine } from './connection.js';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

/**
 * Applies every pending migration. Kysely's SQLite adapter runs DDL outside a transaction, so each SQLite
 * migration is wrapped in a savepoint here: a failure half-way leaves no half-built schema.
 */
export async function migrateToLatest(db: Db, engine: Engine): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(migrations).map(([name, migration]) => [
              name,
              {
                up: async (raw: Kysely<unknown>) => {
                  // The app's CamelCasePlugin must not rewrite DDL names: migrations speak snake_case.
                  const plain = raw.withoutPlugins();
                  if (engine === 'postgres') return migration.up(plain, { engine });
                  await sql`savepoint migration`.execute(plain);
                  try {
                    await migration.up(plain, { engine });
                    await sql`release savepoint migration`.execute(plain);
                  } catch (error) {
                    await sql`rollback to savepoint migration`.execute(plain);
                    await sql`release savepoint migration`.execute(plain);
                    throw error;
                  }
                },
              },
            ]),
          ),
        ),
    },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return results ?? [];
}
