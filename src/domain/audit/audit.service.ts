import type { Db, Tx } from '../../db/database.js';
import {
  appendAuditEvents,
  listAuditEvents,
  readAuditHead,
  streamAuditChain,
  type AuditFilter,
} from '../../db/repositories/audit.repository.js';
import { actorOf, type Principal } from '../accounts/principal.js';
import { isoInstant, type Clock } from '../clock.js';
import { ChainVerifier, describeChainBreak, type ChainBreak, type ChainedAuditEvent } from './audit-chain.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  changes: unknown;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  headSeq: number;
  firstBreak: (ChainBreak & { description: string }) | null;
}

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Db; clock: Clock; ruleSetVersionNow: () => string }) {
  return {
    /** Records a change inside the transaction that makes it. */
    async record(tx: Tx, actor: Principal | undefined, change: AuditChange): Promise<ChainedAuditEvent> {
      const [event] = await this.recordAll(tx, [{ actor, change }]);
      if (!event) throw new Error('the audit chain appended no event');
      return event;
    },

    /** Records several changes, in order, inside the transaction that makes them. */
    recordAll(
      tx: Tx,
      changes: readonly { actor: Principal | undefined; change: AuditChange }[],
    ): Promise<ChainedAuditEvent[]> {
      const at = isoInstant(deps.clock);
      const ruleSetVersion = deps.ruleSetVersionNow();
      return appendAuditEvents(
        tx,
        changes.map(({ actor, change }) => ({ ...change, at, actor: actorOf(actor), ruleSetVersion })),
      );
    },

    list(filter: AuditFilter): Promise<ChainedAuditEvent[]> {
      return listAuditEvents(deps.db, filter);
    },

    /** Recomputes the whole chain and names the first broken link. */
    async verify(): Promise<AuditVerification> {
      const verifier = new ChainVerifier();
      let brk: ChainBreak | undefined;
      for await (const event of streamAuditChain(deps.db)) {
        brk = verifier.next(event);
        if (brk) break;
      }
      const head = await readAuditHead(deps.db);
      brk ??= verifier.finish(head);
      return {
        ok: !brk,
        eventsChecked: verifier.checked,
        headSeq: head.seq,
        firstBreak: brk ? { ...brk, description: describeChainBreak(brk) } : null,
      };
    },
  };
}
