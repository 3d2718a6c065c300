import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('authorisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('holder_party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('currency', 'text')
    /** What it covers and the conditions it carries, as validated JSON. */
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('authorisations_number_unique', ['authority', 'number'])
    .addCheckConstraint(
      'authorisations_kind_check',
      sql`kind in ('export-licence','exception-use','import-approval','party-cap','ratio-cap')`,
    )
    .addCheckConstraint('authorisations_validity_check', sql`valid_until >= valid_from`)
    .execute();

  // The balance row is derived from the entries and kept in step in the same transaction; the checks make
  // an overdraft impossible even for a statement that forgets its condition.
  await db.schema
    .createTable('authorisation_balances')
    .addColumn('authorisation_id', 'text', (c) => c.primaryKey().references('authorisations.id'))
    .addColumn('authorised_quantity', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_quantity', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('used_quantity', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('value_limited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('authorised_value', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_value', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('used_value', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('entry_count', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'authorisation_balances_quantity_check',
      sql`reserved_quantity >= 0 and used_quantity >= 0 and reserved_quantity + used_quantity <= authorised_quantity`,
    )
    .addCheckConstraint(
      'authorisation_balances_value_check',
      sql`reserved_value >= 0 and used_value >= 0 and (value_limited = 0 or reserved_value + used_value <= authorised_value)`,
    )
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('authorisation_id', 'text', (c) => c.notNull().references('authorisations.id'))
    .addColumn('entry_no', bigint, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quantity', bigint, (c) => c.notNull())
    .addColumn('value', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text')
    .addColumn('reference', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_sequence_unique', ['authorisation_id', 'entry_no'])
    .addCheckConstraint(
      'ledger_entries_kind_check',
      sql`kind in ('grant','reserve','release','consume','adjust','expire','return')`,
    )
    .execute();

  // Ledger entries are append-only, like audit events.
  if (ctx.engine === 'postgres') {
    await sql`
      create function ledger_entries_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only (% refused)', tg_op;
      end $$`.execute(db);
    await sql`create trigger ledger_entries_no_change before update or delete on ledger_entries
      for each row execute function ledger_entries_append_only()`.execute(db);
  } else {
    await sql`create trigger ledger_entries_no_update before update on ledger_entries
      begin select raise(abort, 'ledger entries are append-only (UPDATE refused)'); end`.execute(db);
    await sql`create trigger ledger_entries_no_delete before delete on ledger_entries
      begin select raise(abort, 'ledger entries are append-only (DELETE refused)'); end`.execute(db);
  }

  // Shipments to the reference market of a ratio cap (e.g. US end-use customers): the cap's grants derive
  // from their running total.
  await db.schema
    .createTable('reference_shipments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('authorisation_id', 'text', (c) => c.notNull().references('authorisations.id'))
    .addColumn('customer_party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addColumn('quantity', bigint, (c) => c.notNull())
    .addColumn('shipped_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addCheckConstraint('reference_shipments_quantity_check', sql`quantity > 0`)
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
}
