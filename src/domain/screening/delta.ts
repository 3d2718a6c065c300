import { createHash } from 'node:crypto';
import type { ListEntry } from './list-entry.js';

/** JSON with object keys sorted at every level: the same entry always serialises to the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of an entry's content: equal in two versions of a list exactly when nothing about the entry
 * changed (names, aliases, addresses, programs, remarks…), whatever order the loader built its keys in.
 */
export function entryContentHash(entry: ListEntry): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

export interface ListDelta {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/**
 * What a new version of a list changes against the previous one, by entry id and content hash: entries
 * only in the new one are added, in both with different hashes changed, only in the old one removed.
 */
export function listDelta(
  previous: ReadonlyMap<string, string>,
  next: Iterable<{ id: string; contentHash: string }>,
): ListDelta {
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const { id, contentHash } of next) {
    seen.add(id);
    const before = previous.get(id);
    if (before === undefined) added.push(id);
    else if (before !== contentHash) changed.push(id);
    else unchanged += 1;
  }
  const removed = [...previous.keys()].filter((id) => !seen.has(id));
  return { added, changed, removed, unchanged };
}
