import type { Db } from '../db/database.js';
import {
  countAttempt,
  deleteEndedWindows,
  readAttempts,
  type RateLimitCount,
} from '../db/repositories/rate-limit.repository.js';
import type { Clock } from '../domain/clock.js';

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause));
}

/**
 * A store for @fastify/rate-limit that keeps its windows in the application's database, on both engines:
 * every instance sharing a PostgreSQL database (or processes sharing a SQLite file) counts the same
 * attempts, so a limit cannot be multiplied by spreading attempts over instances. Time comes from the
 * application's clock. If the database cannot count, the request fails rather than going unlimited.
 */
export function databaseRateLimitStore(db: Db, clock: Clock) {
  const answer = (count: RateLimitCount | undefined, nowMs: number) =>
    count
      ? { current: count.attempts, ttl: Math.max(0, count.windowEndsAt - nowMs) }
      : { current: 0, ttl: 0 };

  return class DatabaseRateLimitStore {
    incr(key: string, callback: StoreCallback, timeWindow: number): void {
      const nowMs = clock().getTime();
      const counted = countAttempt(db, key, nowMs, timeWindow).then(async (count) => {
        // A window just opened: sweep the ones that ended, so the table holds only live windows.
        if (count.attempts === 1) await deleteEndedWindows(db, nowMs);
        return count;
      });
      counted.then(
        (count) => callback(null, answer(count, nowMs)),
        (cause: unknown) => callback(asError(cause)),
      );
    }

    read(key: string, callback: StoreCallback): void {
      const nowMs = clock().getTime();
      readAttempts(db, key, nowMs).then(
        (count) => callback(null, answer(count, nowMs)),
        (cause: unknown) => callback(asError(cause)),
      );
    }

    /** Routes share the one store: each route's key says what it limits. */
    child(): this {
      return this;
    }
  };
}
