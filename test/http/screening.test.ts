import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/databases.js';
import { testApp, type TestApp } from '../support/http.js';
import { cslCsv, cslRow, cslSnapshotRows, listsDir, truncated } from '../support/screening-lists.js';

interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

/** A multipart/form-data body holding the files, as a browser's FormData sends it. */
function multipart(files: { name: string; bytes: Buffer }[]): { body: Buffer; contentType: string } {
  const boundary = '----tranche-test-boundary';
  const parts = files.map(({ name, bytes }) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const listRows = () => [
  ...cslSnapshotRows().rows.slice(0, 50),
  cslRow({ _id: 'syn-zentrovex', name: 'Zentrovex Photonics Co., Ltd.', programs: 'EAR' }),
];

describe.each(engines)('screening API on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(() => t.close());

  const upload = (body: Buffer | string, contentType: string, fileName = 'csl.csv') =>
    t.app.inject({
      method: 'POST',
      url: `/api/screening/lists?fileName=${fileName}`,
      headers: {
        cookie: t.callers.compliance.cookie,
        'x-csrf-token': t.callers.compliance.csrfToken,
        'content-type': contentType,
      },
      payload: body,
    });

  it('imports a gzipped CSL sent as the body, then OFAC’s files as multipart/form-data', async () => {
    const csl = await upload(gzipSync(cslCsv(listRows())), 'application/gzip', 'csl.csv.gz');
    expect(csl.statusCode, csl.body).toBe(201);
    expect(csl.json<{ version: { kind: string; entryCount: number } }>().version).toMatchObject({
      kind: 'csl',
      entryCount: 51,
    });

    const ofacNames = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'];
    const { body, contentType } = multipart(
      ofacNames.map((name) => ({ name, bytes: fs.readFileSync(path.join(listsDir, name)) })),
    );
    const ofac = await upload(body, contentType);
    expect(ofac.statusCode, ofac.body).toBe(201);
    const version = ofac.json<{ version: { kind: string; files: { name: string }[] } }>().version;
    expect(version.kind).toBe('ofac-consolidated');
    expect(version.files.map((f) => f.name).sort()).toEqual([...ofacNames].sort());

    const versions = await t.request(t.callers.auditor, 'GET', '/api/screening/lists');
    expect(versions.json<{ kind: string; active: boolean }[]>().map((v) => [v.kind, v.active])).toEqual([
      ['ofac-consolidated', true],
      ['csl', true],
    ]);
  });

  it('refuses a truncated list with LIST_INVALID naming the row, and an empty body', async () => {
    const cut = await upload(truncated(cslCsv(listRows())), 'text/csv', 'cut.csv');
    expect(cut.statusCode).toBe(400);
    const error = cut.json<ErrorBody>().error;
    expect(error.code).toBe('LIST_INVALID');
    expect(error.details[0]?.path).toMatch(/^cut\.csv, row \d+/);

    const broken = await upload('--x\r\nnot a part', 'multipart/form-data; boundary=x');
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ErrorBody>().error).toMatchObject({ code: 'VALIDATION_FAILED' });

    const empty = await upload('', 'text/csv');
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');

    const versions = await t.request(t.callers.compliance, 'GET', '/api/screening/lists');
    expect(versions.json<unknown[]>()).toHaveLength(2);
  });

  it('queues a matching party, takes a decision, and shows the history', async () => {
    const created = await t.request(t.callers.compliance, 'POST', '/api/parties', {
      id: 'zentrovex',
      legalName: 'Zentrovex Photonics Co., Ltd.',
      roles: ['buyer'],
      country: 'CN',
      hqCountry: 'CN',
    });
    expect(created.json<{ screeningStatus: string }>().screeningStatus).toBe('potential-match');

    const queue = await t.request(t.callers.auditor, 'GET', '/api/screening/queue');
    const item = queue
      .json<{
        items: { party: { id: string }; match: { entryId: string }; entry: { programs: string[] } }[];
      }>()
      .items.find((i) => i.party.id === 'zentrovex');
    expect(item?.match.entryId).toBe('syn-zentrovex');
    expect(item?.entry.programs).toEqual(['EAR']);

    const decided = await t.request(
      t.callers.compliance,
      'POST',
      '/api/screening/parties/zentrovex/decisions',
      {
        entryId: 'syn-zentrovex',
        decision: 'confirmed',
        reason: 'Same USCC as the listing.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ status: string }>().status).toBe('confirmed');

    const history = await t.request(t.callers.auditor, 'GET', '/api/parties/zentrovex/screenings');
    expect(
      history.json<{ status: string; screenings: unknown[]; decisions: { reason: string }[] }>(),
    ).toMatchObject({
      status: 'confirmed',
      decisions: [{ reason: 'Same USCC as the listing.' }],
    });

    const screened = await t.request(t.callers.admin, 'POST', '/api/screening/parties/zentrovex/screen');
    expect(screened.json<{ status: string; trigger: string }>()).toMatchObject({
      status: 'confirmed',
      trigger: 'manual',
    });
  });

  it('keeps a confirmed block through a rename, shows it held, and lifts it with a reason', async () => {
    const renamed = await t.request(t.callers.compliance, 'PATCH', '/api/parties/zentrovex', {
      legalName: 'Acme Garden Tools Ltd',
    });
    expect(renamed.json<{ screeningStatus: string }>().screeningStatus).toBe('confirmed');
    const history = await t.request(t.callers.auditor, 'GET', '/api/parties/zentrovex/screenings');
    const { current } = history.json<{
      current: { entryId: string; state: string; held?: { reason: string; since: string } }[];
    }>();
    expect(current.map((m) => [m.entryId, m.state, m.held?.reason])).toEqual([
      ['syn-zentrovex', 'confirmed', 'no-longer-matched'],
    ]);
    expect(Date.parse(current[0]?.held?.since ?? '')).not.toBeNaN();

    const lift = (caller: 'compliance' | 'planner', reason: string) =>
      t.request(
        caller === 'compliance' ? t.callers.compliance : t.callers.planner,
        'POST',
        '/api/screening/parties/zentrovex/decisions',
        {
          entryId: 'syn-zentrovex',
          decision: 'lifted',
          reason,
        },
      );
    expect((await lift('planner', 'Renamed.')).statusCode).toBe(403);
    const noReason = await lift('compliance', ' ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorBody>().error.details.map((d) => d.path)).toEqual(['reason']);
    const lifted = await lift('compliance', 'The party was renamed after a merger; not the listed company.');
    expect(lifted.statusCode, lifted.body).toBe(201);
    expect(lifted.json<{ status: string; decision: { decision: string } }>()).toMatchObject({
      status: 'clear',
      decision: { decision: 'lifted' },
    });
    const party = await t.request(t.callers.auditor, 'GET', '/api/parties/zentrovex');
    expect(party.json<{ screeningStatus: string }>().screeningStatus).toBe('clear');
  });

  it('answers bad input with VALIDATION_FAILED and field paths', async () => {
    const cases: [string, unknown, string[]][] = [
      [
        '/api/screening/parties/zentrovex/decisions',
        { entryId: 'syn-zentrovex', decision: 'confirmed' },
        ['reason'],
      ],
      [
        '/api/screening/parties/zentrovex/decisions',
        { entryId: 'syn-zentrovex', decision: 'maybe', reason: 'x' },
        ['decision'],
      ],
      [
        '/api/screening/parties/zentrovex/decisions',
        { entryId: 'syn-zentrovex', decision: 'confirmed', reason: '   ' },
        ['reason'],
      ],
      [
        '/api/screening/parties/zentrovex/decisions',
        { entryId: 'not-a-match', decision: 'confirmed', reason: 'x' },
        ['entryId'],
      ],
    ];
    for (const [url, body, paths] of cases) {
      const response = await t.request(t.callers.compliance, 'POST', url, body);
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json<ErrorBody>().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.map((d) => d.path)).toEqual(paths);
    }
    const limit = await t.request(t.callers.compliance, 'GET', '/api/screening/queue?limit=0');
    expect(limit.statusCode).toBe(400);
    expect(limit.json<ErrorBody>().error.details.map((d) => d.path)).toEqual(['querystring.limit']);

    const unknown = await t.request(t.callers.compliance, 'POST', '/api/screening/parties/nobody/decisions', {
      entryId: 'x',
      decision: 'confirmed',
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<ErrorBody>().error.code).toBe('NOT_FOUND');
  });

  it('keeps buyers out of screening, and lets only compliance decide', async () => {
    for (const url of ['/api/screening/queue', '/api/screening/lists', '/api/parties/bytedance/screenings']) {
      const response = await t.request(t.callers.buyer, 'GET', url);
      expect(response.statusCode, url).toBe(403);
    }
    for (const caller of [t.callers.admin, t.callers.auditor, t.callers.planner]) {
      const response = await t.request(caller, 'POST', '/api/screening/parties/zentrovex/decisions', {
        entryId: 'syn-zentrovex',
        decision: 'false-positive',
        reason: 'x',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    }
    const auditorImport = await t.request(t.callers.auditor, 'POST', '/api/screening/lists', 'x', {
      'content-type': 'text/csv',
    });
    expect(auditorImport.statusCode).toBe(403);
  });
});
