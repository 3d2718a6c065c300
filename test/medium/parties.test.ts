import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { openDatabase } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import * as initial from '../../src/db/migrations/2026-11-29T0000-initial.js';
import { streamParties } from '../../src/db/repositories/party.repository.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import type { DomainError } from '../../src/domain/errors.js';
import type { NewPartyInput } from '../../src/domain/parties/party.js';
import { engines, freshContext } from '../support/databases.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };
const buyer: Principal = { userId: 'u-2', username: 'bd', role: 'buyer', partyId: 'bytedance' };

const bytedance: NewPartyInput = {
  id: 'bytedance',
  legalName: 'Beijing ByteDance Technology Co., Ltd.',
  otherNames: ['ByteDance', '北京字节跳动科技有限公司'],
  roles: ['buyer', 'consignee', 'end-user'],
  country: 'cn',
  hqCountry: 'CN',
  identifiers: [{ scheme: 'USCC', value: ' 91110108000000001a ' }],
  addresses: [{ lines: ['1 Example Street'], city: 'Beijing', country: 'CN' }],
};

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a failure');
}

describe.each(engines)('parties on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;
  let clock = new Date('2026-03-01T10:00:00Z');

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine, { clock: () => clock }));
    await ctx.parties.create(bytedance, officer);
    await ctx.parties.create(
      {
        id: 'nvidia',
        legalName: 'NVIDIA Corporation',
        roles: ['exporter'],
        country: 'US',
        hqCountry: 'US',
        identifiers: [{ scheme: 'EIN', value: '123456789' }],
        addresses: [{ city: 'Santa Clara', region: 'CA', country: 'US' }],
      },
      officer,
    );
    await ctx.parties.create(
      {
        id: 'percent',
        legalName: '100% Pure_Compute GmbH',
        roles: ['end-user'],
        country: 'DE',
        hqCountry: 'DE',
      },
      officer,
    );
  });
  afterAll(() => drop());

  it('creates a party unscreened, with its identifiers normalised, and audits it', async () => {
    const party = await ctx.parties.get(officer, 'bytedance');
    expect(party).toMatchObject({
      country: 'CN',
      screeningStatus: 'unscreened',
      identifiers: [{ scheme: 'USCC', value: '91110108000000001A' }],
      addresses: [{ lines: ['1 Example Street'], city: 'Beijing', country: 'CN' }],
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect((await ctx.parties.get(officer, 'nvidia')).identifiers).toEqual([
      { scheme: 'EIN', value: '12-3456789' },
    ]);
    const events = await ctx.audit.list({ entityType: 'party', entityId: 'bytedance', limit: 5 });
    expect(events.map((e) => e.action)).toEqual(['party.created']);
  });

  it('refuses a malformed USCC, a repeated identifier, an empty address and a screening status, naming each field', async () => {
    const error = await failure(
      ctx.parties.create(
        {
          ...bytedance,
          id: 'bad-uscc',
          identifiers: [
            { scheme: 'USCC', value: '9111010800000000IA' },
            { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
            { scheme: 'LEI', value: '5493001kjtiigc8y1r12' },
          ],
          addresses: [{ lines: [], country: 'CN' }],
        },
        officer,
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      {
        path: 'identifiers[0].value',
        message: 'a USCC is 18 characters: digits and upper-case letters other than I, O, Z, S and V',
      },
      { path: 'identifiers[2]', message: 'identifier listed twice' },
      { path: 'addresses[0].city', message: 'give a city or at least one address line' },
    ]);
    const short = await failure(
      ctx.parties.create(
        { ...bytedance, id: 'short', identifiers: [{ scheme: 'USCC', value: '91110108000000001' }] },
        officer,
      ),
    );
    expect(short.details[0]?.path).toBe('identifiers[0].value');
    const status = await failure(
      ctx.parties.create(
        { ...bytedance, id: 'screened', screeningStatus: 'clear' } as NewPartyInput,
        officer,
      ),
    );
    expect(status.code).toBe('VALIDATION_FAILED');
    expect(await ctx.parties.find('bad-uscc')).toBeUndefined();
  });

  it('changes only the fields sent, audits each before and after, and never the id', async () => {
    clock = new Date('2026-03-02T09:00:00Z');
    const changed = await ctx.parties.update(
      'bytedance',
      { otherNames: ['ByteDance', 'Douyin Group'], addresses: [{ city: 'Beijing', country: 'CN' }] },
      officer,
    );
    expect(changed).toMatchObject({
      id: 'bytedance',
      legalName: bytedance.legalName,
      otherNames: ['ByteDance', 'Douyin Group'],
      addresses: [{ lines: [], city: 'Beijing', country: 'CN' }],
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await ctx.parties.get(officer, 'bytedance')).toEqual(changed);
    const [event] = await ctx.audit.list({ entityType: 'party', entityId: 'bytedance', limit: 1 });
    expect(event).toMatchObject({ action: 'party.updated', actor: 'user:chen' });
    expect(event?.summary).toBe(`Changed other names, addresses of ${bytedance.legalName}`);
    expect(JSON.parse(event?.changes ?? '')).toEqual({
      before: {
        otherNames: ['ByteDance', '北京字节跳动科技有限公司'],
        addresses: [{ lines: ['1 Example Street'], city: 'Beijing', country: 'CN' }],
      },
      after: {
        otherNames: ['ByteDance', 'Douyin Group'],
        addresses: [{ lines: [], city: 'Beijing', country: 'CN' }],
      },
    });

    // The same values again change nothing and write no event.
    const seq = event?.seq;
    await ctx.parties.update('bytedance', { otherNames: ['ByteDance', 'Douyin Group'] }, officer);
    expect((await ctx.audit.list({ entityType: 'party', entityId: 'bytedance', limit: 1 }))[0]?.seq).toBe(
      seq,
    );

    const rename = await failure(ctx.parties.update('bytedance', { id: 'bd' } as never, officer));
    expect(rename.details).toEqual([{ path: 'id', message: 'the id cannot be changed' }]);
    const empty = await failure(ctx.parties.update('bytedance', {}, officer));
    expect(empty.message).toMatch(/at least one field/);
    const bad = await failure(ctx.parties.update('bytedance', { hqCountry: 'China' }, officer));
    expect(bad.details).toEqual([
      { path: 'hqCountry', message: 'use an ISO 3166 alpha-2 country code such as CN or US' },
    ]);
    await expect(ctx.parties.update('nobody', { legalName: 'X' }, officer)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('filters by role, country and name in any case (legal or other names), and pages', async () => {
    const ids = async (filter: Parameters<AppContext['parties']['list']>[1]) =>
      (await ctx.parties.list(officer, filter)).map((p) => p.id);
    expect(await ids({})).toEqual(['percent', 'bytedance', 'nvidia']);
    expect(await ids({ role: 'exporter' })).toEqual(['nvidia']);
    expect(await ids({ role: 'end-user' })).toEqual(['percent', 'bytedance']);
    expect(await ids({ country: 'us' })).toEqual(['nvidia']);
    expect(await ids({ q: 'BYTEDANCE' })).toEqual(['bytedance']);
    expect(await ids({ q: 'douyin' })).toEqual(['bytedance']);
    expect(await ids({ q: 'ｎｖｉｄｉａ' })).toEqual(['nvidia']);
    // LIKE's wildcards match only themselves.
    expect(await ids({ q: '100%' })).toEqual(['percent']);
    expect(await ids({ q: 'e_c' })).toEqual(['percent']);
    expect(await ids({ q: 'y_c' })).toEqual([]);
    expect(await ids({ q: '%' })).toEqual(['percent']);
    expect(await ids({ screeningStatus: 'clear' })).toEqual([]);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['bytedance', 'nvidia']);
    expect(await ids({ country: 'CN', role: 'exporter' })).toEqual([]);
    // A buyer sees only its own party, whatever it asks for.
    expect((await ctx.parties.list(buyer, { country: 'US' })).map((p) => p.id)).toEqual([]);
    expect((await ctx.parties.list(buyer)).map((p) => p.id)).toEqual(['bytedance']);
    await expect(ctx.parties.get(buyer, 'nvidia')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('streams the filtered list page by page in the list order', async () => {
    const all: string[] = [];
    for await (const row of streamParties(ctx.db, {}, 2)) all.push(row.id);
    expect(all).toEqual(['percent', 'bytedance', 'nvidia']);
    const streamed: string[] = [];
    for await (const party of ctx.parties.stream(officer, { role: 'end-user' })) streamed.push(party.id);
    expect(streamed).toEqual(['percent', 'bytedance']);
  });
});

describe.each(engines)('the party-details migration on $name', (engine) => {
  it('backfills the search names and updated_at of parties that existed before it', async () => {
    const { target, drop } = await engine.create();
    const { db } = openDatabase(target);
    try {
      const onlyInitial = new Migrator({
        db,
        provider: {
          getMigrations: () =>
            Promise.resolve({
              '2026-11-29T0000-initial': {
                up: (raw) => initial.up(raw.withoutPlugins(), { engine: engine.name }),
              },
            }),
        },
      });
      const { error } = await onlyInitial.migrateToLatest();
      expect(error).toBeUndefined();
      await sql`insert into parties (id, legal_name, other_names, roles, country, hq_country, created_at)
        values ('old', 'Old Party Ltd', '["ＯＬＤ Trade Name"]', '["buyer"]', 'GB', 'GB', '2026-01-01T00:00:00.000Z')`.execute(
        db,
      );
      await migrateToLatest(db, engine.name);
      const row = await db
        .selectFrom('parties')
        .selectAll()
        .where('id', '=', 'old')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        identifiers: '[]',
        addresses: '[]',
        screeningStatus: 'unscreened',
        searchNames: 'old party ltd\nold trade name',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      await expect(
        sql`update parties set screening_status = 'maybe' where id = 'old'`.execute(db),
      ).rejects.toThrow();
    } finally {
      await db.destroy();
      await drop();
    }
  });
});
