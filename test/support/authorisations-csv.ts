/**
 * Authorisations CSV files for the import tests: a row of each kind naming the demo scenario's parties
 * and products, written from named columns so a test changes one value by its column's name.
 */
import type { Db } from '../../src/db/database.js';
import { authorisationCsvColumns } from '../../src/domain/authorisations/authorisation-csv.js';

export type AuthorisationCsvValues = Partial<Record<(typeof authorisationCsvColumns)[number], string>>;

export const authorisationsCsvHeader = authorisationCsvColumns.join(',');

const common = {
  authority: 'BIS',
  holderPartyId: 'nvidia',
  validFrom: '2026-02-01',
  validUntil: '2027-01-31',
  productIds: 'nvidia-h200-sxm',
  destinations: 'CN',
};

/** One valid row of each kind, by kind; `n` keeps numbers apart. */
export const authorisationRowsByKind = {
  'export-licence': (n: number | string): AuthorisationCsvValues => ({
    ...common,
    kind: 'export-licence',
    number: `D${n}`,
    productIds: 'nvidia-h200-sxm|nvidia-hgx-h200-8gpu',
    conditions: 'China-bound units ≤ 50 % of US-bound units; "third-party" testing, of every shipment.',
    quantity: '1000',
    valueAmountMinor: '2700000000',
    valueCurrency: 'USD',
    consignees: 'tencent',
    endUsers: 'tencent|bytedance',
  }),
  'exception-use': (n: number | string): AuthorisationCsvValues => ({
    ...common,
    kind: 'exception-use',
    number: `NAC-${n}`,
    productIds: '',
    eccns: '3A090.a|4A090.a',
    exception: 'NAC',
    authorizationNumber: `Z${n}`,
    answeredOn: '2026-01-20',
    quantity: '500',
  }),
  'import-approval': (n: number | string): AuthorisationCsvValues => ({
    ...common,
    kind: 'import-approval',
    authority: 'MOFCOM',
    number: `R1-${n}`,
    holderPartyId: 'bytedance',
    importerPartyId: 'bytedance',
    round: '2026 round 1',
    quantity: '135000',
  }),
  'party-cap': (n: number | string): AuthorisationCsvValues => ({
    ...common,
    kind: 'party-cap',
    number: `CAP-${n}`,
    cappedPartyId: 'alibaba',
    quantity: '75000',
  }),
  'ratio-cap': (n: number | string): AuthorisationCsvValues => ({
    ...common,
    kind: 'ratio-cap',
    number: `RATIO-${n}`,
    destinations: 'CN|HK',
    ratioNumerator: '1',
    ratioDenominator: '2',
    referenceDestinations: 'US',
  }),
};

function quoted(value: string): string {
  return /[",\n|]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row in header order; values with commas, quotes or bars are quoted as a spreadsheet would. */
export function authorisationCsvLine(values: AuthorisationCsvValues): string {
  return authorisationCsvColumns.map((column) => quoted(values[column] ?? '')).join(',');
}

/** A file of the header and the rows, with a final newline. */
export function authorisationsCsv(rows: readonly AuthorisationCsvValues[]): string {
  return `${[authorisationsCsvHeader, ...rows.map(authorisationCsvLine)].join('\n')}\n`;
}

/** How many authorisations, ledger entries and audit events there are: everything an import writes. */
export async function countWritten(
  db: Db,
): Promise<{ authorisations: number; ledgerEntries: number; auditEvents: number }> {
  const count = async (table: 'authorisations' | 'ledgerEntries' | 'auditEvents') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    authorisations: await count('authorisations'),
    ledgerEntries: await count('ledgerEntries'),
    auditEvents: await count('auditEvents'),
  };
}
