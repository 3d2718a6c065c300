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
