import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { CsvImportOptions } from '../../src/domain/csv/csv-import.js';
import { demoParties, demoProducts } from '../../src/demo/h200-scenario.js';
import {
  authorisationRowsByKind,
  authorisationsCsv,
  authorisationsCsvHeader,
  countWritten,
  type AuthorisationCsvValues,
} from '../support/authorisations-csv.js';
import { chunked, failure } from '../support/csv-import.js';
import { engines, freshContext } from '../support/databases.js';

const { 'export-licence': licence, 'party-cap': partyCap } = authorisationRowsByKind;

describe.each(engines)('authorisation CSV import on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let officer: Principal;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => new Date('2026-03-01T10:00:00Z') }));
    for (const party of demoParties) await ctx.parties.create(party, undefined);
    for (const product of demoProducts) await ctx.products.create(product, undefined);
    const user = await ctx.accounts.createUser(
      { username: 'chen', displayName: 'Chen', password: 'a long test password', role: 'compliance' },
      undefined,
    );
    officer = { userId: user.id, username: user.username, role: 'compliance', partyId: null };
    await ctx.authorisations.create(
      {
        kind: 'party-cap',
        authority: 'BIS',
        number: 'EXISTING-1',
        holderPartyId: 'nvidia',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
        products: { productIds: ['nvidia-h200-sxm'] },
        destinations: ['CN'],
        cappedPartyId: 'tencent',
        quantity: 10,
      },
      officer,
    );
  });
  afterAll(() => drop());

  const importText = (text: string, options: Partial<CsvImportOptions> = {}) =>
    ctx.authorisationImports.importCsv(
      chunked(text, 1024),
      { fileName: 'authorisations.csv', ...options },
      officer,
    );

  const counts = () => countWritten(ctx.db);

  const termsOf = async (number: string) =>
    (await ctx.authorisations.list(undefined)).find((a) => a.terms.number === number);

  it('imports one authorisation of each kind with its opening grant, audited as one import', async () => {
    const before = await counts();
    const text = authorisationsCsv(Object.values(authorisationRowsByKind).map((row) => row('K1')));
    const result = await importText(text);
    expect(result).toMatchObject({ fileName: 'authorisations.csv', dryRun: false, rows: 5, imported: 5 });
    expect(result.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    // Each authorisation: its record, its grant entry, and two audit events (created, granted); then the import's.
    expect(await counts()).toEqual({
      authorisations: before.authorisations + 5,
      ledgerEntries: before.ledgerEntries + 5,
      auditEvents: before.auditEvents + 11,
    });

    const exportLicence = await termsOf('DK1');
    expect(exportLicence?.terms).toEqual({
      kind: 'export-licence',
      authority: 'BIS',
      number: 'DK1',
      holderPartyId: 'nvidia',
      validFrom: '2026-02-01',
      validUntil: '2027-01-31',
      products: { productIds: ['nvidia-h200-sxm', 'nvidia-hgx-h200-8gpu'], eccns: [] },
      destinations: ['CN'],
      conditions: 'China-bound units ≤ 50 % of US-bound units; "third-party" testing, of every shipment.',
      quantity: 1000,
      value: { amountMinor: 2_700_000_000, currency: 'USD' },
      consignees: ['tencent'],
      endUsers: ['tencent', 'bytedance'],
    });
    expect(exportLicence?.currency).toBe('USD');
    expect(exportLicence?.balance).toMatchObject({ authorised: 1000, valueLimited: true, entryCount: 1 });
    expect((await termsOf('NAC-K1'))?.terms).toMatchObject({
      kind: 'exception-use',
      products: { productIds: [], eccns: ['3A090.a', '4A090.a'] },
      exception: 'NAC',
      authorizationNumber: 'ZK1',
      answeredOn: '2026-01-20',
      quantity: 500,
    });
    expect((await termsOf('R1-K1'))?.terms).toMatchObject({
      kind: 'import-approval',
      authority: 'MOFCOM',
      importerPartyId: 'bytedance',
      round: '2026 round 1',
      quantity: 135_000,
    });
    expect((await termsOf('CAP-K1'))?.terms).toMatchObject({ cappedPartyId: 'alibaba', quantity: 75_000 });
    const ratio = await termsOf('RATIO-K1');
    expect(ratio?.terms).toMatchObject({
      destinations: ['CN', 'HK'],
      ratio: { numerator: 1, denominator: 2 },
      referenceDestinations: ['US'],
    });
    expect(ratio?.balance.authorised).toBe(0);

    const [event] = await ctx.audit.list({ entityType: 'authorisation-import', limit: 1 });
    expect(event).toMatchObject({
      seq: result.auditEventSeq,
      action: 'authorisations.imported',
      actor: 'user:chen',
      summary: 'Imported 5 authorisations from authorisations.csv',
    });
    const changes = JSON.parse(event?.changes ?? '{}') as { ids: string[]; sha256: string; count: number };
    expect(changes).toMatchObject({ fileName: 'authorisations.csv', sha256: result.sha256, count: 5 });
    expect(changes.ids).toHaveLength(5);
    expect(changes.ids[0]).toBe(exportLicence?.id);
    expect((await ctx.audit.verify()).ok).toBe(true);
    expect((await ctx.authorisations.verify()).ok).toBe(true);
  });

  it('checks a file on a dry run, numbers already issued included, and writes nothing', async () => {
    const before = await counts();
    const ok = await importText(
      authorisationsCsv(Object.values(authorisationRowsByKind).map((row) => row('DRY'))),
      { dryRun: true },
    );
    expect(ok).toMatchObject({ dryRun: true, rows: 5, imported: 0, auditEventSeq: null });
    expect(await counts()).toEqual(before);
    expect(await termsOf('DDRY')).toBeUndefined();

    const taken = await failure(importText(authorisationsCsv([licence('K1')]), { dryRun: true }));
    expect(taken.details).toEqual([
      { path: 'row 2, column number', message: 'BIS has already issued an authorisation numbered DK1' },
    ]);
    expect(await counts()).toEqual(before);
  });

  const badRows: [string, AuthorisationCsvValues, { path: string; message: string }][] = [
    [
      'a negative quantity',
      { ...licence('BAD'), quantity: '-2' },
      { path: 'row 3, column quantity', message: '"-2" is negative: write 0 or more, in digits' },
    ],
    [
      'a fractional quantity',
      { ...licence('BAD'), quantity: '1.5' },
      {
        path: 'row 3, column quantity',
        message: '"1.5" is not a whole number: write whole units in digits, without decimals or separators',
      },
    ],
    [
      'a quantity in exponent notation',
      { ...partyCap('BAD'), quantity: '1e3' },
      { path: 'row 3, column quantity', message: '"1e3": write the number out in digits, such as 1000' },
    ],
    [
      'a value amount that is not a number',
      { ...licence('BAD'), valueAmountMinor: '27,000.00' },
      {
        path: 'row 3, column valueAmountMinor',
        message: '"27,000.00" is not a number: write it in digits, such as 1000',
      },
    ],
    [
      'validity ending before it starts',
      { ...licence('BAD'), validUntil: '2026-01-31' },
      { path: 'row 3, column validUntil', message: 'validity ends before it starts' },
    ],
    [
      'a date that is no date',
      { ...licence('BAD'), validFrom: '2026-02-30' },
      { path: 'row 3, column validFrom', message: 'not a real calendar date' },
    ],
    [
      'an unknown party',
      { ...licence('BAD'), endUsers: 'tencent|nobody' },
      { path: 'row 3, column endUsers', message: 'party nobody does not exist' },
    ],
    [
      'an unknown product',
      { ...licence('BAD'), productIds: 'nvidia-h200-sxm|nvidia-b300' },
      { path: 'row 3, column productIds', message: 'product nvidia-b300 does not exist' },
    ],
    [
      'a number its authority issued earlier in the file',
      licence('OK'),
      { path: 'row 3, column number', message: 'BIS DOK is already on row 2' },
    ],
    [
      'a number its authority issued before',
      { ...partyCap('BAD'), number: 'EXISTING-1' },
      {
        path: 'row 3, column number',
        message: 'BIS has already issued an authorisation numbered EXISTING-1',
      },
    ],
    [
      'a currency code that is not one',
      { ...licence('BAD'), valueCurrency: 'US$' },
      { path: 'row 3, column valueCurrency', message: 'use an ISO 4217 currency code such as USD' },
    ],
    [
      'a value without its currency',
      { ...licence('BAD'), valueCurrency: '' },
      { path: 'row 3, column valueCurrency', message: 'give the currency of the value, such as USD' },
    ],
    [
      'a column the kind does not use',
      { ...partyCap('BAD'), consignees: 'tencent' },
      { path: 'row 3, column consignees', message: 'does not apply to kind party-cap: leave it empty' },
    ],
    [
      'an empty column the kind needs',
      { ...authorisationRowsByKind['import-approval']('BAD'), round: '' },
      { path: 'row 3, column round', message: 'required for kind import-approval' },
    ],
    [
      'an unknown kind',
      { ...partyCap('BAD'), kind: 'licence' },
      {
        path: 'row 3, column kind',
        message: '"licence": use export-licence, exception-use, import-approval, party-cap, ratio-cap',
      },
    ],
    [
      'a destination that is not a country code',
      { ...licence('BAD'), destinations: 'CN|China' },
      {
        path: 'row 3, column destinations',
        message: '"China": use an ISO 3166 alpha-2 country code such as CN or US',
      },
    ],
  ];

  it.each(badRows)(
    'refuses %s, naming its row and column, and writes nothing',
    async (_what, bad, problem) => {
      const before = await counts();
      // A good row first: it is written inside the transaction before the bad row is read, then rolled back.
      const error = await failure(importText(authorisationsCsv([licence('OK'), bad])));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details).toEqual([problem]);
      expect(error.message).toBe(
        `authorisations.csv: 1 problem(s); nothing was imported. First: ${problem.path}: ${problem.message}`,
      );
      expect(await counts()).toEqual(before);
      expect(await termsOf('DOK')).toBeUndefined();
    },
  );

  it('reports every bad row of a file at once, in row order', async () => {
    const before = await counts();
    const error = await failure(
      importText(
        authorisationsCsv([
          { ...licence('M1'), quantity: '-2', valueCurrency: 'usd' },
          licence('M2'),
          { ...partyCap('M3'), cappedPartyId: 'nobody', ratioNumerator: '1' },
          { ...licence('M2') },
        ]),
      ),
    );
    expect(error.details).toEqual([
      { path: 'row 2, column quantity', message: '"-2" is negative: write 0 or more, in digits' },
      { path: 'row 2, column valueCurrency', message: 'use an ISO 4217 currency code such as USD' },
      { path: 'row 4, column ratioNumerator', message: 'does not apply to kind party-cap: leave it empty' },
      { path: 'row 5, column number', message: 'BIS DM2 is already on row 3' },
    ]);
    // Row 4's party is checked once the row is otherwise valid.
    const unknownParty = await failure(
      importText(authorisationsCsv([licence('M4'), { ...partyCap('M5'), cappedPartyId: 'nobody' }])),
    );
    expect(unknownParty.details).toEqual([
      { path: 'row 3, column cappedPartyId', message: 'party nobody does not exist' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('names the row of a truncated file with an unclosed quote and writes nothing', async () => {
    const before = await counts();
    const text = authorisationsCsv([licence('T1'), licence('T2'), licence('T3')]);
    // Cut inside the quoted conditions of row 4.
    const cutAt = text.lastIndexOf('"China-bound') + 20;
    const error = await failure(importText(text.slice(0, cutAt)));
    expect(error.details).toEqual([
      {
        path: 'row 4',
        message: 'a quoted value is never closed: the file may be truncated, or a value holds a stray "',
      },
    ]);
    expect(await counts()).toEqual(before);
    expect(await termsOf('DT1')).toBeUndefined();
  });

  it('refuses unknown or missing header columns, and takes them in any order and case', async () => {
    const unknown = await failure(importText(`${authorisationsCsvHeader},notes\n`));
    expect(unknown.details).toEqual([{ path: 'row 1, column notes', message: 'unknown column' }]);
    const missing = await failure(
      importText(`${authorisationsCsvHeader.replace(',valueCurrency', '').replace('kind,', '')}\n`),
    );
    expect(missing.details).toEqual([
      { path: 'row 1, column kind', message: 'missing column' },
      { path: 'row 1, column valueCurrency', message: 'missing column' },
    ]);
    expect(missing.message).toMatch(
      /^The header row does not match the authorisations format .*; expected the columns kind, authority, number,/,
    );
    const headerOnly = await failure(importText(`${authorisationsCsvHeader}\n`));
    expect(headerOnly.message).toBe('authorisations.csv has a header but no authorisations.');

    const columns = authorisationsCsvHeader.split(',');
    const row =
      authorisationsCsv([partyCap('ORDER')])
        .split('\n')[1]
        ?.split(',') ?? [];
    const reordered = `${[...columns].reverse().join(',').toUpperCase()}\n${[...row].reverse().join(',')}\n`;
    expect((await importText(reordered)).rows).toBe(1);
    expect((await termsOf('CAP-ORDER'))?.terms).toMatchObject({ cappedPartyId: 'alibaba', quantity: 75_000 });
  });

  it('tells progress every 100 rows and at the end', async () => {
    const progress: number[] = [];
    const rows = Array.from({ length: 250 }, (_, n) => partyCap(`P${n}`));
    const result = await importText(authorisationsCsv(rows), { onProgress: (read) => progress.push(read) });
    expect(result.rows).toBe(250);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('rolls back when the source fails half-way', async () => {
    const before = await counts();
    const text = authorisationsCsv([licence('S1'), licence('S2')]);
    async function* failing() {
      yield Buffer.from(text.slice(0, text.lastIndexOf('\nexport-licence')));
      throw new Error('disk went away');
    }
    await expect(
      ctx.authorisationImports.importCsv(Readable.from(failing()), { fileName: 'broken.csv' }, officer),
    ).rejects.toThrow('disk went away');
    expect(await counts()).toEqual(before);
    expect((await ctx.audit.verify()).ok).toBe(true);
  });
});
