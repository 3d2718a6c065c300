import { sql, type ExpressionBuilder } from 'kysely';
import type { Balance, Movement } from '../../domain/authorisations/ledger.js';
import type { Database, Executor, Tx } from '../database.js';
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
 * Applies a movement to the balance row with one conditional UPDATE: the condition is the ledger rule, so
 * concurrent writers can never take a balance below zero, on either engine (PostgreSQL re-checks the
 * condition after waiting for the row lock; SQLite runs writers one at a time). Returns the new balance
 * and the entry's number, or undefined when the condition does not hold (or the row does not exist).
 */
export async function applyLedgerMovement(
  tx: Tx,
  authorisationId: string,
  movement: Movement,
  now: string,
): Promise<(Balance & { entryNo: number }) | undefined> {
  const q = movement.quantity;
  const v = movement.value;
  const set = (eb: ExpressionBuilder<Database, 'authorisationBalances'>) => {
    const valueOnly = (column: 'authorisedValue' | 'reservedValue' | 'usedValue', delta: number) =>
      eb(column, '+', sql<number>`(case when value_limited = 1 then cast(${delta} as bigint) else 0 end)`);
    const base = { entryCount: eb('entryCount', '+', 1), updatedAt: now };
    switch (movement.kind) {
      case 'grant':
      case 'adjust':
        return {
          ...base,
          authorisedQuantity: eb('authorisedQuantity', '+', q),
          authorisedValue: valueOnly('authorisedValue', v),
        };
      case 'expire':
        return {
          ...base,
          authorisedQuantity: eb('authorisedQuantity', '-', q),
          authorisedValue: valueOnly('authorisedValue', -v),
        };
      case 'reserve':
        return {
          ...base,
          reservedQuantity: eb('reservedQuantity', '+', q),
          reservedValue: valueOnly('reservedValue', v),
        };
      case 'release':
        return {
          ...base,
          reservedQuantity: eb('reservedQuantity', '-', q),
          reservedValue: valueOnly('reservedValue', -v),
        };
      case 'consume':
        return {
          ...base,
          reservedQuantity: eb('reservedQuantity', '-', q),
          usedQuantity: eb('usedQuantity', '+', q),
          reservedValue: valueOnly('reservedValue', -v),
          usedValue: valueOnly('usedValue', v),
        };
      case 'return':
        return base;
    }
  };
  let query = tx.updateTable('authorisationBalances').set(set).where('authorisationId', '=', authorisationId);
  switch (movement.kind) {
    case 'grant':
      break;
    case 'reserve':
      query = query
        .where(sql<boolean>`authorised_quantity - reserved_quantity - used_quantity >= ${q}`)
        .where(sql<boolean>`(value_limited = 0 or authorised_value - reserved_value - used_value >= ${v})`);
      break;
    case 'release':
    case 'consume':
      query = query
        .where('reservedQuantity', '>=', q)
        .where(sql<boolean>`(value_limited = 0 or reserved_value >= ${v})`);
      break;
    case 'adjust':
      query = query
        .where(sql<boolean>`authorised_quantity + ${q} >= reserved_quantity + used_quantity`)
        .where(sql<boolean>`(value_limited = 0 or authorised_value + ${v} >= reserved_value + used_value)`);
      break;
    case 'expire':
      query = query.where(sql<boolean>`authorised_quantity - reserved_quantity - used_quantity >= ${q}`);
      break;
    case 'return':
      query = query.where('usedQuantity', '>=', q);
      break;
  }
  const row = await query
    .returning([
      'authorisedQuantity',
      'reservedQuantity',
      'usedQuantity',
      'valueLimited',
      'authorisedValue',
      'reservedValue',
      'usedValue',
      'entryCount',
    ])
    .executeTakeFirst();
  return row ? { ...toBalance(row), entryNo: row.entryCount } : undefined;
}

export async function insertLedgerEntry(tx: Tx, entry: LedgerEntriesTable): Promise<void> {
  await tx.insertInto('ledgerEntries').values(entry).execute();
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
