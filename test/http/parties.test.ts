import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';
import { csvText, generatedPartiesCsv, partiesCsvHeader } from '../support/parties-csv.js';

interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

const tencent = {
  id: 'tencent',
  legalName: 'Shenzhen Tencent Computer Systems Co., Ltd.',
  otherNames: ['Tencent'],
  roles: ['buyer', 'consignee'],
  country: 'CN',
  hqCountry: 'CN',
  identifiers: [{ scheme: 'USCC', value: '91440300000000003P' }],
  addresses: [{ city: 'Shenzhen', region: 'Guangdong', country: 'CN' }],
};

describe.each(engines)('parties over HTTP on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(() => t.close());

  const csv = { 'content-type': 'text/csv; charset=utf-8' };

  it('creates a party for compliance (201), refusing bad fields by their JSON path and duplicates with 409', async () => {
    const created = await t.request(t.callers.compliance, 'POST', '/api/parties', tencent);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ...tencent,
      screeningStatus: 'unscreened',
      addresses: [{ lines: [] }],
    });

    const bad = await t.request(t.callers.compliance, 'POST', '/api/parties', {
      ...tencent,
      id: 'tencent-2',
      identifiers: [{ scheme: 'USCC', value: 'ZZZ' }],
      hqCountry: 'China',
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<ErrorBody>().error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['hqCountry', 'identifiers[0].value']));

    const again = await t.request(t.callers.admin, 'POST', '/api/parties', tencent);
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.details).toEqual([{ path: 'id', message: 'already taken' }]);
  });

  it('changes a party with PATCH, keeping its id', async () => {
    const patched = await t.request(t.callers.compliance, 'PATCH', '/api/parties/tencent', {
      legalName: 'Tencent Cloud Computing (Beijing) Co., Ltd.',
      roles: ['buyer', 'consignee', 'end-user'],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: 'tencent', roles: ['buyer', 'consignee', 'end-user'] });

    const rename = await t.request(t.callers.compliance, 'PATCH', '/api/parties/tencent', { id: 'tc' });
    expect(rename.statusCode).toBe(400);
    expect(rename.json<ErrorBody>().error.details).toEqual([
      { path: 'id', message: 'the id cannot be changed' },
    ]);
    const missing = await t.request(t.callers.compliance, 'PATCH', '/api/parties/nobody', { legalName: 'X' });
    expect(missing.statusCode).toBe(404);

    const events = await t.request(
      t.callers.auditor,
      'GET',
      '/api/audit-events?entityType=party&entityId=tencent',
    );
    expect(
      events.json<{ events: { action: string; actor: string }[] }>().events.map((e) => e.action),
    ).toEqual(['party.updated', 'party.created']);
  });

  it('filters the list by role, country and name, and refuses unknown filters', async () => {
    const ids = async (query: string) =>
      (await t.request(t.callers.planner, 'GET', `/api/parties${query}`))
        .json<{ id: string }[]>()
        .map((p) => p.id);
    expect(await ids('')).toEqual(['alibaba', 'bytedance', 'tencent']);
    expect(await ids('?q=tencent%20CLOUD')).toEqual(['tencent']);
    expect(await ids('?role=end-user&country=cn')).toEqual(['tencent']);
    expect(await ids('?limit=1&offset=1')).toEqual(['bytedance']);
    const bad = await t.request(t.callers.planner, 'GET', '/api/parties?role=shipper&colour=red');
    expect(bad.statusCode).toBe(400);
    // A buyer's filters never widen its view.
    const own = await t.request(t.callers.buyer, 'GET', '/api/parties?country=CN');
    expect(own.json<{ id: string }[]>().map((p) => p.id)).toEqual(['bytedance']);
    // Where a party stands against the restricted-party lists is not the buyer's to know.
    expect(own.json<Record<string, unknown>[]>()[0]).not.toHaveProperty('screeningStatus');
    const one = await t.request(t.callers.buyer, 'GET', '/api/parties/bytedance');
    expect(one.json()).not.toHaveProperty('screeningStatus');
    const staff = await t.request(t.callers.compliance, 'GET', '/api/parties/bytedance');
    expect(staff.json()).toHaveProperty('screeningStatus');
  });

  it('imports a CSV body all or nothing, reporting rows and columns', async () => {
    const lines = generatedPartiesCsv(2_000, 'http');
    const dry = await t.request(
      t.callers.compliance,
      'POST',
      '/api/parties/import?dryRun=true',
      csvText(lines),
      csv,
    );
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2_000, imported: 0, fileName: 'upload.csv' });

    const bad = [...lines];
    bad[1500] = (bad[1500] ?? '').replace(/,CN,CN,/, ',CN,CHN,');
    const refused = await t.request(
      t.callers.compliance,
      'POST',
      '/api/parties/import?fileName=bad.csv',
      csvText(bad),
      csv,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          path: 'row 1501, column hq_country',
          message: 'use an ISO 3166 alpha-2 country code such as CN or US',
        },
      ],
    });
    expect((await t.request(t.callers.compliance, 'GET', '/api/parties?q=example')).json()).toEqual([]);

    const done = await t.request(
      t.callers.admin,
      'POST',
      '/api/parties/import?fileName=parties.csv',
      csvText(lines),
      csv,
    );
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      dryRun: false,
      rows: 2_000,
      imported: 2_000,
      fileName: 'parties.csv',
    });
    expect((await t.request(t.callers.admin, 'GET', '/api/parties/http-1999')).statusCode).toBe(200);
  });

  it('takes CSV only on the import route, and only CSV there', async () => {
    const json = await t.request(t.callers.compliance, 'POST', '/api/parties/import', { id: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json<ErrorBody>().error.message).toMatch(/text\/csv/);
    const plain = await t.request(t.callers.compliance, 'POST', '/api/parties/import', 'id\n', {
      'content-type': 'text/plain',
    });
    expect(plain.statusCode).toBe(400);
    const elsewhere = await t.request(
      t.callers.compliance,
      'POST',
      '/api/parties',
      `${partiesCsvHeader}\n`,
      csv,
    );
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    const header = await t.request(
      t.callers.compliance,
      'POST',
      '/api/parties/import',
      'name,country\nX,CN\n',
      csv,
    );
    expect(header.statusCode).toBe(400);
    expect(header.json<ErrorBody>().error.details).toContainEqual({
      path: 'row 1, column name',
      message: 'unknown column',
    });
  });

  it('exports the filtered list as CSV that imports back unchanged', async () => {
    const response = await t.request(t.callers.auditor, 'GET', '/api/parties.csv?q=tencent');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="parties.csv"/);
    const rows = parse(response.body);
    expect(rows[0]?.join(',')).toBe(partiesCsvHeader);
    expect(rows.slice(1)).toEqual([
      [
        'tencent',
        'Tencent Cloud Computing (Beijing) Co., Ltd.',
        'Tencent',
        'buyer|consignee|end-user',
        'CN',
        'CN',
        'USCC:91440300000000003P',
        '',
        'Shenzhen',
        '',
        'CN',
      ],
    ]);

    const all = await t.request(t.callers.auditor, 'GET', '/api/parties.csv?country=US');
    const exported = parse(all.body);
    expect(exported).toHaveLength(1 + 1_000);
    // The export is the import format: the same rows import under new ids.
    const renamed = exported.map((row, index) =>
      index === 0 ? row : [`re-${row[0] ?? ''}`, ...row.slice(1)],
    );
    const reimport = await t.request(
      t.callers.compliance,
      'POST',
      '/api/parties/import',
      csvText(renamed.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))),
      csv,
    );
    expect(reimport.json()).toMatchObject({ rows: 1_000 });
    const [original, copy] = await Promise.all(
      ['http-1', 're-http-1'].map(async (id) =>
        (await t.request(t.callers.auditor, 'GET', `/api/parties/${id}`)).json<Record<string, unknown>>(),
      ),
    );
    expect({ ...copy, id: 'http-1', createdAt: null, updatedAt: null }).toEqual({
      ...original,
      createdAt: null,
      updatedAt: null,
    });

    const buyer = await t.request(t.callers.buyer, 'GET', '/api/parties.csv');
    expect(parse(buyer.body).map((row) => row[0])).toEqual(['id', 'bytedance']);
  });
});
