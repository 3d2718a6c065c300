import type { Executor, Tx } from '../../db/database.js';
import { findParty } from '../../db/repositories/party.repository.js';
import { findProductRow } from '../../db/repositories/product.repository.js';
import { insertOrders, ordersWithReferences } from '../../db/repositories/order.repository.js';
import type { OrdersTable } from '../../db/schema/orders.table.js';
import type { Principal } from '../accounts/principal.js';
import { timeOrderedId } from '../ids.js';
import type { NewOrder, OrderStatus } from './order.js';

/** A problem with one field of an order, named as the API names it (the CSV columns use the same names). */
export interface OrderProblem {
  field: keyof NewOrder;
  message: string;
}

/** Beyond this many distinct ids the caches stop growing; lookups stay correct, only slower. */
const maxCachedIds = 10_000;

/**
 * Checks what an order names against the database: the buyer party exists and holds the buyer role, the
 * product exists, and a buyer account orders only for its own party. Parties and products are few and an
 * import names the same ones on most of its rows, so each id is looked up once and remembered.
 */
export class OrderChecks {
  private readonly buyers = new Map<string, readonly string[] | null>();
  private readonly products = new Map<string, boolean>();

  constructor(private readonly db: Executor) {}

  async problemsOf(order: NewOrder, principal: Principal | undefined): Promise<OrderProblem[]> {
    const problems: OrderProblem[] = [];
    if (principal?.role === 'buyer' && principal.partyId !== order.buyerPartyId) {
      problems.push({
        field: 'buyerPartyId',
        message: `a buyer account orders for its own party (${principal.partyId ?? 'none'}) only`,
      });
    } else {
      const roles = await this.rolesOf(order.buyerPartyId);
      if (roles === null) problems.push({ field: 'buyerPartyId', message: `no party ${order.buyerPartyId}` });
      else if (!roles.includes('buyer'))
        problems.push({
          field: 'buyerPartyId',
          message: `${order.buyerPartyId} is not a buyer (its roles: ${roles.join(', ')})`,
        });
    }
    if (!(await this.productExists(order.productId)))
      problems.push({ field: 'productId', message: `no product ${order.productId}` });
    return problems;
  }

  private async rolesOf(partyId: string): Promise<readonly string[] | null> {
    const cached = this.buyers.get(partyId);
    if (cached !== undefined) return cached;
    const row = await findParty(this.db, partyId);
    const roles = row ? (JSON.parse(row.roles) as string[]) : null;
    if (this.buyers.size < maxCachedIds) this.buyers.set(partyId, roles);
    return roles;
  }

  private async productExists(productId: string): Promise<boolean> {
    const cached = this.products.get(productId);
    if (cached !== undefined) return cached;
    const exists = (await findProductRow(this.db, productId)) !== undefined;
    if (this.products.size < maxCachedIds) this.products.set(productId, exists);
    return exists;
  }
}

/** 2,500 rows × 13 columns = 32,500 bound parameters per insert: inside SQLite's 32,766 and PostgreSQL's 65,535. */
export const orderBatchSize = 2500;

/** The row of a new order: open, created now, with where it was imported from. */
export function newOrderRow(
  order: NewOrder,
  now: string,
  source: { importId: string | null; row: number | null },
): OrdersTable {
  return {
    id: timeOrderedId(),
    buyerPartyId: order.buyerPartyId,
    productId: order.productId,
    quantity: order.quantity,
    period: order.period,
    tier: order.tier,
    reference: order.reference ?? null,
    status: 'open' satisfies OrderStatus,
    awarded: 0,
    lastRoundId: null,
    createdAt: now,
    importId: source.importId,
    importRow: source.row,
  };
}

const pairKey = (buyerPartyId: string, reference: string) => `${buyerPartyId}\u0000${reference}`;

/**
 * Writes many orders in one transaction, in multi-row inserts of `orderBatchSize`, holding one batch in
 * memory. Each order is checked as it is added (OrderChecks) and its (buyer, reference) pair when its
 * batch is flushed: against the batch itself and against the database, which by then holds the earlier
 * batches of the same run, so a pair repeated anywhere in a file is found without remembering the file.
 * An order with a problem is reported and left out; the caller rolls the transaction back when anything
 * was reported. Valid orders after a problem are still written, only so that later duplicates of them
 * are reported too.
 */
export class OrderBatchWriter {
  private batch: { row: number; order: OrdersTable }[] = [];
  private readonly checks: OrderChecks;
  private readonly now: string;
  /** Orders written, and the first and last of them. */
  written = 0;
  firstId: string | null = null;
  lastId: string | null = null;

  constructor(
    private readonly tx: Tx,
    private readonly options: {
      now: string;
      principal: Principal | undefined;
      /** The import the orders come from; null for orders created by a service call. */
      importId: string | null;
      /** Told each problem with the row it is on. */
      report: (row: number, problem: OrderProblem) => void;
    },
  ) {
    this.checks = new OrderChecks(tx);
    this.now = options.now;
  }

  /** Checks one order and queues it; writes the batch when it is full. */
  async add(row: number, order: NewOrder): Promise<void> {
    const problems = await this.checks.problemsOf(order, this.options.principal);
    for (const problem of problems) this.options.report(row, problem);
    if (problems.length === 0)
      this.batch.push({
        row,
        order: newOrderRow(order, this.now, { importId: this.options.importId, row }),
      });
    if (this.batch.length >= orderBatchSize) await this.flush();
  }

  /** Writes what is queued. */
  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    const withReference = batch.flatMap(({ order }) =>
      order.reference === null ? [] : [{ buyerPartyId: order.buyerPartyId, reference: order.reference }],
    );
    const existing = new Map(
      (await ordersWithReferences(this.tx, withReference)).map((o) => [
        pairKey(o.buyerPartyId, o.reference ?? ''),
        o,
      ]),
    );
    const inBatch = new Map<string, number>();
    const accepted: OrdersTable[] = [];
    for (const { row, order } of batch) {
      if (order.reference !== null) {
        const key = pairKey(order.buyerPartyId, order.reference);
        const earlier = existing.get(key);
        const earlierRow =
          earlier && earlier.importId !== null && earlier.importId === this.options.importId
            ? earlier.importRow
            : inBatch.get(key);
        if (earlierRow !== undefined && earlierRow !== null) {
          this.options.report(row, {
            field: 'reference',
            message: `${order.buyerPartyId} ${order.reference} is already on row ${earlierRow}`,
          });
          continue;
        }
        if (earlier) {
          this.options.report(row, {
            field: 'reference',
            message: `${order.buyerPartyId} already has an order with reference ${order.reference} (order ${earlier.id})`,
          });
          continue;
        }
        inBatch.set(key, row);
      }
      accepted.push(order);
    }
    await insertOrders(this.tx, accepted);
    this.written += accepted.length;
    this.firstId ??= accepted[0]?.id ?? null;
    this.lastId = accepted.at(-1)?.id ?? this.lastId;
  }
}
