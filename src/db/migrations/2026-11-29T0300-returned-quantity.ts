import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Balances count the units returned after shipment, so that returns together can never exceed what was
 * shipped (each return was checked only against the units shipped, not against earlier returns). Existing
 * balances are backfilled from their return entries.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .alterTable('authorisation_balances')
    .addColumn('returned_quantity', bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update authorisation_balances set returned_quantity = coalesce((
      select sum(quantity) from ledger_entries
      where ledger_entries.authorisation_id = authorisation_balances.authorisation_id and kind = 'return'
    ), 0)`.execute(db);
}
