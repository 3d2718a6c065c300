import type { z } from 'zod';
import { fieldCountProblem, listOf, listValue, type CsvFormat, type CsvLayout } from '../csv/csv-format.js';
import type { DomainError, ErrorDetail } from '../errors.js';
import {
  authorisationKinds,
  newAuthorisationSchema,
  type AuthorisationKind,
  type NewAuthorisation,
} from './authorisation.js';

/**
 * The authorisations CSV format, shared by import and export: one row per authorisation, named after the
 * fields of the API's terms. List values are separated by `|`; quantities and money are whole numbers
 * (money in minor units, with its ISO 4217 currency); dates are YYYY-MM-DD. Columns a kind does not use
 * stay empty.
 */
export const authorisationCsvColumns = [
  // Every kind fills these.
  'kind',
  'authority',
  'number',
  'holderPartyId',
  'validFrom',
  'validUntil',
  'productIds',
  'eccns',
  'destinations',
  'conditions',
  // Each kind fills some of these (see columnsOfKind) and leaves the rest empty.
  'quantity',
  'valueAmountMinor',
  'valueCurrency',
  'consignees',
  'endUsers',
  'exception',
  'authorizationNumber',
  'answeredOn',
  'importerPartyId',
  'round',
  'cappedPartyId',
  'ratioNumerator',
  'ratioDenominator',
  'referenceDestinations',
] as const;
export type AuthorisationCsvColumn = (typeof authorisationCsvColumns)[number];

export const authorisationCsvFormat: CsvFormat<AuthorisationCsvColumn> = {
  columns: authorisationCsvColumns,
  noun: 'authorisations',
};

export type AuthorisationCsvLayout = CsvLayout<AuthorisationCsvColumn>;

/** Columns every kind fills: those before the first column of a kind's own. */
const commonColumns = authorisationCsvColumns.slice(0, authorisationCsvColumns.indexOf('quantity'));

/** The columns each kind fills besides the common ones; a row leaves every other column empty. */
export const columnsOfKind: Record<AuthorisationKind, readonly AuthorisationCsvColumn[]> = {
  'export-licence': ['quantity', 'valueAmountMinor', 'valueCurrency', 'consignees', 'endUsers'],
  'exception-use': ['exception', 'authorizationNumber', 'answeredOn', 'quantity'],
  'import-approval': ['importerPartyId', 'round', 'quantity'],
  'party-cap': ['cappedPartyId', 'quantity'],
  'ratio-cap': ['ratioNumerator', 'ratioDenominator', 'referenceDestinations'],
};

const listColumns: readonly AuthorisationCsvColumn[] = [
  'productIds',
  'eccns',
  'destinations',
  'consignees',
  'endUsers',
  'referenceDestinations',
];

/** Columns holding party ids, in the order the service checks the parties an authorisation names. */
const partyColumns: readonly AuthorisationCsvColumn[] = [
  'holderPartyId',
  'consignees',
  'endUsers',
  'importerPartyId',
  'cappedPartyId',
];

function isKind(value: string): value is AuthorisationKind {
  return (authorisationKinds as readonly string[]).includes(value);
}

function isColumn(value: PropertyKey | undefined): value is AuthorisationCsvColumn {
  return value !== undefined && (authorisationCsvColumns as readonly PropertyKey[]).includes(value);
}

/** The CSV column a field of NewAuthorisation is written in, from the field's path. */
function columnOf(path: readonly PropertyKey[]): AuthorisationCsvColumn | undefined {
  const [field, part] = path;
  if (field === 'products') return part === 'eccns' ? 'eccns' : 'productIds';
  if (field === 'value') return part === 'currency' ? 'valueCurrency' : 'valueAmountMinor';
  if (field === 'ratio') return part === 'denominator' ? 'ratioDenominator' : 'ratioNumerator';
  return isColumn(field) ? field : undefined;
}

/** `products.productIds[0]` → ['products', 'productIds', 0]: the service names fields as the API does. */
function pathSegments(path: string): PropertyKey[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Why a number is not a whole number of the kind the format takes, in words. */
function notWholeNumber(text: string): string {
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(text))
    return `"${text}": write the number out in digits, such as 1000`;
  if (/^-\d+(\.\d+)?$/.test(text)) return `"${text}" is negative: write 0 or more, in digits`;
  if (/^\+?\d*[.,]\d+$/.test(text))
    return `"${text}" is not a whole number: write whole units in digits, without decimals or separators`;
  return `"${text}" is not a number: write it in digits, such as 1000`;
}

