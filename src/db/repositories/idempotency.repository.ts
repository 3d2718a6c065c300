import type { Executor, Tx } from '../database.js';
import type { IdempotencyKeysTable } from '../schema/authorisations.table.js';

export function findIdempotencyKey(
  db: Executor,
  userId: string,
  key: string,
): Promise<IdempotencyKeysTable | undefined> {
  return db
    .selectFrom('idempotencyKeys')
    .selectAll()
    .where('userId', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertIdempotencyKey(tx: Tx, row: IdempotencyKeysTable): Promise<void> {
  await tx.insertInto('idempotencyKeys').values(row).execute();
}

/** The stored keys among `keys`, for one batch of requests from possibly several users. */
export async function findIdempotencyKeys(
  db: Executor,
  keys: readonly { userId: string; key: string }[],
): Promise<IdempotencyKeysTable[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('idempotencyKeys')
    .selectAll()
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const wanted = new Set(keys.map((k) => `${k.userId}\u0000${k.key}`));
  return rows.filter((row) => wanted.has(`${row.userId}\u0000${row.key}`));
}

/**
 * Stores keys, skipping any already stored (on PostgreSQL: also any another instance stored first, once
 * its transaction commits). Returns how many this call stored, so the caller sees a race it lost.
 */
export async function insertIdempotencyKeysIfAbsent(
  tx: Tx,
  rows: readonly IdempotencyKeysTable[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx
    .insertInto('idempotencyKeys')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
