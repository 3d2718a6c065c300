import type { ChainedAuditEvent } from '../../domain/audit/audit-chain.js';
import { hashAuditEvent } from '../../domain/audit/audit-chain.js';
import type { Executor, Tx } from '../database.js';

export interface NewAuditEvent {
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  changes: unknown;
  ruleSetVersion: string;
}

/** 11 columns × 1,000 rows stays inside both engines' limits on bound parameters. */
const eventsPerInsert = 1000;

/**
 * Appends events to the hash chain, in order. Takes a transaction because the events must commit with the
 * change they record. The head row's update takes the chain's lock: on PostgreSQL its row lock queues
 * concurrent writers from every app instance until commit; on SQLite the write lock does the same. Writers
 * that also lock other rows take the head last, so no two wait on each other in a circle.
 */
export async function appendAuditEvents(
  tx: Tx,
  events: readonly NewAuditEvent[],
): Promise<ChainedAuditEvent[]> {
  if (events.length === 0) return [];
  const head = await tx
    .updateTable('auditHead')
    .set((eb) => ({ seq: eb('seq', '+', events.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  let prevHash = head.hash;
  const firstSeq = head.seq - events.length + 1;
  const rows = events.map((event, i): ChainedAuditEvent => {
    const content = {
      seq: firstSeq + i,
      at: event.at,
      actor: event.actor,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      summary: event.summary,
      changes: JSON.stringify(event.changes ?? null),
      ruleSetVersion: event.ruleSetVersion,
    };
    const row = { ...content, prevHash, hash: hashAuditEvent(prevHash, content) };
    prevHash = row.hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += eventsPerInsert) {
    await tx
      .insertInto('auditEvents')
      .values(rows.slice(i, i + eventsPerInsert))
      .execute();
  }
  await tx.updateTable('auditHead').set({ hash: prevHash }).where('id', '=', 1).execute();
  return rows;
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  /** Inclusive lower bound, ISO-8601 UTC. */
  from?: string | undefined;
  /** Exclusive upper bound, ISO-8601 UTC. */
  to?: string | undefined;
  /** Return events with seq below this (newest first paging). */
  beforeSeq?: number | undefined;
  limit: number;
}

/** Newest first, filtered; paging by `beforeSeq` stays stable while events are appended. */
export async function listAuditEvents(db: Executor, filter: AuditFilter): Promise<ChainedAuditEvent[]> {
  let query = db.selectFrom('auditEvents').selectAll();
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  return query.orderBy('seq', 'desc').limit(filter.limit).execute();
}

/** Events in chain order, one page at a time, for verification in bounded memory. */
export async function* streamAuditChain(db: Executor, pageSize = 2000): AsyncGenerator<ChainedAuditEvent> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    for (const event of page) yield event;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

export async function readAuditHead(db: Executor): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}