export type AuthorisationCsvRow =
  { terms: NewAuthorisation; errors?: undefined } | { terms?: undefined; errors: ErrorDetail[] };

/**
 * Turns one data row into the terms the API takes and validates them with newAuthorisationSchema, naming
 * each problem by row number (the header is row 1) and column. A column the row's kind does not use must
 * be empty, so that nothing in the file is silently ignored.
 */
export function readAuthorisationRow(
  row: number,
  fields: readonly string[],
  layout: AuthorisationCsvLayout,
): AuthorisationCsvRow {
  const at = (column: AuthorisationCsvColumn) => `row ${row}, column ${column}`;
  const wrongCount = fieldCountProblem(row, fields, authorisationCsvFormat);
  if (wrongCount) return { errors: [wrongCount] };
  // Conditions are kept verbatim, as issued; every other value is trimmed.
  const value = (column: AuthorisationCsvColumn) => {
    const text = fields[layout[column]] ?? '';
    return column === 'conditions' ? text : text.trim();
  };

  const kind = value('kind');
  if (!isKind(kind)) {
    const expected = `use ${authorisationKinds.join(', ')}`;
    return { errors: [{ path: at('kind'), message: kind ? `"${kind}": ${expected}` : expected }] };
  }

  const errors: { column: AuthorisationCsvColumn | undefined; message: string }[] = [];
  // Columns already reported here: the schema's complaint about the same column would only repeat it.
  const reported = new Set<AuthorisationCsvColumn>();
  const report = (column: AuthorisationCsvColumn, message: string) => {
    errors.push({ column, message });
    reported.add(column);
  };

  const used = new Set([...commonColumns, ...columnsOfKind[kind]]);
  for (const column of authorisationCsvColumns) {
    if (!used.has(column) && value(column) !== '')
      report(column, `does not apply to kind ${kind}: leave it empty`);
  }

  const whole = (column: AuthorisationCsvColumn): number | undefined => {
    const text = value(column);
    if (text === '') return undefined;
    if (/^\d+$/.test(text)) return Number(text);
    report(column, notWholeNumber(text));
    return undefined;
  };
  const optional = (column: AuthorisationCsvColumn) => value(column) || undefined;
  const lists = new Map(listColumns.map((column) => [column, listOf(value(column))]));
  const list = (column: AuthorisationCsvColumn) => lists.get(column) ?? [];

  // Untyped on purpose: the row's text goes to the schema as the API's JSON would.
  const input: Record<string, unknown> = {
    kind,
    authority: value('authority'),
    number: value('number'),
    holderPartyId: value('holderPartyId'),
    validFrom: value('validFrom'),
    validUntil: value('validUntil'),
    products: { productIds: list('productIds'), eccns: list('eccns') },
    destinations: list('destinations'),
    conditions: value('conditions'),
  };
  switch (kind) {
    case 'export-licence': {
      input.quantity = whole('quantity');
      const amount = whole('valueAmountMinor');
      const currency = value('valueCurrency');
      if (value('valueAmountMinor') === '' && currency !== '')
        report('valueAmountMinor', 'give the value in minor units (cents) with its currency');
      else if (value('valueAmountMinor') !== '' && currency === '')
        report('valueCurrency', 'give the currency of the value, such as USD');
      else if (currency !== '') input.value = { amountMinor: amount, currency };
      input.consignees = list('consignees');
      input.endUsers = list('endUsers');
      break;
    }
    case 'exception-use':
      input.exception = value('exception');
      input.authorizationNumber = optional('authorizationNumber');
      input.answeredOn = optional('answeredOn');
      input.quantity = whole('quantity');
      break;
    case 'import-approval':
      input.importerPartyId = value('importerPartyId');
      input.round = value('round');
      input.quantity = whole('quantity');
      break;
    case 'party-cap':
      input.cappedPartyId = value('cappedPartyId');
      input.quantity = whole('quantity');
      break;
    case 'ratio-cap':
      input.ratio = { numerator: whole('ratioNumerator'), denominator: whole('ratioDenominator') };
      input.referenceDestinations = list('referenceDestinations');
      break;
  }

  const parsed = newAuthorisationSchema.safeParse(input);
  if (parsed.success && errors.length === 0) return { terms: parsed.data };
  // The first complaint about a value is the one to fix (an empty date is also "not a real date").
  const described = new Set<string>();
  for (const issue of parsed.error?.issues ?? []) {
    const column = columnOf(issue.path);
    const key = issue.path.map(String).join('.');
    if ((column && reported.has(column)) || described.has(key)) continue;
    described.add(key);
    errors.push({
      column,
      message: column ? describeIssue(issue, kind, value(column), list(column)) : issue.message,
    });
  }
  // In the order of the columns, as a person reads the row (a stable sort keeps a column's own order).
  const position = (column: AuthorisationCsvColumn | undefined) =>
    column ? authorisationCsvColumns.indexOf(column) : -1;
  return {
    errors: errors
      .sort((a, b) => position(a.column) - position(b.column))
      .map(({ column, message }) => ({ path: column ? at(column) : `row ${row}`, message })),
  };
}

