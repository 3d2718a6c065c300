import { sql } from 'kysely';
import type { Executor } from '../database.js';

export interface RateLimitCount {
  /** Attempts counted in the current window, this one included. */
  attempts: number;
  /** When the window ends, in milliseconds since the epoch. */
  windowEndsAt: number;
}

/**
 * Counts one attempt against `limitKey` in a single statement: it opens a window of `windowMs` when there
 * is none or the last one has ended, else adds to it. One statement, so concurrent attempts from several
 * instances are each counted exactly once (PostgreSQL locks the row; SQLite has one writer) without a
 * transaction of their own.
 */
export async function countAttempt(
  db: Executor,
  limitKey: string,
  nowMs: number,
  windowMs: number,
): Promise<RateLimitCount> {
  const ended = sql<boolean>`rate_limit_windows.window_ends_at <= ${nowMs}`;
  return db
    .insertInto('rateLimitWindows')
    .values({ limitKey, attempts: 1, windowEndsAt: nowMs + windowMs })
    .onConflict((conflict) =>
      conflict.column('limitKey').doUpdateSet({
        attempts: sql<number>`case when ${ended} then 1 else rate_limit_windows.attempts + 1 end`,
        windowEndsAt: sql<number>`case when ${ended} then excluded.window_ends_at else rate_limit_windows.window_ends_at end`,
      }),
    )
    .returning(['attempts', 'windowEndsAt'])
    .executeTakeFirstOrThrow();
}

/** The current window of `limitKey` without counting an attempt; undefined when none is open. */
export async function readAttempts(
  db: Executor,
  limitKey: string,
  nowMs: number,
): Promise<RateLimitCount | undefined> {
  return db
    .selectFrom('rateLimitWindows')
    .select(['attempts', 'windowEndsAt'])
    .where('limitKey', '=', limitKey)
    .where('windowEndsAt', '>', nowMs)
    .executeTakeFirst();
}

/** Housekeeping: windows that ended before `nowMs` count nothing any more. */
export async function deleteEndedWindows(db: Executor, nowMs: number): Promise<void> {
  await db.deleteFrom('rateLimitWindows').where('windowEndsAt', '<=', nowMs).execute();
}
