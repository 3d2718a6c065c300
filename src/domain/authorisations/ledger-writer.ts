import type { Tx } from '../../db/database.js';
import {
  changeBalance,
  insertLedgerEntries,
  lockLedgers,
  toBalance,
} from '../../db/repositories/authorisation.repository.js';
import {
  findIdempotencyKeys,
  insertIdempotencyKeysIfAbsent,
} from '../../db/repositories/idempotency.repository.js';
import type { IdempotencyKeysTable, LedgerEntriesTable } from '../../db/schema/authorisations.table.js';
import { actorOf, type Principal } from '../accounts/principal.js';
import type { AuditChange, AuditService } from '../audit/audit.service.js';
import { isoInstant, utcDay, type Clock } from '../clock.js';
import { timeOrderedId } from '../ids.js';
import { unitCount } from '../quantities.js';
import { DomainError } from '../errors.js';
import { replayStored } from '../idempotency/idempotency.js';
import { availableQuantity, availableValue, type Balance, type EntryKind } from './ledger.js';
import { planMovements, type LedgerOrder, type LedgerState, type PlannedEntry } from './movements.js';

/** An entry as stored, its kind typed. */
export type LedgerEntry = Omit<LedgerEntriesTable, 'kind'> & { kind: EntryKind };

export type BalanceView = Balance & { available: number; availableValue: number | null; entryCount: number };

export interface MovementResult {
  entry: LedgerEntry;
  balance: BalanceView;
}

export function balanceView(balance: Balance, entryCount: number): BalanceView {
  return {
    ...balance,
    available: availableQuantity(balance),
    availableValue: availableValue(balance),
    entryCount,
  };
}

/** One movement to write, with who asks and, for a request that carries one, its idempotency key. */
export interface LedgerWrite {
  order: LedgerOrder;
  actor: Principal | undefined;
  idempotency?: { userId: string; key: string; requestHash: string } | undefined;
}

export type LedgerWriteOutcome =
  | { ok: true; statusCode: number; body: MovementResult; replayed: boolean }
  | { ok: false; error: DomainError };

/** Thrown inside the transaction when another instance stored one of its idempotency keys first. */
export class IdempotencyRaceLost extends Error {
  override readonly name = 'IdempotencyRaceLost';
}

/** Thrown when a balance row no longer holds what its lock said it held: the transaction must not commit. */
class BalanceMoved extends Error {
  override readonly name = 'BalanceMoved';
}

function ledgerState(row: Awaited<ReturnType<typeof lockLedgers>>[number]): LedgerState {
  return {
    authority: row.authority,
    number: row.number,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    currency: row.currency,
    balance: toBalance(row),
    entryCount: row.entryCount,
  };
}

function auditChange(entry: LedgerEntry, state: LedgerState): AuditChange {
  return {
    action: `ledger.${entry.kind}`,
    entityType: 'authorisation',
    entityId: entry.authorisationId,
    summary: `${entry.kind} ${unitCount(entry.quantity)} on ${state.authority} ${state.number}${entry.reason ? `: ${entry.reason}` : ''}`,
    changes: {
      entryNo: entry.entryNo,
      kind: entry.kind,
      quantity: entry.quantity,
      value: entry.value,
      reference: entry.reference,
    },
  };
}

/**
 * Writes ledger movements inside one transaction and answers each: an entry with the balance it left, a
 * replay of an earlier answer to the same idempotency key, or the error that refused it. Refusals write
 * nothing and leave the other movements unaffected.
 *
 * The ledgers are locked and read first; the pure rules (`planMovements`) decide every movement in order;
 * then each touched balance row moves once, by a conditional UPDATE of the net change, and the entries, their
 * audit events and the idempotency keys are inserted a batch at a time. The balance rows are locked before
 * the audit chain's head, as every ledger writer does, so concurrent writers cannot deadlock.
 */
