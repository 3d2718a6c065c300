export interface AuditEventsTable {
  /** Position in the hash chain, from 1 without gaps. */
  seq: number;
  at: string;
  /** `user:<id>` or `system`. */
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  /** JSON of the change (before/after or the created record). */
  changes: string;
  ruleSetVersion: string;
  prevHash: string;
  hash: string;
}

/** One row that holds the chain's head, so concurrent writers queue on a row lock. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}
