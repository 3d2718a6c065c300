import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  findOrder,
  insertOrders,
  listOrders,
  ordersWithReferences,
  streamOrders,
  type OrderRowFilter,
} from '../../db/repositories/order.repository.js';
import type { OrdersTable } from '../../db/schema/orders.table.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import type { CsvImportOptions, CsvImportResult } from '../csv/csv-import.js';
import { DomainError, notFound, type ErrorDetail } from '../errors.js';
import { unitCount } from '../quantities.js';
import { parseInput } from '../validation.js';
import { importOrdersCsv } from './order-import.js';
import { OrderBatchWriter, OrderChecks, newOrderRow } from './order-writer.js';
import {
  newOrderSchema,
  orderFilterSchema,
  orderStatuses,
  type NewOrder,
  type Order,
  type OrderFilter,
  type OrderStatus,
  type OrderTier,
} from './order.js';

function toOrder(row: OrdersTable): Order {
  return {
    id: row.id,
    buyerPartyId: row.buyerPartyId,
    productId: row.productId,
    quantity: row.quantity,
    period: row.period,
    tier: row.tier as OrderTier,
    reference: row.reference ?? undefined,
    // Statuses a later version adds read as themselves; the cast only satisfies today's type.
    status: (orderStatuses as readonly string[]).includes(row.status) ? (row.status as OrderStatus) : 'open',
    awarded: row.awarded,
    lastRoundId: row.lastRoundId,
    createdAt: row.createdAt,
  };
}

/** A buyer's list is its own party's orders whatever it asks for; other readers filter freely. */
function rowFilter(principal: Principal, filter: OrderFilter): OrderRowFilter {
  return {
    ...filter,
    buyerPartyId: principal.role === 'buyer' ? (principal.partyId ?? '') : filter.buyerPartyId,
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;

/** Buyers' orders: the demand that allocation rounds will serve. */
export function createOrdersService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  return {
    /** Orders matching the filter, newest first; a buyer gets only its own party's. */
    async list(principal: Principal, rawFilter: z.input<typeof orderFilterSchema> = {}): Promise<Order[]> {
      const filter = parseInput(orderFilterSchema, rawFilter);
      return (await listOrders(db, rowFilter(principal, filter))).map(toOrder);
    },

    /** The same list, oldest first and streamed in bounded memory for export; limit and offset do not apply. */
    async *stream(
      principal: Principal,
      rawFilter: z.input<typeof orderFilterSchema> = {},
    ): AsyncGenerator<Order> {
      const filter = parseInput(orderFilterSchema, rawFilter);
      const { limit: _limit, offset: _offset, ...all } = rowFilter(principal, filter);
      for await (const row of streamOrders(db, all)) yield toOrder(row);
    },

    /** One order. Another party's order does not exist for a buyer, so ids reveal nothing. */
    async get(principal: Principal, id: string): Promise<Order> {
      const row = await findOrder(db, id);
      if (!row || (principal.role === 'buyer' && row.buyerPartyId !== principal.partyId))
        throw notFound('Order', id);
      return toOrder(row);
    },

    /**
     * Places one order (audited). A buyer account orders for its own party only; the buyer party must hold
     * the buyer role and the product must exist. A reference the buyer already used is refused (CONFLICT).
     */
    async create(raw: z.input<typeof newOrderSchema>, actor: Principal | undefined): Promise<Order> {
      const input: NewOrder = parseInput(newOrderSchema, raw);
      if (actor?.role === 'buyer' && actor.partyId !== input.buyerPartyId)
        throw new DomainError('FORBIDDEN', 'A buyer account may place orders for its own party only.');
      return inTransaction(db, async (tx) => {
        const problems = await new OrderChecks(tx).problemsOf(input, actor);
        if (problems.length > 0) throw refused(problems.map((p) => ({ path: p.field, message: p.message })));
        if (input.reference !== undefined) {
          const [taken] = await ordersWithReferences(tx, [
            { buyerPartyId: input.buyerPartyId, reference: input.reference },
          ]);
          if (taken)
            throw new DomainError(
              'CONFLICT',
              `${input.buyerPartyId} already has an order with reference ${input.reference} (order ${taken.id}).`,
              [{ path: 'reference', message: 'already used by this buyer' }],
            );
        }
        const row = newOrderRow(input, isoInstant(clock), { importId: null, row: null });
        await insertOrders(tx, [row]);
        const order = toOrder(row);
        await audit.record(tx, actor, {
          action: 'order.created',
          entityType: 'order',
          entityId: order.id,
          summary: `${input.buyerPartyId} ordered ${unitCount(order.quantity)} of ${order.productId} for ${order.period} (${order.tier})`,
          changes: { after: order },
        });
        return order;
      });
    },

    /**
     * Places many orders in one transaction through the import's batch path, all or nothing, with one audit
     * event: for seeding and scripts. Problems name the order by its index in the list.
     */
    async createMany(
      raws: readonly z.input<typeof newOrderSchema>[],
      actor: Principal | undefined,
      label: string,
    ): Promise<{ count: number; auditEventSeq: number }> {
      const orders = raws.map((raw, index) => {
        try {
          return parseInput(newOrderSchema, raw);
        } catch (error) {
          if (error instanceof DomainError)
            throw refused(error.details.map((d) => ({ ...d, path: `[${index}].${d.path ?? ''}` })));
          throw error;
        }
      });
      return inTransaction(db, async (tx) => {
        const problems: ErrorDetail[] = [];
        const writer = new OrderBatchWriter(tx, {
          now: isoInstant(clock),
          principal: actor,
          importId: null,
          report: (index, problem) =>
            problems.push({ path: `[${index}].${problem.field}`, message: problem.message }),
        });
        for (const [index, order] of orders.entries()) await writer.add(index, order);
        await writer.flush();
        if (problems.length > 0) throw refused(problems);
        const units = orders.reduce((sum, order) => sum + order.quantity, 0);
        const event = await audit.record(tx, actor, {
          action: 'orders.created',
          entityType: 'order-batch',
          entityId: writer.firstId ?? 'none',
          summary: `${label}: ${orders.length.toLocaleString('en-US')} orders for ${unitCount(units)}`,
          changes: { label, count: orders.length, firstOrderId: writer.firstId, lastOrderId: writer.lastId },
        });
        return { count: writer.written, auditEventSeq: event.seq };
      });
    },

    /**
     * Imports orders from CSV, all or nothing; see order-import.ts. With `dryRun`, checks the whole file,
     * unknown parties and products and references already used included, and writes nothing.
     */
    importCsv(
      source: Readable,
      options: CsvImportOptions,
      actor: Principal | undefined,
    ): Promise<CsvImportResult> {
      return importOrdersCsv({ db, clock, audit }, source, options, actor);
    },
  };
}

function refused(details: ErrorDetail[]): DomainError {
  const first = details[0];
  return new DomainError(
    'VALIDATION_FAILED',
    first ? `${first.path ?? 'input'}: ${first.message}` : 'invalid order',
    details,
  );
}
