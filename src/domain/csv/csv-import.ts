import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { DomainError, type ErrorDetail } from '../errors.js';
import { readCsvHeader, type CsvFormat, type CsvLayout } from './csv-format.js';

export interface CsvImportOptions {
  /** The name the file is reported and audited under. */
  fileName: string;
  /** Validate everything, the database checks included, and write nothing. */
  dryRun?: boolean | undefined;
  /** Told the number of data rows read so far, now and then and at the end. */
  onProgress?: ((rowsRead: number) => void) | undefined;
}

export interface CsvImportResult {
  fileName: string;
  dryRun: boolean;
  /** Data rows in the file, every one valid. */
  rows: number;
  /** Records written: `rows`, or 0 on a dry run. */
  imported: number;
  /** SHA-256 of the file's bytes, as audited: which file it was can be proved later. */
  sha256: string;
  /** The import's audit event; null on a dry run. */
  auditEventSeq: number | null;
}

/** The report stops here: a file with more problems than this has a systematic one. */
export const maxImportErrors = 100;
/** No row is longer; an unclosed quote then fails at once instead of buffering the rest of the file. */
const maxRowChars = 100_000;

export function describeCsvError(error: CsvError): string {
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

/**
 * The problems found in a file, each with the row it is on (the header is row 1) and a path naming the
 * row and column. Rows may be checked out of order (a batch is checked against the database after its
 * rows were read), so the report sorts them.
 */
export class RowProblems {
  private readonly problems: (ErrorDetail & { row: number })[] = [];

  add(row: number, ...details: readonly ErrorDetail[]): void {
    for (const detail of details) this.problems.push({ ...detail, row });
  }

  get count(): number {
    return this.problems.length;
  }

  /** Enough to stop reading. */
  get full(): boolean {
    return this.problems.length >= maxImportErrors;
  }

  /** Up to `maxImportErrors` problems in row order (a row's own problems in the order found). */
  report(): ErrorDetail[] {
    return [...this.problems]
      .sort((a, b) => a.row - b.row)
      .slice(0, maxImportErrors)
      .map(({ path, message }) => ({ path, message }));
  }
}

/** What a CSV import does with the rows `readCsvImport` reads. */
export interface CsvRowHandler<Column extends string> {
  /** One data row; its problems go to the import's RowProblems. */
  row(row: number, fields: readonly string[], layout: CsvLayout<Column>): Promise<void>;
  /** After the last row is read, before the verdict: whatever is still pending, such as a last batch. */
  end(): Promise<void>;
}

/**
 * Reads a CSV import from a stream in bounded memory: csv-parse takes the source chunk by chunk while a
 * tap hashes its bytes; the header is checked against the format, then each data row goes to `handler`.
 * After the first problem reading goes on, to report up to 100 problems with their rows and columns; at
 * 100 it stops. Bad CSV (an unclosed quote, a stray one) becomes a problem on the row the parser names.
 *
 * Returns the number of data rows and the file's SHA-256 when the file has no problem; otherwise throws
 * VALIDATION_FAILED naming the first problem and listing them all, so that a caller running inside a
 * transaction has it rolled back.
 */
export async function readCsvImport<Column extends string>(
  source: Readable,
  fileName: string,
  format: CsvFormat<Column>,
  problems: RowProblems,
  handler: CsvRowHandler<Column>,
): Promise<{ rows: number; sha256: string }> {
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

  let layout: CsvLayout<Column> | undefined;
  let row = 0;
  let stoppedAt: number | undefined;
  try {
    for await (const fields of records as AsyncIterable<string[]>) {
      row += 1;
      if (!layout) {
        layout = readCsvHeader(fields, format);
        continue;
      }
      await handler.row(row, fields, layout);
      if (problems.full) {
        stoppedAt = row;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Records parsed before the error may still be unread: the parser's own count names the broken row.
    const at = (typeof error.records === 'number' ? error.records : row) + 1;
    problems.add(at, { path: `row ${at}`, message: describeCsvError(error) });
  }
  if (!layout && problems.count === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${fileName} is empty: expected a header row with the columns ${format.columns.join(', ')}.`,
      [{ path: 'row 1', message: 'no header row' }],
    );
  }
  await handler.end();
  const dataRows = Math.max(row - 1, 0);
  if (dataRows === 0 && problems.count === 0) {
    throw new DomainError('VALIDATION_FAILED', `${fileName} has a header but no ${format.noun}.`, [
      { path: 'row 2', message: 'no rows after the header' },
    ]);
  }

  if (problems.count > 0) {
    const details = problems.report();
    const first = details[0];
    const count = stoppedAt
      ? `${maxImportErrors} or more problems (reading stopped at row ${stoppedAt})`
      : `${problems.count} problem(s)`;
    throw new DomainError(
      'VALIDATION_FAILED',
      `${fileName}: ${count}; nothing was imported. First: ${first?.path ?? ''}: ${first?.message ?? ''}`,
      details,
    );
  }
  return { rows: dataRows, sha256: digest.digest('hex') };
}
