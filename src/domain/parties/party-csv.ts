import type { z } from 'zod';
import { DomainError, type ErrorDetail } from '../errors.js';
import { newPartySchema, type NewParty, type Party } from './party.js';

/**
 * The parties CSV format, shared by import and export. One row per party, one address per row; list
 * values (names, roles, identifiers, address lines) are separated by `|`; identifiers are `SCHEME:value`.
 */
export const partyCsvColumns = [
  'id',
  'legal_name',
  'other_names',
  'roles',
  'country',
  'hq_country',
  'identifiers',
  'address_lines',
  'address_city',
  'address_postal_code',
  'address_country',
] as const;
export type PartyCsvColumn = (typeof partyCsvColumns)[number];

/** Where each column's value is in a row. */
export type CsvLayout = Record<PartyCsvColumn, number>;

/** Refuses a header with unknown, missing or repeated columns, before any row is read. */
export function readHeader(fields: readonly string[]): CsvLayout {
  const details: ErrorDetail[] = [];
  if (fields.some((f) => f.includes('\u0000') || f.includes('\uFFFD'))) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'The file is not CSV text: it holds binary data or is not UTF-8.',
      [{ path: 'row 1', message: 'not CSV text (binary data, or not UTF-8)' }],
    );
  }
  const layout: Partial<CsvLayout> = {};
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!(partyCsvColumns as readonly string[]).includes(name)) {
      details.push({ path: `row 1, column ${raw.trim() || `#${index + 1}`}`, message: 'unknown column' });
    } else if (layout[name as PartyCsvColumn] !== undefined) {
      details.push({ path: `row 1, column ${name}`, message: 'column given twice' });
    } else {
      layout[name as PartyCsvColumn] = index;
    }
  });
  for (const column of partyCsvColumns) {
    if (layout[column] === undefined)
      details.push({ path: `row 1, column ${column}`, message: 'missing column' });
  }
  if (details.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `The header row does not match the parties format (${details.map((d) => `${d.path}: ${d.message}`).join('; ')}); expected the columns ${partyCsvColumns.join(', ')}.`,
      details,
    );
  }
  return layout as CsvLayout;
}

const listOf = (value: string): string[] =>
  value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

const columnOfField: Record<string, PartyCsvColumn> = {
  id: 'id',
  legalName: 'legal_name',
  otherNames: 'other_names',
  roles: 'roles',
  country: 'country',
  hqCountry: 'hq_country',
  identifiers: 'identifiers',
};

const columnOfAddressField: Record<string, PartyCsvColumn> = {
  lines: 'address_lines',
  city: 'address_city',
  postalCode: 'address_postal_code',
};

/** The CSV column a validation issue belongs to, from its path in a NewParty. */
function columnOf(path: readonly PropertyKey[]): PartyCsvColumn | undefined {
  const [field, , part] = path;
  if (field === 'addresses') return columnOfAddressField[String(part)] ?? 'address_country';
  return columnOfField[String(field)];
}

const listColumns: readonly PartyCsvColumn[] = ['other_names', 'roles', 'address_lines'];

/** A list column holds several values: the message says which one is wrong. */
function describeItem(
  column: PartyCsvColumn | undefined,
  issue: z.core.$ZodIssue,
  identifierTokens: readonly string[],
): string {
  const item = column === 'address_lines' ? issue.path[3] : issue.path[1];
  if (typeof item !== 'number') return issue.message;
  if (column === 'identifiers') return `"${identifierTokens[item] ?? ''}": ${issue.message}`;
  if (column !== undefined && listColumns.includes(column)) return `item ${item + 1}: ${issue.message}`;
  return issue.message;
}

export type CsvRowResult =
  { party: NewParty; errors?: undefined } | { party?: undefined; errors: ErrorDetail[] };

/**
 * Validates one data row with newPartySchema, the same rules as the API, and names each problem by row
 * number (the header is row 1) and column.
 */
export function readPartyRow(row: number, fields: readonly string[], layout: CsvLayout): CsvRowResult {
  const at = (column: PartyCsvColumn) => `row ${row}, column ${column}`;
  if (fields.length !== partyCsvColumns.length) {
    const hint =
      fields.length > partyCsvColumns.length ? ' (is a value with a comma missing its quotes?)' : '';
    return {
      errors: [
        {
          path: `row ${row}`,
          message: `expected ${partyCsvColumns.length} fields, found ${fields.length}${hint}`,
        },
      ],
    };
  }
  const value = (column: PartyCsvColumn) => (fields[layout[column]] ?? '').trim();
  const errors: ErrorDetail[] = [];

  // Tokens without a colon are reported here and left out, so each remaining identifier keeps its token.
  const identifierTokens: string[] = [];
  const identifiers: { scheme: string; value: string }[] = [];
  for (const token of listOf(value('identifiers'))) {
    const colon = token.indexOf(':');
    if (colon < 0) {
      errors.push({ path: at('identifiers'), message: `"${token}": write SCHEME:value, e.g. USCC:…` });
      continue;
    }
    identifierTokens.push(token);
    identifiers.push({ scheme: token.slice(0, colon).trim().toUpperCase(), value: token.slice(colon + 1) });
  }
  const addressParts = ['address_lines', 'address_city', 'address_postal_code', 'address_country'] as const;
  const hasAddress = addressParts.some((column) => value(column) !== '');
  const optional = (column: PartyCsvColumn) => value(column) || undefined;
  // Untyped on purpose: the row's text goes to the schema as the API's JSON would.
  const input: Record<string, unknown> = {
    id: value('id'),
    legalName: value('legal_name'),
    otherNames: listOf(value('other_names')),
    roles: listOf(value('roles')),
    country: value('country'),
    hqCountry: value('hq_country'),
    identifiers,
    addresses: hasAddress
      ? [
          {
            lines: listOf(value('address_lines')),
            city: optional('address_city'),
            postalCode: optional('address_postal_code'),
            country: value('address_country'),
          },
        ]
      : [],
  };
  const parsed = newPartySchema.safeParse(input);
  if (parsed.success && errors.length === 0) return { party: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const column = columnOf(issue.path);
    errors.push({
      path: column ? at(column) : `row ${row}`,
      message: describeItem(column, issue, identifierTokens),
    });
  }
  return { errors };
}

/** One party as a CSV row in `partyCsvColumns` order (the first address only: the format holds one). */
export function partyCsvRecord(party: Party): string[] {
  const address = party.addresses[0];
  return [
    party.id,
    party.legalName,
    party.otherNames.join('|'),
    party.roles.join('|'),
    party.country,
    party.hqCountry,
    party.identifiers.map((i) => `${i.scheme}:${i.value}`).join('|'),
    address?.lines.join('|') ?? '',
    address?.city ?? '',
    address?.postalCode ?? '',
    address?.country ?? '',
  ];
}
