import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Allocation rounds. The round's terms and its latest simulation are validated JSON: they are read and
 * written whole, and a committed round's simulation is the record of what was awarded and why. Who
 * simulated and who approved are columns, so the four-eyes rule can be checked (and queried) directly.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('simulation', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('simulated_by', 'text')
    .addColumn('simulated_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('committed_at', 'text')
    .addColumn('closed_at', 'text')
    .addCheckConstraint(
      'rounds_status_check',
      sql`status in ('draft','simulated','approved','committed','closed')`,
    )
    .execute();
  await db.schema
    .createIndex('rounds_product_idx')
    .on('rounds')
    .columns(['product_id', 'created_at'])
    .execute();
}
