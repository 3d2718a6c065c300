import type { z } from 'zod';
import {
  fieldCountProblem,
  listOf,
  listValue,
  readCsvHeader,
  type CsvFormat,
  type CsvLayout,
} from '../csv/csv-format.js';
import type { ErrorDetail } from '../errors.js';
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

/** The parties format for the shared CSV reader. */
export const partyCsvFormat: CsvFormat<PartyCsvColumn> = { columns: partyCsvColumns, noun: 'parties' };

/** Where each column's value is in a row. */
export type PartyCsvLayout = CsvLayout<PartyCsvColumn>;

/** Refuses a header with unknown, missing or repeated columns, before any row is read. */
export function readHeader(fields: readonly string[]): PartyCsvLayout {
  return readCsvHeader(fields, partyCsvFormat);
}

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
export function readPartyRow(row: number, fields: readonly string[], layout: PartyCsvLayout): CsvRowResult {
  const at = (column: PartyCsvColumn) => `row ${row}, column ${column}`;
  const wrongCount = fieldCountProblem(row, fields, partyCsvFormat);
  if (wrongCount) return { errors: [wrongCount] };
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
export function partyCsvRecord(party: Omit<Party, 'screeningStatus'>): string[] {
  const address = party.addresses[0];
  return [
    party.id,
    party.legalName,
    listValue(party.otherNames),
    listValue(party.roles),
    party.country,
    party.hqCountry,
    listValue(party.identifiers.map((i) => `${i.scheme}:${i.value}`)),
    listValue(address?.lines ?? []),
    address?.city ?? '',
    address?.postalCode ?? '',
    address?.country ?? '',
  ];
}
