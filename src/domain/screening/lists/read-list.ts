import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import StreamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { describeCsvError } from '../../csv/csv-import.js';
import { DomainError } from '../../errors.js';
import type { ListEntry, ListKind } from '../list-entry.js';
import { cslJsonEntry, cslRequiredColumns, cslRowEntry, type JsonValue } from './csl.js';
import { buildEntry, type RawEntry } from './entry-builder.js';
import { OfacAssembler, ofacFileOfWidth, ofacFiles, type OfacFile } from './ofac.js';

/** A list file as it arrives: raw bytes, gzip or not. */
export interface ListFileInput {
  /** The name problems are reported under. */
  name: string;
  open: () => Readable;
}

export interface LoadedList {
  kind: ListKind;
  /** In file order; ids unique. */
  entries: ListEntry[];
  /** Each file with the SHA-256 of its bytes as received and the rows it held. */
  files: { name: string; sha256: string; rows: number }[];
}

type Format = { kind: 'csl'; syntax: 'csv' | 'tsv' | 'json' } | { kind: 'ofac'; file: OfacFile };

/** Reports progress this often, in rows. */
const progressEvery = 1000;
/** Enough of a file's start to tell what it is. */
const sniffBytes = 64 * 1024;
/** No list row is longer; an unclosed quote fails at once instead of buffering the rest of the file. */
const maxRowChars = 1_000_000;

function invalid(path: string, message: string): DomainError {
  return new DomainError('LIST_INVALID', `${path}: ${message}`, [{ path, message }]);
}

/** A stream's bytes, the first ones given back after being read ahead, and a running SHA-256 of all. */
async function* withPrefix(prefix: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* prefix;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function readAhead(source: AsyncIterator<Buffer>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < sniffBytes) {
    const next = await source.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
    if (next.value.includes(10)) break;
  }
  return chunks;
}

interface Opened {
  format: Format;
  /** The text bytes (decompressed), from the start. */
  bytes: Readable;
  /** The file's first characters, as read to recognise it. */
  start: string;
  sha256: () => string;
}

/** Opens a file, undoes gzip when its first bytes say so, and tells which list file it is from its content. */
async function open(input: ListFileInput): Promise<Opened> {
  const hash = createHash('sha256');
  const raw = input.open();
  const hashed = (async function* () {
    for await (const chunk of raw as AsyncIterable<Buffer>) {
      hash.update(chunk);
      yield chunk;
    }
  })();
  let head = await readAhead(hashed);
  let text: AsyncIterator<Buffer> = hashed;
  const first = Buffer.concat(head);
  if (first[0] === 0x1f && first[1] === 0x8b) {
    const gunzip = createGunzip();
    Readable.from(withPrefix(head, hashed)).pipe(gunzip);
    text = gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      head = await readAhead(text);
    } catch (error) {
      throw invalid(input.name, `the compressed file cannot be read (${(error as Error).message})`);
    }
  }
  const start = Buffer.concat(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const format = detect(input.name, start);
  const bytes = Readable.from(withPrefix(head, text));
  return { format, bytes, start, sha256: () => hash.digest('hex') };
}

function detect(name: string, start: string): Format {
  const trimmed = start.trimStart();
  if (trimmed === '') throw invalid(name, 'the file is empty');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { kind: 'csl', syntax: 'json' };
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t') && /(^|\t)_id(\t|$)/.test(firstLine)) return { kind: 'csl', syntax: 'tsv' };
  if (/^"?_id"?,/.test(firstLine)) return { kind: 'csl', syntax: 'csv' };
  let fields: string[] = [];
  try {
    const records: unknown = parseSync(firstLine, { relax_quotes: true, relax_column_count: true });
    fields = Array.isArray(records) && Array.isArray(records[0]) ? (records[0] as string[]) : [];
  } catch {
    fields = [];
  }
  const file = /^\d+$/.test(fields[0]?.trim() ?? '') ? ofacFileOfWidth(fields.length) : null;
  if (file) return { kind: 'ofac', file };
  throw invalid(
    `${name}, row 1`,
    'not a restricted-party list: neither a Consolidated Screening List (CSV or TSV with an _id, source and name header, or JSON) nor an OFAC consolidated file (cons_prim, cons_alt, cons_add or cons_comments)',
  );
}

