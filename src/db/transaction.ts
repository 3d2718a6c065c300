import type { Db, Tx } from './database.js';

/**
 * Runs `work` in one transaction: everything it writes, audit events included, commits together or not
 * at all. Services call this instead of reaching for `db.transaction()` so the engine-specific way to
 * begin stays here.
 */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/**
 * Runs `work` in a transaction and always rolls it back, returning what `work` returned: a dry run that
 * goes through exactly the path the real run takes, so its verdict cannot drift from the real one.
 */
export async function inRolledBackTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const rollback = new Error('rolled back on purpose');
  let outcome: { result: T } | undefined;
  try {
    await db.transaction().execute(async (tx) => {
      outcome = { result: await work(tx) };
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  if (!outcome) throw new Error('a rolled-back transaction ended without its result');
  return outcome.result;
}