export async function writeLedgerMovements(
  tx: Tx,
  deps: { clock: Clock; audit: AuditService },
  writes: readonly LedgerWrite[],
): Promise<LedgerWriteOutcome[]> {
  const outcomes: (LedgerWriteOutcome | undefined)[] = writes.map(() => undefined);

  // Requests already answered: replay the stored answer, or refuse a key reused for another request.
  const keyed = writes.flatMap((w) => (w.idempotency ? [w.idempotency] : []));
  if (keyed.length > 0) {
    const stored = new Map(
      (await findIdempotencyKeys(tx, keyed)).map((row) => [`${row.userId}\u0000${row.key}`, row]),
    );
    writes.forEach((write, i) => {
      const id = write.idempotency;
      const earlier = id && stored.get(`${id.userId}\u0000${id.key}`);
      if (id && earlier) outcomes[i] = replayOutcome(earlier, id.requestHash);
    });
  }

  const pending = writes.flatMap((write, i) => (outcomes[i] ? [] : [{ write, i }]));
  const ids = [...new Set(pending.map((p) => p.write.order.authorisationId))].sort();
  const locked = await lockLedgers(tx, ids);
  const states = new Map(locked.map((row) => [row.id, ledgerState(row)]));
  const now = isoInstant(deps.clock);
  const plan = planMovements(
    states,
    pending.map((p) => p.write.order),
    utcDay(new Date(now)),
  );

  const entries: LedgerEntry[] = [];
  const audited: { actor: Principal | undefined; change: AuditChange }[] = [];
  const keys: IdempotencyKeysTable[] = [];
  pending.forEach(({ write, i }, n) => {
    const planned: PlannedEntry | DomainError | undefined = plan.outcomes[n];
    if (!planned) throw new Error('the ledger plan answered fewer movements than it was given');
    if (planned instanceof DomainError) {
      outcomes[i] = { ok: false, error: planned };
      return;
    }
    const entry: LedgerEntry = {
      id: timeOrderedId(),
      authorisationId: planned.authorisationId,
      entryNo: planned.entryNo,
      kind: planned.movement.kind,
      quantity: planned.movement.quantity,
      value: planned.movement.value,
      reason: write.order.reason ?? null,
      reference: write.order.reference ?? null,
      actor: actorOf(write.actor),
      at: now,
    };
    const state = states.get(entry.authorisationId);
    if (!state) throw new Error(`ledger ${entry.authorisationId} was planned but not read`);
    entries.push(entry);
    audited.push({ actor: write.actor, change: auditChange(entry, state) });
    const body: MovementResult = { entry, balance: balanceView(planned.balanceAfter, planned.entryNo) };
    outcomes[i] = { ok: true, statusCode: 201, body, replayed: false };
    if (write.idempotency) {
      keys.push({
        key: write.idempotency.key,
        userId: write.idempotency.userId,
        requestHash: write.idempotency.requestHash,
        statusCode: 201,
        response: JSON.stringify(body),
        createdAt: now,
      });
    }
  });

  for (const [authorisationId, { before, after }] of plan.changed) {
    const moved = await changeBalance(
      tx,
      authorisationId,
      { ...before.balance, entryCount: before.entryCount },
      { ...after.balance, entryCount: after.entryCount },
      now,
    );
    if (!moved) throw new BalanceMoved(`the balance of ${authorisationId} changed while it was locked`);
  }
  await insertLedgerEntries(tx, entries satisfies LedgerEntriesTable[]);
  await deps.audit.recordAll(tx, audited);
  if ((await insertIdempotencyKeysIfAbsent(tx, keys)) < keys.length) {
    throw new IdempotencyRaceLost('another request with the same Idempotency-Key was stored first');
  }
  return outcomes.map((outcome) => {
    if (!outcome) throw new Error('a ledger movement was left without an answer');
    return outcome;
  });
}

/** The answer stored for an idempotency key, if the request is the same one; otherwise its refusal. */
export function replayOutcome(stored: IdempotencyKeysTable, requestHash: string): LedgerWriteOutcome {
  try {
    return { ok: true, ...replayStored<MovementResult>(stored, requestHash) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error };
    throw error;
  }
}
