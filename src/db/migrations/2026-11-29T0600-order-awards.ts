import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * What committed rounds have given each order, so a later round claims only what is still unmet.
 *
 * - `awarded`: the units reserved for the order by committed rounds, never more than its quantity (the
 *   commit guards it). An order awarded in full moves to status `allocated`.
 * - `last_round_id`: the latest committed round the order was a claim in, met or not. A later round can
 *   carry such orders' unmet claims whatever its own claim window.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .alterTable('orders')
    .addColumn('awarded', bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('orders').addColumn('last_round_id', 'text').execute();
}