function readFailure(name: string, row: number, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof CsvError) {
    const at =
      typeof (error as CsvError & { lines?: number }).lines === 'number'
        ? (error as CsvError & { lines: number }).lines
        : row;
    if (
      error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' ||
      error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
    ) {
      return invalid(
        `${name}, row ${at}`,
        'the row has a different number of columns from the others: the file may be truncated',
      );
    }
    return invalid(`${name}, row ${at}`, describeCsvError(error));
  }
  const message = (error as Error).message ?? String(error);
  if (/unexpected end of file|incorrect header check|invalid (block|distance|stored)/i.test(message)) {
    return invalid(`${name}, after row ${row}`, 'the compressed file is truncated or damaged');
  }
  return invalid(`${name}, after row ${row}`, `the file cannot be read: ${message}`);
}

/** Reads a Consolidated Screening List file (CSV, TSV or JSON) into raw entries, checking every row. */
async function readCsl(
  name: string,
  opened: Opened,
  syntax: 'csv' | 'tsv' | 'json',
  progress: (row: number) => void,
): Promise<{ entries: RawEntry[]; rows: number }> {
  const entries: RawEntry[] = [];
  // One entity is sometimes spread over several rows (same id and source, other addresses): one entry.
  const byKey = new Map<string, RawEntry>();
  const check = (entry: RawEntry, row: number, column: (key: string) => string) => {
    for (const [key, value] of [
      ['_id', entry.id],
      ['source', entry.source],
      ['name', entry.name.trim()],
    ] as const) {
      if (!value)
        throw invalid(
          `${name}, row ${row}, column ${column(key)}`,
          `the ${key === '_id' ? 'id' : key} is empty`,
        );
    }
    const key = `${entry.id}\u0000${entry.source}`;
    const earlier = byKey.get(key);
    if (earlier) mergeInto(earlier, entry);
    else {
      byKey.set(key, entry);
      entries.push(entry);
    }
    progress(row);
  };
  let row = 1;
  try {
    if (syntax === 'json') {
      const parser = StreamJson.parser();
      opened.bytes.on('error', (error) => parser.destroy(error));
      const objects = opened.bytes.pipe(parser);
      // `{ "results": [ … ] }` as trade.gov publishes it, or a bare array of results.
      const items = opened.start.trimStart().startsWith('[')
        ? objects.pipe(StreamArray.streamArray())
        : objects.pipe(Pick.pick({ filter: 'results' })).pipe(StreamArray.streamArray());
      objects.on('error', (error) => items.destroy(error));
      for await (const item of items as AsyncIterable<{ key: number; value: JsonValue }>) {
        row = item.key + 1;
        const value = item.value;
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          throw invalid(`${name}, result ${row}`, 'a result is not an object');
        }
        check(cslJsonEntry(value), row, (key) => key);
      }
      if (entries.length === 0)
        throw invalid(name, 'the JSON holds no results: it is not a Consolidated Screening List');
      return { entries, rows: entries.length };
    }
    const parser = parse({
      delimiter: syntax === 'tsv' ? '\t' : ',',
      columns: (header: string[]) => {
        const missing = cslRequiredColumns.filter((c) => !header.includes(c));
        if (missing.length > 0) {
          throw invalid(
            `${name}, row 1`,
            `the header lacks ${missing.join(', ')}: not a Consolidated Screening List`,
          );
        }
        return header;
      },
      bom: true,
      relax_quotes: syntax === 'tsv',
      skip_empty_lines: true,
      max_record_size: maxRowChars,
    });
    opened.bytes.on('error', (error) => parser.destroy(error));
    for await (const record of opened.bytes.pipe(parser) as AsyncIterable<Record<string, string>>) {
      row += 1;
      check(cslRowEntry(record), row, (key) => key);
    }
  } catch (error) {
    throw readFailure(name, row, error);
  }
  if (entries.length === 0) throw invalid(name, 'the file holds a header and no entries');
  return { entries, rows: row - 1 };
}

