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

/**
 * Appends one event to the hash chain. Takes a transaction because the event must commit with the change it
 * records. The head row's update is the first write: on PostgreSQL its row lock queues concurrent writers
 * from every app instance; on SQLite the write lock does the same.
 */
export async function appendAuditEvent(tx: Tx, event: NewAuditEvent): Promise<ChainedAuditEvent> {
  const head = await tx
    .updateTable('auditHead')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const content = {
    seq: head.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    summary: event.summary,
    changes: JSON.stringify(event.changes ?? null),
    ruleSetVersion: event.ruleSetVersion,
  };
  const hash = hashAuditEvent(head.hash, content);
  const row: ChainedAuditEvent = { ...content, prevHash: head.hash, hash };
  await tx.insertInto('auditEvents').values(row).execute();
  await tx.updateTable('auditHead').set({ hash }).where('id', '=', 1).execute();
  return row;
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
