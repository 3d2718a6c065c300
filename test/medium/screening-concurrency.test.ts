import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { holdScreeningLock } from '../../src/db/repositories/screening.repository.js';
import { inTransaction } from '../../src/db/transaction.js';
import type { Principal } from '../../src/domain/accounts/principal.js';
import { engines, freshContext } from '../support/databases.js';
import { cslCsv, cslRow, cslSnapshotRows, listFile } from '../support/screening-lists.js';

const officer: Principal = { userId: 'u-1', username: 'chen', role: 'compliance', partyId: null };

/**
 * Several instances share one PostgreSQL database: a party written on one connection while a list import
 * runs on another must be screened against the new lists, never left with the old ones. SQLite has one
 * writer at a time, and one in-memory connection here, so only PostgreSQL is tested.
 */
describe.each(engines.filter((e) => e.name === 'postgres'))(
  'party writes during a list import on $name',
  (engine) => {
    let ctx: AppContext;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      ({ ctx, drop } = await freshContext(engine));
    });
    afterAll(() => drop());

    it('makes a party written while an import holds the lists wait, then screens it against the new lists', async () => {
      const base = cslSnapshotRows().rows.slice(0, 200);
      await ctx.screening.importList([listFile('v1.csv', cslCsv(base))], officer);

      let created: 'pending' | 'done' = 'pending';
      let write: Promise<unknown> = Promise.resolve();
      // An import under way, as another instance would run it: it holds the lists and has yet to commit.
      await inTransaction(ctx.db, async (tx) => {
        await holdScreeningLock(tx, 'exclusive');
        write = ctx.parties
          .create(
            {
              id: 'nexoria',
              legalName: 'Nexoria Quantum Devices Co., Ltd.',
              roles: ['buyer'],
              country: 'CN',
              hqCountry: 'CN',
            },
            officer,
          )
          .then(() => {
            created = 'done';
          });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(created).toBe('pending');
      });
      await write;
      expect(created).toBe('done');

      // And through a real import: the party written during it is screened against the version it adds.
      const importing = ctx.screening.importList(
        [
          listFile(
            'v2.csv',
            cslCsv([...base, cslRow({ _id: 'syn-nexoria', name: 'Nexoria Quantum Devices Co., Ltd.' })]),
          ),
        ],
        officer,
      );
      const during = ctx.parties.update('nexoria', { otherNames: ['Nexoria'] }, officer);
      await Promise.all([importing, during]);
      const history = await ctx.screening.history('nexoria');
      const active = (await ctx.screening.listVersions()).filter((v) => v.active).map((v) => v.id);
      expect(history.screenings[0]?.versionIds).toEqual(active);
      expect((await ctx.parties.get(officer, 'nexoria')).screeningStatus).toBe('potential-match');
    });
  },
);
