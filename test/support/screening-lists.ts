/**
 * Small restricted-party list files for the screening tests, derived at run time from the real CSL
 * snapshot in ../shared/data/lists: a subset of its rows, with entries added, changed or removed, and
 * broken copies (truncated, not a list).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ListFileInput } from '../../src/domain/screening/lists/read-list.js';
import { sharedListsDir } from './shared-lists.js';

export const listsDir = sharedListsDir;
export const cslSnapshot = path.join(listsDir, 'consolidated-2022-05.csv.gz');

export type CslRow = Record<string, string>;

let cached: { header: string[]; rows: CslRow[] } | undefined;

/** The whole snapshot, parsed once per test file. */
export function cslSnapshotRows(): { header: string[]; rows: CslRow[] } {
  if (!cached) {
    const text = gunzipSync(fs.readFileSync(cslSnapshot)).toString('utf8');
    const records: string[][] = parse(text, { bom: true, relax_column_count: true });
    const [header, ...data] = records;
    if (!header) throw new Error('the CSL snapshot is empty');
    cached = {
      header,
      rows: data.map((fields) => Object.fromEntries(header.map((column, i) => [column, fields[i] ?? '']))),
    };
  }
  return cached;
}

/** A CSL row of our own, on the Entity List unless said otherwise. */
export function cslRow(fields: Partial<CslRow> & { _id: string; name: string }): CslRow {
  return {
    source: 'Entity List (EL) - Bureau of Industry and Security',
    type: 'Entity',
    addresses: 'Shenzhen, CN',
    start_date: '2022-05-01',
    license_requirement: 'For all items subject to the EAR.',
    license_policy: 'Presumption of denial.',
    ...fields,
  };
}

/** The rows as a CSL CSV file with the snapshot's header. */
export function cslCsv(rows: readonly CslRow[]): Buffer {
  const { header } = cslSnapshotRows();
  return Buffer.from(
    stringify(
      rows.map((row) => header.map((column) => row[column] ?? '')),
      { header: true, columns: header },
    ),
    'utf8',
  );
}

/** Bytes as a list file the loader can open as often as it likes. */
export function listFile(name: string, bytes: Buffer): ListFileInput {
  return { name, open: () => Readable.from([bytes]) };
}

/** The file cut inside a quoted value half-way through: a download that broke off. */
export function truncated(bytes: Buffer): Buffer {
  const text = bytes.toString('utf8');
  let at = Math.floor(text.length / 2);
  // Cut just after an opening quote so the parser meets an unclosed quote at the end.
  const quote = text.indexOf(',"', at);
  if (quote > 0) at = quote + 2;
  return Buffer.from(text.slice(0, at), 'utf8');
}
