import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * What committed rounds have given each order, so a later round claims only what is still unmet.
 *
 * - `awarded`: the units reserved for the order by committed rounds, never more than its quantity (the
 *   commit guards it). An order awarded in full moves to status `allocated`.
 * - `last_round_id`: the latest committed round the order was a claim in, met or not. A later round can
 *   carry such orders' unmet claims whatever its own claim window.
 * - Orders are read by product (a round) or by buyer (a buyer's export) in id order, a page at a time:
 *   indexes on (product_id, id) and (buyer_party_id, id) let each page start where the last ended instead
 *   of sorting every order of the product again. The (product_id, period) index gives way to the first,
 *   which also serves a product's list filtered by month.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .alterTable('orders')
    .addColumn('awarded', bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('orders').addColumn('last_round_id', 'text').execute();
  await db.schema.dropIndex('orders_product_period_idx').execute();
  await db.schema.createIndex('orders_product_idx').on('orders').columns(['product_id', 'id']).execute();
  await db.schema.createIndex('orders_buyer_idx').on('orders').columns(['buyer_party_id', 'id']).execute();
}
