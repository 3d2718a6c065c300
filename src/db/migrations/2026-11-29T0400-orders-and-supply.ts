import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Orders (the demand allocation rounds draw on) and supply plans (what they draw from).
 *
 * - `status` has no check constraint: later rounds add statuses, and SQLite cannot change a check
 *   constraint without rebuilding the table. The domain holds the list.
 * - `(buyer_party_id, reference)` is unique so that re-sending a buyer's order number is refused instead of
 *   doubling its demand. Both engines treat NULLs as distinct in a unique index, so orders without a
 *   reference never collide.
 * - `import_id` and `import_row` trace an imported order to the audited file and its row; the import's
 *   single audit event names the whole set through `import_id`.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('buyer_party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('quantity', bigint, (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('import_row', bigint)
    .addCheckConstraint('orders_quantity_check', sql`quantity > 0`)
    .addCheckConstraint('orders_tier_check', sql`tier in ('firm','forecast')`)
    .execute();
  await db.schema
    .createIndex('orders_buyer_reference_unique')
    .unique()
    .on('orders')
    .columns(['buyer_party_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('orders_product_period_idx')
    .on('orders')
    .columns(['product_id', 'period'])
    .execute();

  await db.schema
    .createTable('supply_plans')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('units', bigint, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supply_plans_pk', ['product_id', 'period', 'kind'])
    .addCheckConstraint('supply_plans_kind_check', sql`kind in ('inventory','production')`)
    .addCheckConstraint('supply_plans_units_check', sql`units >= 0`)
    .execute();
}
