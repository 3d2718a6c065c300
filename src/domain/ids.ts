import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/** Random bytes drawn in bulk: one system call per 256 ids rather than one per id. */
const pool = new Uint8Array(16 * 256);
let used = pool.length;

/** The millisecond and counter of the last id, so that ids made within one millisecond still ascend. */
let lastMsecs = -Infinity;
let sequence = 0;

/**
 * A UUIDv7: time-ordered, so rows keyed by it append to the end of their index instead of landing on a
 * random page of it (append-only ledgers stay compact and their commits write few pages). Within one
 * millisecond the counter field counts up (RFC 9562 §6.2, method 1), so ids made by one process ascend
 * strictly: thousands of orders imported in one millisecond list and export in the file's order.
 */
export function timeOrderedId(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.subarray(used, used + 16);
  used += 16;
  const now = Date.now();
  if (now > lastMsecs) {
    lastMsecs = now;
    // A random start leaves room to count up; the top bit is clear so the counter cannot overflow at once.
    sequence =
      (((random[6] ?? 0) & 0x7f) << 24) |
      ((random[7] ?? 0) << 16) |
      ((random[8] ?? 0) << 8) |
      (random[9] ?? 0);
  } else {
    sequence = (sequence + 1) | 0;
    if (sequence === 0) lastMsecs += 1;
  }
  return v7({ random, msecs: lastMsecs, seq: sequence });
}
