import { DomainError, type ErrorDetail } from '../errors.js';

/** A CSV import and export format: its columns in file order, and what its rows are, for messages. */
export interface CsvFormat<Column extends string> {
  columns: readonly Column[];
  /** The records of the file in the plural, as messages say it: "parties", "authorisations". */
  noun: string;
}

/** Where each column's value is in a row. */
export type CsvLayout<Column extends string> = Record<Column, number>;

/**
 * Refuses a header with unknown, missing or repeated columns, before any row is read. Columns may come in
 * any order and any letter case; every column of the format must be there, so that a file never means
 * something other than it says because a column was left out.
 */
export function readCsvHeader<Column extends string>(
  fields: readonly string[],
  format: CsvFormat<Column>,
): CsvLayout<Column> {
  if (fields.some((f) => f.includes('\u0000') || f.includes('\uFFFD'))) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'The file is not CSV text: it holds binary data or is not UTF-8.',
      [{ path: 'row 1', message: 'not CSV text (binary data, or not UTF-8)' }],
    );
  }
  const byFoldedName = new Map(format.columns.map((column) => [column.toLowerCase(), column]));
  const details: ErrorDetail[] = [];
  const layout: Partial<CsvLayout<Column>> = {};
  fields.forEach((raw, index) => {
    const column = byFoldedName.get(raw.trim().toLowerCase());
    if (column === undefined) {
      details.push({ path: `row 1, column ${raw.trim() || `#${index + 1}`}`, message: 'unknown column' });
    } else if (layout[column] !== undefined) {
      details.push({ path: `row 1, column ${column}`, message: 'column given twice' });
    } else {
      layout[column] = index;
    }
  });
  for (const column of format.columns) {
    if (layout[column] === undefined)
      details.push({ path: `row 1, column ${column}`, message: 'missing column' });
  }
  if (details.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `The header row does not match the ${format.noun} format (${details.map((d) => `${d.path}: ${d.message}`).join('; ')}); expected the columns ${format.columns.join(', ')}.`,
      details,
    );
  }
  return layout as CsvLayout<Column>;
}

/** The problem with a row that has more or fewer fields than the format has columns, if it has. */
export function fieldCountProblem(
  row: number,
  fields: readonly string[],
  format: CsvFormat<string>,
): ErrorDetail | undefined {
  const expected = format.columns.length;
  if (fields.length === expected) return undefined;
  const hint = fields.length > expected ? ' (is a value with a comma missing its quotes?)' : '';
  return { path: `row ${row}`, message: `expected ${expected} fields, found ${fields.length}${hint}` };
}

/** The items of a list value: separated by `|`, trimmed, empty items dropped. */
export function listOf(value: string): string[] {
  return value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A list as one value, the inverse of `listOf`. */
export function listValue(items: readonly string[]): string {
  return items.join('|');
}
