import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/** Random bytes drawn in bulk: one system call per 256 ids rather than one per id. */
const pool = new Uint8Array(16 * 256);
let used = pool.length;

/**
 * A UUIDv7: time-ordered, so rows keyed by it append to the end of their index instead of landing on a
 * random page of it (append-only ledgers stay compact and their commits write few pages).
 */
export function timeOrderedId(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.subarray(used, used + 16);
  used += 16;
  return v7({ random });
}
