import type { Db, Tx } from './database.js';

/**
 * Runs `work` in one transaction: everything it writes, audit events included, commits together or not
 * at all. Services call this instead of reaching for `db.transaction()` so the engine-specific way to
 * begin stays here.
 */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
