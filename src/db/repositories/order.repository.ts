import type { Executor, Tx } from '../database.js';
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
