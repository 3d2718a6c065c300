import { sql } from 'kysely';
import type { Executor, Tx } from '../database.js';
import { isPostgres } from '../dialect.js';
import type { OrdersTable } from '../schema/orders.table.js';

export interface OrderRowFilter {
  buyerPartyId?: string | undefined;
  productId?: string | undefined;
  period?: string | undefined;
  tier?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function filtered(db: Executor, filter: OrderRowFilter) {
  let query = db.selectFrom('orders');
  if (filter.buyerPartyId !== undefined) query = query.where('buyerPartyId', '=', filter.buyerPartyId);
  if (filter.productId !== undefined) query = query.where('productId', '=', filter.productId);
  if (filter.period !== undefined) query = query.where('period', '=', filter.period);
  if (filter.tier !== undefined) query = query.where('tier', '=', filter.tier);
  return query;
}

/** Orders matching the filter, newest first (ids are time-ordered). */
export function listOrders(db: Executor, filter: OrderRowFilter = {}): Promise<OrdersTable[]> {
  let query = filtered(db, filter).selectAll().orderBy('id', 'desc');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  if (filter.offset) query = query.offset(filter.offset);
  return query.execute();
}

/**
 * Every order matching the filter, oldest first, one page at a time: an export of a million orders in
 * bounded memory, with keyset paging that stays correct while orders are added.
 */
export async function* streamOrders(
  db: Executor,
  filter: Omit<OrderRowFilter, 'limit' | 'offset'>,
  pageSize = 2000,
): AsyncGenerator<OrdersTable> {
  let after: string | undefined;
  for (;;) {
    let query = filtered(db, filter).selectAll();
    if (after !== undefined) query = query.where('id', '>', after);
    const page = await query.orderBy('id').limit(pageSize).execute();
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}

export function findOrder(db: Executor, id: string): Promise<OrdersTable | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The orders already holding any of these (buyer, reference) pairs. Matched on both IN lists, which the
 * unique index on (buyer_party_id, reference) answers; the caller picks the exact pairs out.
 */
export function ordersWithReferences(
  db: Executor,
  pairs: readonly { buyerPartyId: string; reference: string }[],
): Promise<Pick<OrdersTable, 'id' | 'buyerPartyId' | 'reference' | 'importId' | 'importRow'>[]> {
  if (pairs.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('orders')
    .select(['id', 'buyerPartyId', 'reference', 'importId', 'importRow'])
    .where('buyerPartyId', 'in', [...new Set(pairs.map((p) => p.buyerPartyId))])
    .where('reference', 'in', [...new Set(pairs.map((p) => p.reference))])
    .execute();
}

/** Inserts rows in one statement; callers keep batches inside both engines' bound-parameter limits. */
export async function insertOrders(tx: Tx, orders: readonly OrdersTable[]): Promise<void> {
  if (orders.length === 0) return;
  await tx.insertInto('orders').values(orders).execute();
}

/** Ids per statement when reading or updating orders by id: well inside both engines' parameter limits. */
const idsPerStatement = 1000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads these orders' quantities and awards and holds them until commit (row locks on PostgreSQL; SQLite's writer holds the file). */
export async function lockOrderAwards(
  tx: Tx,
  ids: readonly string[],
): Promise<Pick<OrdersTable, 'id' | 'quantity' | 'awarded' | 'status'>[]> {
  const rows: Pick<OrdersTable, 'id' | 'quantity' | 'awarded' | 'status'>[] = [];
  for (const chunk of chunks([...ids].sort(), idsPerStatement)) {
    const query = tx
      .selectFrom('orders')
      .select(['id', 'quantity', 'awarded', 'status'])
      .where('id', 'in', chunk)
      .orderBy('id');
    rows.push(...(await (isPostgres(tx) ? query.forUpdate() : query).execute()));
  }
  return rows;
}

/**
 * Adds a committed round's awards to its claims' orders and marks them as that round's; an order awarded
 * in full becomes allocated. Orders with the same award share one statement, so a round of many small
 * claims costs about as many statements as distinct award sizes. Claims awarded nothing are listed too
 * (with 0): they were in the round and can carry to the next.
 */
export async function addOrderAwards(
  tx: Tx,
  roundId: string,
  awards: readonly { orderId: string; quantity: number }[],
): Promise<void> {
  const byQuantity = new Map<number, string[]>();
  for (const award of awards) {
    const ids = byQuantity.get(award.quantity) ?? [];
    ids.push(award.orderId);
    byQuantity.set(award.quantity, ids);
  }
  for (const [quantity, ids] of byQuantity) {
    for (const chunk of chunks(ids, idsPerStatement)) {
      await tx
        .updateTable('orders')
        .set({
          awarded: sql<number>`awarded + ${quantity}`,
          lastRoundId: roundId,
          status: sql<string>`case when awarded + ${quantity} >= quantity then 'allocated' else 'open' end`,
        })
        .where('id', 'in', chunk)
        .execute();
    }
  }
}
