import { sql } from 'kysely';
import type { Balance } from '../../domain/authorisations/ledger.js';
import type { Executor, Tx } from '../database.js';
import { isPostgres } from '../dialect.js';
import type {
  AuthorisationBalancesTable,
  AuthorisationsTable,
  LedgerEntriesTable,
  ReferenceShipmentsTable,
} from '../schema/authorisations.table.js';

export type AuthorisationWithBalance = AuthorisationsTable &
  Omit<AuthorisationBalancesTable, 'authorisationId'>;

export function toBalance(
  row: Omit<AuthorisationBalancesTable, 'authorisationId' | 'entryCount' | 'updatedAt'>,
): Balance {
  return {
    authorised: row.authorisedQuantity,
    reserved: row.reservedQuantity,
    used: row.usedQuantity,
    returned: row.returnedQuantity,
    valueLimited: row.valueLimited === 1,
    authorisedValue: row.authorisedValue,
    reservedValue: row.reservedValue,
    usedValue: row.usedValue,
  };
}

const balanceColumns = [
  'authorisationBalances.authorisedQuantity',
  'authorisationBalances.reservedQuantity',
  'authorisationBalances.usedQuantity',
  'authorisationBalances.returnedQuantity',
  'authorisationBalances.valueLimited',
  'authorisationBalances.authorisedValue',
  'authorisationBalances.reservedValue',
  'authorisationBalances.usedValue',
  'authorisationBalances.entryCount',
  'authorisationBalances.updatedAt',
] as const;

export async function insertAuthorisation(
  tx: Tx,
  row: AuthorisationsTable,
  balance: AuthorisationBalancesTable,
): Promise<void> {
  await tx.insertInto('authorisations').values(row).execute();
  await tx.insertInto('authorisationBalances').values(balance).execute();
}

