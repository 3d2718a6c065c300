import { createHash, randomUUID } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Db, Executor, Tx } from '../../db/database.js';
import { existingPartyIds, insertParties } from '../../db/repositories/party.repository.js';
import { inTransaction } from '../../db/transaction.js';
import type { Principal } from '../accounts/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { isoInstant, type Clock } from '../clock.js';
import { DomainError, type ErrorDetail } from '../errors.js';
import { newPartyRow } from './party-rows.js';
import { partyCsvColumns, readHeader, readPartyRow, type CsvLayout } from './party-csv.js';
import type { NewParty } from './party.js';

export interface PartyImportOptions {
  /** The name the file is reported and audited under. */
  fileName: string;
  /** Validate everything, ids already taken included, and write nothing. */
  dryRun?: boolean | undefined;
  /** Told the number of data rows read so far, once per batch and at the end. */
  onProgress?: ((rowsRead: number) => void) | undefined;
}

export interface PartyImportResult {
  fileName: string;
  dryRun: boolean;
  /** Data rows in the file, every one valid. */
  rows: number;
  /** Parties written: `rows`, or 0 on a dry run. */
  imported: number;
  /** SHA-256 of the file's bytes, as audited: which file it was can be proved later. */
  sha256: string;
  /** The import's audit event; null on a dry run. */
  auditEventSeq: number | null;
}

/** 500 rows × 12 columns = 6,000 bound parameters per insert, well inside SQLite's 32,766 and PostgreSQL's 65,535. */
const batchSize = 500;
/** The report stops here: a file with more problems than this has a systematic one. */
export const maxImportErrors = 100;
/** No row is longer; an unclosed quote then fails at once instead of buffering the rest of the file. */
const maxRowChars = 100_000;

function describeCsvError(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED')
    return 'a quoted value is never closed: the file may be truncated, or a value holds a stray "';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE')
    return 'a quote inside an unquoted value: quote the whole value and double any quote inside it ("")';
  if (error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
    return 'text after a closing quote: quote the whole value';
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return `the row is longer than ${maxRowChars.toLocaleString('en-US')} characters (is a closing quote missing?)`;
  return `not valid CSV: ${error.message}`;
}

interface RowError extends ErrorDetail {
  row: number;
}

/**
 * Imports parties from a CSV stream, all or nothing.
 *
 * - Streamed: csv-parse reads the source chunk by chunk; rows are validated one at a time with
 *   newPartySchema and inserted in batches of 500. Memory holds one batch and the set of ids seen (for
 *   duplicates within the file), never the file.
 * - One transaction: every batch is inserted in the same transaction, so a bad row anywhere (or a failure
 *   half-way) leaves nothing written. After the first bad row nothing more is inserted, but reading goes on
 *   to report up to 100 problems, each with its row (the header is row 1) and column.
 * - Audit: one event for the whole import, in the same transaction, listing every id created with the
 *   file's name and SHA-256. One event per party would put 20,000 links into the hash chain, each
 *   serialised on the chain's head row, multiplying the import's time and how long it holds the write lock
 *   by several times, for no more proof: the id list and the file's digest say exactly what was created
 *   from what. Later changes to an imported party are audited per party as usual.
 */
export async function importPartiesCsv(
  deps: { db: Db; clock: Clock; audit: AuditService },
  source: Readable,
  options: PartyImportOptions,
  actor: Principal | undefined,
): Promise<PartyImportResult> {
  if (options.dryRun) return readParties(deps, source, options, actor, deps.db, undefined);
  return inTransaction(deps.db, (tx) => readParties(deps, source, options, actor, tx, tx));
}

async function readParties(
  deps: { clock: Clock; audit: AuditService },
  source: Readable,
  options: PartyImportOptions,
  actor: Principal | undefined,
  reader: Executor,
  writer: Tx | undefined,
): Promise<PartyImportResult> {
  const now = isoInstant(deps.clock);
  const digest = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      digest.update(chunk);
      done(null, chunk);
    },
  });
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRowChars,
  });
  // Errors anywhere in the chain (a failing source, bad CSV) surface in the loop below.
  const records = pipeline(source, tap, parser, () => undefined);

  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  let batch: { row: number; party: NewParty }[] = [];
  let layout: CsvLayout | undefined;
  let row = 0;
  let valid = 0;
  let stoppedAt: number | undefined;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const taken = await existingPartyIds(
      reader,
      batch.map((b) => b.party.id),
    );
    for (const b of batch) {
      if (taken.has(b.party.id))
        errors.push({
          row: b.row,
          path: `row ${b.row}, column id`,
          message: `a party with id ${b.party.id} already exists`,
        });
    }
    // Once anything is wrong the transaction will roll back: inserting more would be wasted work.
    if (writer && errors.length === 0)
      await insertParties(
        writer,
        batch.map((b) => newPartyRow(b.party, now)),
      );
    batch = [];
    options.onProgress?.(row - 1);
  };

  try {
    for await (const fields of records as AsyncIterable<string[]>) {
      row += 1;
      if (!layout) {
        layout = readHeader(fields);
        continue;
      }
      const result = readPartyRow(row, fields, layout);
      if (result.errors) {
        errors.push(...result.errors.map((e) => ({ ...e, row })));
      } else {
        const first = seen.get(result.party.id);
        if (first === undefined) {
          seen.set(result.party.id, row);
          batch.push({ row, party: result.party });
          valid += 1;
        } else {
          errors.push({
            row,
            path: `row ${row}, column id`,
            message: `${result.party.id} is already on row ${first}`,
          });
        }
      }
      if (batch.length >= batchSize) await flush();
      if (errors.length >= maxImportErrors) {
        stoppedAt = row;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Records parsed before the error may still be unread: the parser's own count names the broken row.
    const at = (typeof error.records === 'number' ? error.records : row) + 1;
    errors.push({ row: at, path: `row ${at}`, message: describeCsvError(error) });
  }
  if (!layout && errors.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${options.fileName} is empty: expected a header row with the columns ${partyCsvColumns.join(', ')}.`,
      [{ path: 'row 1', message: 'no header row' }],
    );
  }
  await flush();
  if (valid === 0 && errors.length === 0) {
    throw new DomainError('VALIDATION_FAILED', `${options.fileName} has a header but no parties.`, [
      { path: 'row 2', message: 'no rows after the header' },
    ]);
  }

  if (errors.length > 0) {
    const details = errors
      .sort((a, b) => a.row - b.row)
      .slice(0, maxImportErrors)
      .map(({ path, message }) => ({ path, message }));
    const first = details[0];
    const count = stoppedAt
      ? `${maxImportErrors} or more problems (reading stopped at row ${stoppedAt})`
      : `${errors.length} problem(s)`;
    throw new DomainError(
      'VALIDATION_FAILED',
      `${options.fileName}: ${count}; nothing was imported. First: ${first?.path ?? ''}: ${first?.message ?? ''}`,
      details,
    );
  }

  const sha256 = digest.digest('hex');
  let auditEventSeq: number | null = null;
  if (writer) {
    const event = await deps.audit.record(writer, actor, {
      action: 'parties.imported',
      entityType: 'party-import',
      entityId: randomUUID(),
      summary: `Imported ${valid.toLocaleString('en-US')} parties from ${options.fileName}`,
      changes: { fileName: options.fileName, sha256, count: valid, ids: [...seen.keys()] },
    });
    auditEventSeq = event.seq;
  }
  return {
    fileName: options.fileName,
    dryRun: !writer,
    rows: valid,
    imported: writer ? valid : 0,
    sha256,
    auditEventSeq,
  };
}
