export interface AuthorisationsTable {
  id: string;
  kind: string;
  authority: string;
  number: string;
  holderPartyId: string;
  validFrom: string;
  validUntil: string;
  /** ISO 4217 when the authorisation limits value. */
  currency: string | null;
  /** The validated NewAuthorisation as JSON. */
  terms: string;
  createdAt: string;
}

export interface AuthorisationBalancesTable {
  authorisationId: string;
  authorisedQuantity: number;
  reservedQuantity: number;
  usedQuantity: number;
  /** Units returned after shipment: never more than `usedQuantity`, and restoring nothing. */
  returnedQuantity: number;
  /** 0/1. */
  valueLimited: number;
  authorisedValue: number;
  reservedValue: number;
  usedValue: number;
  entryCount: number;
  updatedAt: string;
}

export interface LedgerEntriesTable {
  id: string;
  authorisationId: string;
  /** 1, 2, 3 … per authorisation: the order the balance saw the entries in. */
  entryNo: number;
  kind: string;
  quantity: number;
  value: number;
  reason: string | null;
  reference: string | null;
  actor: string;
  at: string;
}

export interface ReferenceShipmentsTable {
  id: string;
  authorisationId: string;
  customerPartyId: string;
  quantity: number;
  shippedOn: string;
  reference: string;
  recordedAt: string;
}

export interface IdempotencyKeysTable {
  key: string;
  userId: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  requestHash: string;
  statusCode: number;
  response: string;
  createdAt: string;
}
