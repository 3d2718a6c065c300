import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  authorisationCsvColumns,
  authorisationCsvFormat,
  authorisationCsvRecord,
  readAuthorisationRow,
} from '../../src/domain/authorisations/authorisation-csv.js';
import { readCsvHeader } from '../../src/domain/csv/csv-format.js';
import {
  authorisationCsvLine,
  authorisationRowsByKind,
  authorisationsCsvHeader,
} from '../support/authorisations-csv.js';

const layout = readCsvHeader(authorisationsCsvHeader.split(','), authorisationCsvFormat);
const fieldsOf = (line: string) => parse(line)[0] ?? [];

describe('the authorisations CSV format', () => {
  it.each(Object.entries(authorisationRowsByKind))(
    'reads a %s row and writes it back the same',
    (_kind, row) => {
      const fields = fieldsOf(authorisationCsvLine(row('U1')));
      const read = readAuthorisationRow(2, fields, layout);
      expect(read.errors).toBeUndefined();
      expect(read.terms && authorisationCsvRecord(read.terms)).toEqual(fields);
    },
  );

  it.each([
    ['1.5', '"1.5" is not a whole number: write whole units in digits, without decimals or separators'],
    ['1e3', '"1e3": write the number out in digits, such as 1000'],
    ['-2', '"-2" is negative: write 0 or more, in digits'],
    ['ten', '"ten" is not a number: write it in digits, such as 1000'],
  ])('refuses the quantity %s in words', (quantity, message) => {
    const fields = fieldsOf(
      authorisationCsvLine({ ...authorisationRowsByKind['party-cap']('U2'), quantity }),
    );
    expect(readAuthorisationRow(4, fields, layout).errors).toEqual([
      { path: 'row 4, column quantity', message },
    ]);
  });

  it('names each empty column a kind needs, and each bad item of a list, in column order', () => {
    const fields = fieldsOf(
      authorisationCsvLine({
        ...authorisationRowsByKind['ratio-cap']('U3'),
        validFrom: '',
        referenceDestinations: 'US|America',
        ratioDenominator: '',
      }),
    );
    expect(readAuthorisationRow(5, fields, layout).errors).toEqual([
      { path: 'row 5, column validFrom', message: 'required for kind ratio-cap' },
      { path: 'row 5, column ratioDenominator', message: 'required for kind ratio-cap' },
      {
        path: 'row 5, column referenceDestinations',
        message: '"America": use an ISO 3166 alpha-2 country code such as CN or US',
      },
    ]);
    expect(authorisationCsvColumns).toHaveLength(24);
  });
});