/** Reads one of OFAC's files into the assembler. */
async function readOfac(
  name: string,
  opened: Opened,
  file: OfacFile,
  assembler: OfacAssembler,
  progress: (row: number) => void,
): Promise<number> {
  const width = ofacFiles[file].length;
  let row = 0;
  let ended = false;
  try {
    const parser = parse({
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRowChars,
      bom: true,
    });
    opened.bytes.on('error', (error) => parser.destroy(error));
    for await (const fields of opened.bytes.pipe(parser) as AsyncIterable<string[]>) {
      row += 1;
      if (ended) throw invalid(`${name}, row ${row}`, 'rows after the end-of-file mark');
      if (fields.length === 1 && fields[0] === ofacEndOfFile) {
        ended = true;
        continue;
      }
      if (fields.length !== width) {
        throw invalid(
          `${name}, row ${row}`,
          `the row has ${fields.length} columns where ${file} has ${width}: the file may be truncated`,
        );
      }
      assembler.add(file, fields, { file: name, row });
      progress(row);
    }
  } catch (error) {
    throw readFailure(name, row, error);
  }
  if (!ended) {
    throw invalid(
      `${name}, after row ${row}`,
      "the file does not end with OFAC's end-of-file mark: it is truncated",
    );
  }
  return row - 1;
}

/**
 * OFAC's files end with a DOS end-of-file character on a line of its own. A file without it was cut
 * short, even where the cut fell between two rows.
 */
const ofacEndOfFile = '\u001a';

/**
 * Reads one list: a Consolidated Screening List file (CSV, CSV.gz, TSV or JSON), or OFAC's consolidated
 * main file with any of its siblings. Each file is recognised from its content, streamed, and checked row
 * by row; a file that is not a list, is truncated, or contradicts itself is refused with the file, the
 * row and the reason. Nothing is returned unless everything read cleanly.
 */
export async function readList(
  files: readonly ListFileInput[],
  onProgress?: (rowsRead: number) => void,
): Promise<LoadedList> {
  if (files.length === 0) throw new DomainError('LIST_INVALID', 'No list file was given.');
  const opened: OpenedFile[] = [];
  for (const input of files) opened.push({ input, ...(await open(input)) });
  return readOpened(opened, onProgress);
}

type OpenedFile = Opened & { input: ListFileInput };