/** The schema's message, said of a CSV value: an empty required column, or the item of a list at fault. */
function describeIssue(
  issue: z.core.$ZodIssue,
  kind: AuthorisationKind,
  text: string,
  items: readonly string[],
): string {
  const item = issue.path.at(-1);
  if (typeof item === 'number')
    return items[item] === undefined ? issue.message : `"${items[item]}": ${issue.message}`;
  const emptiness = ['invalid_type', 'too_small', 'invalid_value', 'invalid_format'].includes(issue.code);
  return text === '' && emptiness ? `required for kind ${kind}` : issue.message;
}

/**
 * The problems of a row the service refused (a number already issued, a party or product that does not
 * exist), in the row's columns. The service names fields as the API does; `parties` means one of the
 * party columns, the one holding the party it names.
 */
export function rowProblemsOf(error: DomainError, row: number, terms: NewAuthorisation): ErrorDetail[] {
  // One detail: the error's own message says it best, without the path it may start with.
  const single = error.details.length <= 1;
  const message = (detail: ErrorDetail | undefined) => {
    if (!single && detail) return detail.message;
    const text = error.message.replace(/\.$/, '');
    return detail?.path && text.startsWith(`${detail.path}: `) ? text.slice(detail.path.length + 2) : text;
  };
  const details = error.details.length > 0 ? error.details : [undefined];
  return details.map((detail) => {
    const column =
      detail?.path === 'parties'
        ? partyColumnOf(detail.message, terms)
        : columnOf(pathSegments(detail?.path ?? ''));
    return { path: column ? `row ${row}, column ${column}` : `row ${row}`, message: message(detail) };
  });
}

/** The first party column holding the party a `no party <id>` detail names. */
function partyColumnOf(detail: string, terms: NewAuthorisation): AuthorisationCsvColumn | undefined {
  const record = authorisationCsvRecord(terms);
  return partyColumns.find((column) => {
    const text = record[authorisationCsvColumns.indexOf(column)] ?? '';
    return listOf(text).some((id) => detail === `no party ${id}`);
  });
}

/** One authorisation's terms as a CSV row in `authorisationCsvColumns` order. */
export function authorisationCsvRecord(terms: NewAuthorisation): string[] {
  const cells: Partial<Record<AuthorisationCsvColumn, string>> = {
    kind: terms.kind,
    authority: terms.authority,
    number: terms.number,
    holderPartyId: terms.holderPartyId,
    validFrom: terms.validFrom,
    validUntil: terms.validUntil,
    productIds: listValue(terms.products.productIds),
    eccns: listValue(terms.products.eccns),
    destinations: listValue(terms.destinations),
    conditions: terms.conditions,
  };
  switch (terms.kind) {
    case 'export-licence':
      cells.quantity = String(terms.quantity);
      cells.valueAmountMinor = terms.value ? String(terms.value.amountMinor) : '';
      cells.valueCurrency = terms.value?.currency ?? '';
      cells.consignees = listValue(terms.consignees);
      cells.endUsers = listValue(terms.endUsers);
      break;
    case 'exception-use':
      cells.exception = terms.exception;
      cells.authorizationNumber = terms.authorizationNumber ?? '';
      cells.answeredOn = terms.answeredOn ?? '';
      cells.quantity = String(terms.quantity);
      break;
    case 'import-approval':
      cells.importerPartyId = terms.importerPartyId;
      cells.round = terms.round;
      cells.quantity = String(terms.quantity);
      break;
    case 'party-cap':
      cells.cappedPartyId = terms.cappedPartyId;
      cells.quantity = String(terms.quantity);
      break;
    case 'ratio-cap':
      cells.ratioNumerator = String(terms.ratio.numerator);
      cells.ratioDenominator = String(terms.ratio.denominator);
      cells.referenceDestinations = listValue(terms.referenceDestinations);
      break;
  }
  return authorisationCsvColumns.map((column) => cells[column] ?? '');
}
