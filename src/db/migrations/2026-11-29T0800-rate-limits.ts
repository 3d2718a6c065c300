import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Rate-limit windows kept in the database, so that every instance sharing it counts the same attempts: a
 * limit held in each process's memory would let an attacker spread guesses over the instances behind a
 * load balancer. One row per key (for sign-in: address and username) with the attempts counted in its
 * current window and when that window ends, in milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('limit_key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_windows_ends_idx')
    .on('rate_limit_windows')
    .column('window_ends_at')
    .execute();
}
