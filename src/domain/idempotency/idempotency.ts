import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import { findIdempotencyKey, insertIdempotencyKey } from '../../db/repositories/idempotency.repository.js';
import type { IdempotencyKeysTable } from '../../db/schema/authorisations.table.js';
import { inTransaction } from '../../db/transaction.js';
import type { Clock } from '../clock.js';
import { DomainError } from '../errors.js';

/** A client's name for one logical request: retries send the same key and get the first answer. */
export const idempotencyKeySchema = z
  .string()
  .min(8, 'use at least 8 characters, e.g. a UUID')
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'use printable ASCII without spaces');

export interface IdempotentRequest {
  key: string;
  userId: string;
  /** Method, path and body: the same key sent with a different request is refused. */
  fingerprint: unknown;
}

export interface StoredResponse<T> {
  statusCode: number;
  body: T;
  /** True when this answer replays an earlier request's. */
  replayed: boolean;
}

/** What a stored key is compared with: the same key sent with a different request is refused. */
export function requestHashOf(fingerprint: unknown): string {
  return createHash('sha256').update(JSON.stringify(fingerprint)).digest('hex');
}

/** The answer stored for a key, when `requestHash` is the same request; IDEMPOTENCY_KEY_REUSED otherwise. */
export function replayStored<T>(stored: IdempotencyKeysTable, requestHash: string): StoredResponse<T> {
  if (stored.requestHash !== requestHash) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  return { statusCode: stored.statusCode, body: JSON.parse(stored.response) as T, replayed: true };
}

/**
 * Runs `work` once per idempotency key. The key is stored in the same transaction as the effect, so a
 * request either happened with its key recorded or did not happen at all. A retry with the same key and
 * the same request gets the stored answer; with a different request, IDEMPOTENCY_KEY_REUSED. Two copies
 * racing on PostgreSQL: the second insert of the key fails, its transaction (and effect) rolls back, and
 * it answers with the first one's response. A failed request stores nothing, so it may be retried.
 */
export async function runIdempotent<T>(
  db: Db,
  clock: Clock,
  request: IdempotentRequest | undefined,
  work: (tx: Tx) => Promise<{ statusCode: number; body: T }>,
): Promise<StoredResponse<T>> {
  if (!request) return { ...(await inTransaction(db, work)), replayed: false };
  const requestHash = requestHashOf(request.fingerprint);
  const replay = async (): Promise<StoredResponse<T> | undefined> => {
    const stored = await findIdempotencyKey(db, request.userId, request.key);
    return stored && replayStored<T>(stored, requestHash);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const result = await inTransaction(db, async (tx) => {
      const outcome = await work(tx);
      await insertIdempotencyKey(tx, {
        key: request.key,
        userId: request.userId,
        requestHash,
        statusCode: outcome.statusCode,
        response: JSON.stringify(outcome.body),
        createdAt: clock().toISOString(),
      });
      return outcome;
    });
    return { ...result, replayed: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
