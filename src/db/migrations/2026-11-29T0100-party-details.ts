import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Parties gain identifiers, addresses, a screening status, a folded copy of their names for search, and
 * updated_at. The new NOT NULL columns need a default to be added to a table that may hold rows; existing
 * rows are then backfilled. SQLite cannot drop a column default, so the defaults stay on both engines to
 * keep the columns meaning the same; the application always writes every column.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  // JSON array of { scheme, value } (USCC, LEI, DUNS, EIN, OTHER).
  await db.schema
    .alterTable('parties')
    .addColumn('identifiers', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  // JSON array of { lines, city?, region?, postalCode?, country }.
  await db.schema
    .alterTable('parties')
    .addColumn('addresses', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('parties')
    .addColumn('screening_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unscreened')
        .check(
          sql`screening_status in ('unscreened','clear','potential-match','confirmed','false-positive')`,
        ),
    )
    .execute();
  // Legal and other names folded by the application (NFKC, lower case: the same Unicode folding on both
  // engines, where SQLite's lower() folds ASCII only), one per line: what the name search matches against.
  await db.schema
    .alterTable('parties')
    .addColumn('search_names', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('parties')
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  const rows = await sql<{
    id: string;
    legal_name: string;
    other_names: string;
  }>`select id, legal_name, other_names from parties`.execute(db);
  for (const row of rows.rows) {
    const names = [row.legal_name, ...(JSON.parse(row.other_names) as string[])];
    const searchNames = names.map((name) => name.normalize('NFKC').toLowerCase()).join('\n');
    await sql`update parties set search_names = ${searchNames}, updated_at = created_at where id = ${row.id}`.execute(
      db,
    );
  }

  await db.schema.createIndex('parties_country_idx').on('parties').columns(['country']).execute();
  await db.schema.createIndex('parties_legal_name_idx').on('parties').columns(['legal_name', 'id']).execute();
}
