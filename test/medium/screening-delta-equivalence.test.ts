import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { engines, freshContext } from '../support/databases.js';
import { cslCsv, cslSnapshotRows, listFile } from '../support/screening-lists.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };

/**
 * Delta re-screening is only right if it ends where screening everyone again would: after a list update
 * that adds, changes and removes real entries, every party's matches are the same as a full re-screen's.
 * Parties are named after listed entries on both sides of the update (and a few typos of them), plus
 * names on no list.
 */
describe.each(engines)('delta re-screening against a full re-screen on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine));
  });
  afterAll(() => drop());

  const matchesOfAll = async () => {
    const rows = await ctx.db
      .selectFrom('screeningMatches')
      .select(['partyId', 'entryId', 'state'])
      .orderBy('partyId')
      .orderBy('entryId')
      .execute();
    return rows.map((r) => `${r.partyId} ${r.entryId} ${r.state}`);
  };

  it('leaves every party as screening everyone against the new version would', async () => {
    const { rows } = cslSnapshotRows();
    // Entities and companies only: person names are not what the parties here are.
    const listed = rows.filter((r) => r['type'] !== 'Individual' && r['name']?.trim()).slice(0, 1600);
    const v1 = listed.slice(0, 1200);
    // 30 removed, 20 changed, 40 added: under a tenth of the list, so the update keeps the weights and
    // re-screens only the parties it can affect.
    const removed = new Set(v1.slice(0, 30).map((r) => r['_id']));
    const changed = new Set(v1.slice(100, 120).map((r) => r['_id']));
    const v2 = [
      ...v1
        .filter((r) => !removed.has(r['_id']))
        .map((r) =>
          changed.has(r['_id'])
            ? { ...r, alt_names: `${r['alt_names'] ?? ''}; ${r['name'] ?? ''} Holdings` }
            : r,
        ),
      ...listed.slice(1200, 1240),
    ];
    const names = [
      ...listed.filter((_, i) => i % 4 === 0).map((r) => r['name'] ?? ''),
      ...listed.filter((_, i) => i % 9 === 1).map((r) => (r['name'] ?? '').replace(/([aeiou])/i, '$1$1')),
      'Beijing ByteDance Technology Co., Ltd.',
      'Lenovo (Beijing) Co., Ltd.',
      'Global Logistics Partners LLC',
      '深圳市腾讯计算机系统有限公司',
    ];
    for (const [i, name] of names.entries()) {
      await ctx.parties.create(
        {
          id: `p-${i}`,
          legalName: name.trim().slice(0, 300),
          roles: ['buyer'],
          country: 'CN',
          hqCountry: 'CN',
        },
        officer,
      );
    }

    await ctx.screening.importList([listFile('v1.csv', cslCsv(v1))], officer);
    const update = await ctx.screening.importList([listFile('v2.csv', cslCsv(v2))], officer);
    expect(update.version.delta).toMatchObject({ added: 40, changed: 20, removed: 30 });
    expect(update.version.delta.parties.reweighed).toBe(false);
    expect(update.version.delta.parties.touched).toBeGreaterThan(0);
    expect(update.version.delta.parties.touched).toBeLessThan(names.length / 4);
    const afterDelta = await matchesOfAll();
    expect(afterDelta.length).toBeGreaterThan(100);

    for (let i = 0; i < names.length; i++) await ctx.screening.screenNow(`p-${i}`, officer);
    expect(await matchesOfAll()).toEqual(afterDelta);

    // A larger update (a fifth of the list) takes fresh statistics and re-screens everyone.
    const v3 = [...v2.slice(250), ...listed.slice(1240, 1500)];
    const large = await ctx.screening.importList([listFile('v3.csv', cslCsv(v3))], officer);
    expect(large.version.delta.parties).toMatchObject({ reweighed: true, touched: names.length });
    const afterReweigh = await matchesOfAll();
    for (let i = 0; i < names.length; i++) await ctx.screening.screenNow(`p-${i}`, officer);
    expect(await matchesOfAll()).toEqual(afterReweigh);
  }, 300_000);
});
