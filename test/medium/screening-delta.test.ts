import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { insertParties } from '../../src/db/repositories/party.repository.js';
import { inTransaction } from '../../src/db/transaction.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { newPartyRow } from '../../src/domain/parties/party-rows.js';
import { engines, freshContext } from '../support/databases.js';
import { cslCsv, cslRow, cslSnapshotRows, listFile } from '../support/screening-lists.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };

const bulkParties = 100_000;

const morvexa = cslRow({ _id: 'syn-morvexa', name: 'Morvexa Optics Ltd.', addresses: 'Wuhan, CN' });
const talvorin = cslRow({ _id: 'syn-talvorin', name: 'Talvorin Instruments Co., Ltd.' });
const quorvant = cslRow({ _id: 'syn-quorvant', name: 'Quorvant Semiconductor Equipment Co., Ltd.' });

/** The parties a list update can reach: named after the added, the changed and the removed entry. */
const reachable = [
  { id: 'quorvant-1', legalName: 'Quorvant Semiconductor Equipment Co., Ltd.' },
  { id: 'quorvant-2', legalName: 'Quorvant Semiconductor Equipment Company Limited' },
  { id: 'talvorin-1', legalName: 'Talvorin Instruments Co., Ltd.' },
  { id: 'morvexa-1', legalName: 'Morvexa Optics Ltd.' },
];

/**
 * Runs on both engines: about 13 s each (the first import screens all 100,000 never-screened parties in
 * one transaction; the update then reads every party's names but screens only four).
 */
describe.each(engines)('delta re-screening of 100,000 parties on $name', (engine) => {
  let ctx: AppContext;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, drop } = await freshContext(engine));
  });
  afterAll(() => drop());

  it('screens everyone once, then a list update touches only the parties it can affect', async () => {
    // Parties inserted in bulk through the repository, 500 per statement, as an import would.
    const now = new Date().toISOString();
    await inTransaction(ctx.db, async (tx) => {
      let batch = [];
      for (let n = 1; n <= bulkParties; n += 1) {
        const cn = n % 3 !== 0;
        batch.push(
          newPartyRow(
            {
              id: `bulk-${n}`,
              legalName: cn ? `Example Trading ${n} Co., Ltd.` : `Example Logistics ${n} Inc.`,
              otherNames: [],
              roles: ['buyer'],
              country: cn ? 'CN' : 'US',
              hqCountry: cn ? 'CN' : 'US',
              identifiers: [],
              addresses: [],
            },
            now,
          ),
        );
        if (batch.length === 500) {
          await insertParties(tx, batch);
          batch = [];
        }
      }
      await insertParties(tx, batch);
    });
    for (const p of reachable) {
      await ctx.parties.create({ ...p, roles: ['buyer'], country: 'CN', hqCountry: 'CN' }, officer);
    }

    const { rows } = cslSnapshotRows();
    const base = rows.slice(0, 2000);
    let started = performance.now();
    const first = await ctx.screening.importList(
      [listFile('csl-v1.csv', cslCsv([...base, morvexa, talvorin]))],
      officer,
    );
    console.log(
      `[${engine.name}] first import screened ${first.version.delta.parties.touched} parties in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    expect(first.version.delta.parties).toMatchObject({
      unscreened: bulkParties + reachable.length,
      touched: bulkParties + reachable.length,
    });

    started = performance.now();
    const second = await ctx.screening.importList(
      [listFile('csl-v2.csv', cslCsv([...base, { ...talvorin, alt_names: 'Talvorin Metrology' }, quorvant]))],
      officer,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[${engine.name}] update (+1 ~1 −1) touched ${second.version.delta.parties.touched} of ${bulkParties + reachable.length} parties in ${seconds.toFixed(2)} s`,
    );
    expect(second.version.delta).toMatchObject({
      added: 1,
      changed: 1,
      removed: 1,
      parties: {
        couldMatch: 3, // quorvant-1, quorvant-2 (the added entry), talvorin-1 (the changed one)
        heldOnChanged: 2, // talvorin-1 (changed), morvexa-1 (removed)
        unscreened: 0,
        reweighed: false,
        touched: 4,
        statusChanges: { 'clear→potential-match': 2, 'potential-match→clear': 1 },
      },
    });
    const statuses = await Promise.all(
      reachable.map(async (p) => (await ctx.parties.get(officer, p.id)).screeningStatus),
    );
    expect(statuses).toEqual(['potential-match', 'potential-match', 'potential-match', 'clear']);
  }, 300_000);
});
