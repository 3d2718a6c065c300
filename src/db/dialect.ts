import { PostgresAdapter } from 'kysely';
import type { Executor } from './database.js';

/**
 * Whether a query runs on PostgreSQL, for the few repository functions whose SQL must differ by engine
 * (row locks: SQLite has no `FOR UPDATE`, its write lock already covers the whole database).
 */
export function isPostgres(executor: Executor): boolean {
  return executor.getExecutor().adapter instanceof PostgresAdapter;
}
