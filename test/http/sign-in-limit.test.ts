import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { buildApp } from '../../src/http/app.js';
import { engines, testConfig } from '../support/databases.js';

const password = 'a long test password';

/**
 * Several instances behind a load balancer share one database; an attacker who spreads guesses over them
 * must meet the same limit as one who does not. Two apps on one database (a SQLite file, or one
 * PostgreSQL database), with a clock the test moves.
 */
describe.each(engines)('the sign-in limit shared by two instances on $name', (engine) => {
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  const clock = () => new Date(now);
  const instances: { ctx: AppContext; app: FastifyInstance }[] = [];
  let cleanUp: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    let target: DatabaseTarget;
    if (engine.name === 'sqlite') {
      // An in-memory database belongs to one connection; two instances need a file.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-limit-'));
      target = { engine: 'sqlite', file: path.join(dir, 'tranche.db') };
      cleanUp = () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true }));
    } else {
      const created = await engine.create();
      target = created.target;
      cleanUp = created.drop;
    }
    const config = testConfig({ signInRateLimit: { max: 3, windowSeconds: 60 } });
    for (let n = 0; n < 2; n += 1) {
      const ctx = await createContext(config, { database: target, clock });
      instances.push({ ctx, app: await buildApp(ctx) });
    }
    await instances[0]?.ctx.accounts.createUser(
      { username: 'wei', displayName: 'Wei', password, role: 'planner', partyId: null },
      undefined,
    );
  });
  afterAll(async () => {
    for (const { app, ctx } of instances) {
      await app.close();
      await ctx.close();
    }
    await cleanUp();
  });

  const attempt = async (instance: number, guess: string, username = 'wei') => {
    const app = instances[instance]?.app;
    if (!app) throw new Error(`no instance ${instance}`);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password: guess },
    });
    return response.statusCode;
  };

  it('counts attempts on either instance against one limit, until the window ends', async () => {
    const statuses = [];
    for (const instance of [0, 1, 0, 1, 0]) statuses.push(await attempt(instance, 'guess!'));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Limited: even the right password waits for the window to end.
    expect(await attempt(1, password)).toBe(429);

    now += 61_000;
    expect(await attempt(1, 'guess!')).toBe(401);
    expect(await attempt(0, password)).toBe(200);
  });

  it('keeps only windows still open', async () => {
    const windows = async () => {
      const ctx = instances[0]?.ctx;
      if (!ctx) throw new Error('no instance');
      return ctx.db.selectFrom('rateLimitWindows').selectAll().orderBy('limitKey').execute();
    };
    expect((await windows()).map((w) => w.limitKey)).toEqual([expect.stringMatching(/^sign-in\|.+\|wei$/)]);
    now += 61_000;
    // Opening a window for another key sweeps the one that ended.
    expect(await attempt(0, 'guess!', 'li')).toBe(401);
    const rows = await windows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ attempts: 1, windowEndsAt: now + 60_000 });
    expect(rows[0]?.limitKey).toMatch(/^sign-in\|.+\|li$/);
  });
});
