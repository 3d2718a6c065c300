import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { engines, freshContext } from '../support/databases.js';

/**
 * PostgreSQL may close a pooled connection while it sits idle: a server restart, an administrator ending
 * sessions, a firewall's timeout. The service must carry on with a new connection, not end the process
 * over an error event nobody listened to. SQLite has no server to lose, so only PostgreSQL is tested.
 */
describe.each(engines.filter((e) => e.name === 'postgres'))(
  'an idle connection closed by $name',
  (engine) => {
    const lost: Error[] = [];
    let ctx: AppContext;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      ({ ctx, drop } = await freshContext(engine, { onIdleConnectionLost: (error) => lost.push(error) }));
    });
    afterAll(() => drop());

    it('is reported, and the next query runs on a new connection', async () => {
      const pidOf = async () =>
        (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(ctx.db)).rows[0]?.pid;
      const before = await pidOf();
      expect(before).toBeTypeOf('number');

      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        await admin.query('select pg_terminate_backend($1)', [before]);
      } finally {
        await admin.end();
      }
      await expect.poll(() => lost.length).toBe(1);
      expect(lost[0]?.message).toMatch(/terminating connection/);

      const after = await pidOf();
      expect(after).toBeTypeOf('number');
      expect(after).not.toBe(before);
      expect(await ctx.parties.list({ userId: 'u', username: 'u', role: 'auditor', partyId: null })).toEqual(
        [],
      );
    });
  },
);