export function findAuthorisationByNumber(db: Executor, authority: string, number: string) {
  return db
    .selectFrom('authorisations')
    .select('id')
    .where('authority', '=', authority)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findAuthorisation(db: Executor, id: string): Promise<AuthorisationWithBalance | undefined> {
  return db
    .selectFrom('authorisations')
    .innerJoin('authorisationBalances', 'authorisationBalances.authorisationId', 'authorisations.id')
    .selectAll('authorisations')
    .select(balanceColumns)
    .where('authorisations.id', '=', id)
    .executeTakeFirst();
}

export function listAuthorisations(
  db: Executor,
  filter: { kind?: string | undefined },
): Promise<AuthorisationWithBalance[]> {
  let query = db
    .selectFrom('authorisations')
    .innerJoin('authorisationBalances', 'authorisationBalances.authorisationId', 'authorisations.id')
    .selectAll('authorisations')
    .select(balanceColumns);
  if (filter.kind) query = query.where('authorisations.kind', '=', filter.kind);
  return query.orderBy('authorisations.validUntil').orderBy('authorisations.id').execute();
}

/**
 * Reads the ledgers about to be written and holds them until commit: on PostgreSQL with row locks taken in
 * id order (so two writers never wait on each other in a circle), on SQLite by the write lock every
 * transaction already holds from its start.
 */
export function lockLedgers(tx: Tx, ids: readonly string[]): Promise<AuthorisationWithBalance[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const query = tx
    .selectFrom('authorisations')
    .innerJoin('authorisationBalances', 'authorisationBalances.authorisationId', 'authorisations.id')
    .selectAll('authorisations')
    .select(balanceColumns)
    .where('authorisations.id', 'in', ids)
    .orderBy('authorisations.id');
  return (isPostgres(tx) ? query.forUpdate('authorisationBalances') : query).execute();
}

/**
 * Moves a balance row from `before` to `after` with one conditional UPDATE of the differences. The
 * condition is the ledger rule on the result (nothing negative, nothing reserved or used beyond what is
 * authorised) and that no entry was written since `before` was read, so even a writer that skipped the
 * lock could never overdraw a balance; the table's CHECK constraints stand behind it. Returns false when
 * the condition does not hold.
 */
export async function changeBalance(
  tx: Tx,
  authorisationId: string,
  before: Balance & { entryCount: number },
  after: Balance & { entryCount: number },
  now: string,
): Promise<boolean> {
  const d = {
    authorised: after.authorised - before.authorised,
    reserved: after.reserved - before.reserved,
    used: after.used - before.used,
    returned: after.returned - before.returned,
    authorisedValue: after.authorisedValue - before.authorisedValue,
    reservedValue: after.reservedValue - before.reservedValue,
    usedValue: after.usedValue - before.usedValue,
  };
  const result = await tx
    .updateTable('authorisationBalances')
    .set((eb) => ({
      authorisedQuantity: eb('authorisedQuantity', '+', d.authorised),
      reservedQuantity: eb('reservedQuantity', '+', d.reserved),
      usedQuantity: eb('usedQuantity', '+', d.used),
      returnedQuantity: eb('returnedQuantity', '+', d.returned),
      authorisedValue: eb('authorisedValue', '+', d.authorisedValue),
      reservedValue: eb('reservedValue', '+', d.reservedValue),
      usedValue: eb('usedValue', '+', d.usedValue),
      entryCount: eb('entryCount', '+', after.entryCount - before.entryCount),
      updatedAt: now,
    }))
    .where('authorisationId', '=', authorisationId)
    .where('entryCount', '=', before.entryCount)
    .where(sql<boolean>`reserved_quantity + ${d.reserved} >= 0 and used_quantity + ${d.used} >= 0`)
    .where(sql<boolean>`returned_quantity + ${d.returned} <= used_quantity + ${d.used}`)
    .where(
      sql<boolean>`authorised_quantity + ${d.authorised} >= reserved_quantity + ${d.reserved} + used_quantity + ${d.used}`,
    )
    .where(sql<boolean>`reserved_value + ${d.reservedValue} >= 0 and used_value + ${d.usedValue} >= 0`)
    .where(
      sql<boolean>`(value_limited = 0 or authorised_value + ${d.authorisedValue} >= reserved_value + ${d.reservedValue} + used_value + ${d.usedValue})`,
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** 10 columns × 1,000 rows stays inside both engines' limits on bound parameters. */
const entriesPerInsert = 1000;

export async function insertLedgerEntries(tx: Tx, entries: readonly LedgerEntriesTable[]): Promise<void> {
  for (let i = 0; i < entries.length; i += entriesPerInsert) {
    await tx
      .insertInto('ledgerEntries')
      .values(entries.slice(i, i + entriesPerInsert))
      .execute();
  }
}

export function listLedgerEntries(db: Executor, authorisationId: string): Promise<LedgerEntriesTable[]> {
  return db
    .selectFrom('ledgerEntries')
    .selectAll()
    .where('authorisationId', '=', authorisationId)
    .orderBy('entryNo')
    .execute();
}

/** Every entry in (authorisation, entry number) order, a page at a time, for verification in bounded memory. */
export async function* streamAllLedgerEntries(
  db: Executor,
  pageSize = 5000,
): AsyncGenerator<LedgerEntriesTable> {
  let after: { authorisationId: string; entryNo: number } | undefined;
  for (;;) {
    let query = db.selectFrom('ledgerEntries').selectAll();
    if (after) {
      const { authorisationId, entryNo } = after;
      query = query.where((eb) =>
        eb.or([
          eb('authorisationId', '>', authorisationId),
          eb.and([eb('authorisationId', '=', authorisationId), eb('entryNo', '>', entryNo)]),
        ]),
      );
    }
    const page = await query.orderBy('authorisationId').orderBy('entryNo').limit(pageSize).execute();
    for (const entry of page) yield entry;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { authorisationId: last.authorisationId, entryNo: last.entryNo };
  }
}

export function listAllBalances(db: Executor): Promise<AuthorisationBalancesTable[]> {
  return db.selectFrom('authorisationBalances').selectAll().orderBy('authorisationId').execute();
}

export async function insertReferenceShipment(tx: Tx, row: ReferenceShipmentsTable): Promise<number> {
  await tx.insertInto('referenceShipments').values(row).execute();
  const total = await tx
    .selectFrom('referenceShipments')
    // PostgreSQL sums bigints as numeric, which pg returns as a string.
    .select((eb) => eb.fn.sum<number | string>('quantity').as('total'))
    .where('authorisationId', '=', row.authorisationId)
    .executeTakeFirstOrThrow();
  return Number(total.total);
}