/** Reads one list from files already opened and recognised (see readList). */
async function readOpened(
  opened: readonly OpenedFile[],
  onProgress?: (rowsRead: number) => void,
): Promise<LoadedList> {
  let rowsRead = 0;
  let reported = 0;
  const progress = () => {
    rowsRead += 1;
    if (onProgress && rowsRead - reported >= progressEvery) {
      reported = rowsRead;
      onProgress(rowsRead);
    }
  };

  const csl = opened.filter((o) => o.format.kind === 'csl');
  const ofac = opened.filter((o) => o.format.kind === 'ofac');
  let raw: RawEntry[];
  let kind: ListKind;
  const read: { name: string; sha256: string; rows: number }[] = [];
  if (csl.length > 0) {
    if (opened.length > 1) {
      throw new DomainError(
        'LIST_INVALID',
        `One list per import: ${csl.map((o) => o.input.name).join(', ')} ${csl.length === 1 ? 'is a Consolidated Screening List' : 'are Consolidated Screening Lists'}; import ${opened.length > csl.length ? 'the OFAC files' : 'each'} separately.`,
      );
    }
    const [only] = csl;
    if (!only || only.format.kind !== 'csl') throw new Error('unreachable');
    const result = await readCsl(only.input.name, only, only.format.syntax, progress);
    raw = result.entries;
    kind = 'csl';
    read.push({ name: only.input.name, sha256: only.sha256(), rows: result.rows });
  } else {
    const roleOf = (o: (typeof ofac)[number]) => (o.format.kind === 'ofac' ? o.format.file : 'prim');
    const order: OfacFile[] = ['prim', 'alt', 'add', 'comments'];
    for (const role of order) {
      const same = ofac.filter((o) => roleOf(o) === role);
      if (same.length > 1) {
        throw new DomainError(
          'LIST_INVALID',
          `${same.map((o) => o.input.name).join(' and ')} are both OFAC ${role} files: give each file once.`,
        );
      }
    }
    if (!ofac.some((o) => roleOf(o) === 'prim')) {
      throw new DomainError(
        'LIST_INVALID',
        `${ofac.map((o) => o.input.name).join(', ')}: OFAC's sibling files need their main file (cons_prim.csv) in the same import.`,
      );
    }
    const assembler = new OfacAssembler();
    for (const o of [...ofac].sort((a, b) => order.indexOf(roleOf(a)) - order.indexOf(roleOf(b)))) {
      const rows = await readOfac(o.input.name, o, roleOf(o), assembler, progress);
      read.push({ name: o.input.name, sha256: o.sha256(), rows });
    }
    raw = assembler.finish();
    kind = 'ofac-consolidated';
  }
  const entries = raw.map(buildEntry);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) repeated.add(entry.id);
    seen.add(entry.id);
  }
  for (const entry of entries) {
    if (repeated.has(entry.id)) entry.id = `${entry.listedId}~${shortSource(entry.source)}`;
  }
  seen.clear();
  for (const entry of entries) {
    if (seen.has(entry.id))
      throw new DomainError('LIST_INVALID', `Entry ${entry.listedId} is listed twice on ${entry.source}.`, [
        { path: entry.id, message: 'listed twice' },
      ]);
    seen.add(entry.id);
  }
  onProgress?.(rowsRead);
  return { kind, entries, files: read };
}

/**
 * Reads several lists given together (as `tranche screen --list … --list …` takes them): each
 * Consolidated Screening List file on its own, OFAC's files as one list. Files are recognised from
 * their content, so the order and names given do not matter.
 */
export async function readLists(
  files: readonly ListFileInput[],
  onProgress?: (rowsRead: number) => void,
): Promise<LoadedList[]> {
  if (files.length === 0) throw new DomainError('LIST_INVALID', 'No list file was given.');
  const csl: OpenedFile[] = [];
  const ofac: OpenedFile[] = [];
  for (const input of files) {
    const opened = { input, ...(await open(input)) };
    (opened.format.kind === 'csl' ? csl : ofac).push(opened);
  }
  const lists: LoadedList[] = [];
  let before = 0;
  const progress = (rows: number) => onProgress?.(before + rows);
  for (const group of [...csl.map((file) => [file]), ...(ofac.length > 0 ? [ofac] : [])]) {
    const list = await readOpened(group, progress);
    before += list.files.reduce((sum, f) => sum + f.rows, 0);
    lists.push(list);
  }
  return lists;
}

/** A later row of the same entity: its addresses, aliases, identifiers and programs join the first's. */
function mergeInto(entry: RawEntry, more: RawEntry): void {
  const union = <T>(a: T[], b: readonly T[], key: (item: T) => string) => {
    const seen = new Set(a.map(key));
    for (const item of b) if (!seen.has(key(item))) a.push(item);
  };
  union(entry.addresses, more.addresses, (a) => JSON.stringify(a));
  union(entry.aliases, more.aliases, (a) => a);
  union(entry.identifiers, more.identifiers, (i) => `${i.scheme}:${i.value}`);
  union(entry.programs, more.programs, (p) => p);
  union(entry.nationalities, more.nationalities, (n) => n);
}

/** "Capta List (CAP) - Treasury Department" → "CAP"; the whole source when it has no short name. */
function shortSource(source: string): string {
  return /\(([^()]+)\)/.exec(source)?.[1] ?? source;
}
