import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoParties, demoProducts } from '../../src/demo/h200-scenario.js';
import {
  authorisationRowsByKind,
  authorisationsCsv,
  authorisationsCsvHeader,
} from '../support/authorisations-csv.js';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';

interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

interface AuthorisationBody {
  id: string;
  terms: Record<string, unknown> & { number: string };
  balance: { authorised: number };
}

/** An internal reader, to see which parties the test app already has. */
const officer = { userId: 'test', username: 'test', role: 'compliance', partyId: null } as const;

describe.each(engines)('authorisations CSV over HTTP on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(engine);
    const existing = new Set((await t.ctx.parties.list(officer)).map((p) => p.id));
    for (const party of demoParties)
      if (!existing.has(party.id)) await t.ctx.parties.create(party, undefined);
    for (const product of demoProducts) await t.ctx.products.create(product, undefined);
  });
  afterAll(() => t.close());

  const csv = { 'content-type': 'text/csv; charset=utf-8' };
  const rows = Object.values(authorisationRowsByKind).map((row) => row('H1'));
  const list = async (query = '') =>
    (await t.request(t.callers.auditor, 'GET', `/api/authorisations${query}`)).json<AuthorisationBody[]>();

  it('checks a file with dryRun, refuses a bad one by row and column, then imports it all', async () => {
    const dry = await t.request(
      t.callers.compliance,
      'POST',
      '/api/authorisations/import?dryRun=true',
      authorisationsCsv(rows),
      csv,
    );
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 5, imported: 0, fileName: 'upload.csv' });
    expect(await list()).toEqual([]);

    const refused = await t.request(
      t.callers.compliance,
      'POST',
      '/api/authorisations/import?fileName=bad.csv',
      authorisationsCsv([...rows, { ...rows[3], number: 'CAP-H2', quantity: '1.5' }]),
      csv,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error).toEqual({
      code: 'VALIDATION_FAILED',
      message:
        'bad.csv: 1 problem(s); nothing was imported. First: row 7, column quantity: "1.5" is not a whole number: write whole units in digits, without decimals or separators',
      details: [
        {
          path: 'row 7, column quantity',
          message: '"1.5" is not a whole number: write whole units in digits, without decimals or separators',
        },
      ],
    });
    expect(await list()).toEqual([]);

    const done = await t.request(
      t.callers.compliance,
      'POST',
      '/api/authorisations/import?fileName=authorisations.csv',
      authorisationsCsv(rows),
      csv,
    );
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      dryRun: false,
      rows: 5,
      imported: 5,
      fileName: 'authorisations.csv',
    });
    expect((await list()).map((a) => a.terms.number).sort()).toEqual(
      ['CAP-H1', 'DH1', 'NAC-H1', 'R1-H1', 'RATIO-H1'].sort(),
    );
  });

  it('takes CSV only, and refuses a header that is not the format', async () => {
    const json = await t.request(t.callers.compliance, 'POST', '/api/authorisations/import', { kind: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json<ErrorBody>().error.message).toMatch(/text\/csv/);
    const header = await t.request(
      t.callers.compliance,
      'POST',
      '/api/authorisations/import',
      'kind,number,colour\nparty-cap,X,red\n',
      csv,
    );
    expect(header.statusCode).toBe(400);
    expect(header.json<ErrorBody>().error.details).toContainEqual({
      path: 'row 1, column colour',
      message: 'unknown column',
    });
    const planner = await t.request(
      t.callers.planner,
      'POST',
      '/api/authorisations/import',
      authorisationsCsv(rows),
      csv,
    );
    expect(planner.statusCode).toBe(403);
  });

  it('exports the list as CSV in the import format that imports back to the same terms', async () => {
    const response = await t.request(t.callers.auditor, 'GET', '/api/authorisations.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="authorisations.csv"');
    const exported = parse(response.body);
    expect(exported[0]?.join(',')).toBe(authorisationsCsvHeader);
    expect(exported).toHaveLength(1 + 5);

    // The same file with new numbers imports as copies with the same terms.
    const numberAt = exported[0]?.indexOf('number') ?? -1;
    const renumbered = exported.map((row, index) =>
      index === 0 ? row : row.map((value, column) => (column === numberAt ? `COPY-${value}` : value)),
    );
    const reimport = await t.request(
      t.callers.compliance,
      'POST',
      '/api/authorisations/import?fileName=copy.csv',
      stringify(renumbered),
      csv,
    );
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json()).toMatchObject({ rows: 5, imported: 5 });
    const all = await list();
    for (const original of all.filter((a) => !a.terms.number.startsWith('COPY-'))) {
      const copy = all.find((a) => a.terms.number === `COPY-${original.terms.number}`);
      expect({ ...copy?.terms, number: original.terms.number }).toEqual(original.terms);
      expect(copy?.balance).toEqual(original.balance);
    }

    // Exporting again gives the same rows, numbers aside.
    const again = parse((await t.request(t.callers.auditor, 'GET', '/api/authorisations.csv')).body);
    const copies = again.filter((row) => row[numberAt]?.startsWith('COPY-'));
    expect(copies.map((row) => row.map((v, c) => (c === numberAt ? v.slice(5) : v))).sort()).toEqual(
      exported.slice(1).sort(),
    );
  });

  it('filters the export as the list is filtered, and shows a buyer only what names its party', async () => {
    const caps = parse(
      (await t.request(t.callers.planner, 'GET', '/api/authorisations.csv?kind=party-cap')).body,
    );
    expect(caps.slice(1).map((row) => row[0])).toEqual(['party-cap', 'party-cap']);
    const bad = await t.request(t.callers.planner, 'GET', '/api/authorisations.csv?kind=licence');
    expect(bad.statusCode).toBe(400);

    // ByteDance is an end user of the licence and holds the import approval; Alibaba is the capped customer.
    const numbersFor = async (caller: 'buyer' | 'buyer2') =>
      parse((await t.request(t.callers[caller], 'GET', '/api/authorisations.csv')).body)
        .slice(1)
        .map((row) => row[2])
        .sort();
    expect(await numbersFor('buyer')).toEqual(['COPY-DH1', 'COPY-R1-H1', 'DH1', 'R1-H1']);
    expect(await numbersFor('buyer2')).toEqual(['CAP-H1', 'COPY-CAP-H1']);
  });
});
