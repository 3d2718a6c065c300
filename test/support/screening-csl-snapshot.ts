/**
 * The May 2022 Consolidated Screening List snapshot (14,160 rows) as list entries, read by the list
 * loader, for the matcher's evaluation and benchmark. Read once per process.
 */
import fs from 'node:fs';
import type { ListEntry } from '../../src/domain/screening/list-entry.js';
import { readList } from '../../src/domain/screening/lists/read-list.js';
import path from 'node:path';
import { sharedListsDir } from './shared-lists.js';

export const cslSnapshotPath = path.join(sharedListsDir, 'consolidated-2022-05.csv.gz');

let cached: Promise<ListEntry[]> | undefined;

export function cslSnapshotEntries(): Promise<ListEntry[]> {
  cached ??= readList([
    { name: 'consolidated-2022-05.csv.gz', open: () => fs.createReadStream(cslSnapshotPath) },
  ]).then((list) => list.entries);
  return cached;
}
