import { createHash } from 'node:crypto';

/** The hash that precedes the first event, so an empty trail and the first link verify alike. */
export const genesisHash = '0'.repeat(64);

/** The fields an event's hash covers: all of them, in a fixed order. */
export interface AuditEventContent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  changes: string;
  ruleSetVersion: string;
}

export interface ChainedAuditEvent extends AuditEventContent {
  prevHash: string;
  hash: string;
}

/** SHA-256 over the previous hash and the event, serialised as a JSON array so no field can bleed into another. */
export function hashAuditEvent(prevHash: string, event: AuditEventContent): string {
  const canonical = JSON.stringify([
    prevHash,
    event.seq,
    event.at,
    event.actor,
    event.action,
    event.entityType,
    event.entityId,
    event.summary,
    event.changes,
    event.ruleSetVersion,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainBreak =
  | { kind: 'gap'; seq: number; expectedSeq: number }
  | { kind: 'link'; seq: number; expectedPrevHash: string; actualPrevHash: string }
  | { kind: 'hash'; seq: number; expectedHash: string; actualHash: string }
  | { kind: 'head'; seq: number; message: string };

/**
 * Walks events in order, carrying the state between pages so a trail of any length verifies in bounded
 * memory. Returns the first broken link, or undefined while the chain holds.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = genesisHash;
  checked = 0;

  /** Feeds the next event; returns the break it reveals, if any. */
  next(event: ChainedAuditEvent): ChainBreak | undefined {
    if (event.seq !== this.expectedSeq) return { kind: 'gap', seq: event.seq, expectedSeq: this.expectedSeq };
    if (event.prevHash !== this.prevHash) {
      return {
        kind: 'link',
        seq: event.seq,
        expectedPrevHash: this.prevHash,
        actualPrevHash: event.prevHash,
      };
    }
    const recomputed = hashAuditEvent(event.prevHash, event);
    if (recomputed !== event.hash) {
      return { kind: 'hash', seq: event.seq, expectedHash: recomputed, actualHash: event.hash };
    }
    this.prevHash = event.hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return undefined;
  }

  /** Checks the recorded head against the last verified event: a trail cut short at its end shows here. */
  finish(head: { seq: number; hash: string }): ChainBreak | undefined {
    const lastSeq = this.expectedSeq - 1;
    if (head.seq !== lastSeq || head.hash !== this.prevHash) {
      return {
        kind: 'head',
        seq: head.seq,
        message: `the chain head records event ${head.seq} but the trail ends at event ${lastSeq}${
          head.seq === lastSeq ? ' with a different hash' : ''
        }`,
      };
    }
    return undefined;
  }
}

/** One sentence naming the first broken link, for the CLI and the API. */
export function describeChainBreak(brk: ChainBreak): string {
  switch (brk.kind) {
    case 'gap':
      return `event ${brk.expectedSeq} is missing (the next event found is ${brk.seq})`;
    case 'link':
      return `event ${brk.seq} does not link to event ${brk.seq - 1}: its previous-hash field was changed`;
    case 'hash':
      return `event ${brk.seq} was altered: its content no longer matches its hash`;
    case 'head':
      return brk.message;
  }
}
