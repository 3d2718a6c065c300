import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/paths.js';
import { createContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { runCli } from '../support/cli.js';
import { engines, testConfig } from '../support/databases.js';

interface Setup {
  target: DatabaseTarget;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

async function persistentDatabase(engine: (typeof engines)[number]): Promise<Setup> {
  if (engine.name === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-concurrency-'));
    return {
      target: { engine: 'sqlite', file: path.join(dir, 'tranche.db') },
      env: { DATA_DIR: dir },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const { target, drop } = await engine.create();
  if (target.engine !== 'postgres') throw new Error('expected postgres');
  return { target, env: { DATABASE_URL: target.url }, drop };
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(packageRoot(), 'test/support/serve-process.ts')],
    {
      cwd: packageRoot(),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  for await (const line of readline.createInterface({ input: child.stdout })) {
    return { child, port: (JSON.parse(line) as { port: number }).port };
  }
  throw new Error('server exited before listening');
}

/** The engines and how many server processes share each one database. */
const cases = engines.map((engine) => ({ engine, processes: engine.name === 'postgres' ? 4 : 2 }));

describe.each(cases)(
  'reservations from $processes processes on one $engine.name database',
  ({ engine, processes }) => {
    const cleanups: (() => Promise<void> | void)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('grants exactly what is available under 2,000 concurrent requests, once per idempotency key', async () => {
      const db = await persistentDatabase(engine);
      cleanups.push(db.drop);
      const ctx = await createContext(testConfig(), { database: db.target });
      await ctx.parties.create(
        { id: 'nvidia', legalName: 'NVIDIA', roles: ['exporter'], country: 'US', hqCountry: 'US' },
        undefined,
      );
      await ctx.parties.create(
        { id: 'tencent', legalName: 'Tencent', roles: ['buyer'], country: 'CN', hqCountry: 'CN' },
        undefined,
      );
      const planner = await ctx.accounts.createUser(
        { username: 'planner', displayName: 'Planner', password: 'a long test password', role: 'planner' },
        undefined,
      );
      const principal = { userId: planner.id, username: planner.username, role: planner.role, partyId: null };
      const { token } = await ctx.accounts.createToken(principal, { name: 'load' });
      const licence = await ctx.authorisations.create(
        {
          kind: 'import-approval',
          authority: 'MOFCOM',
          number: 'round-1-tencent',
          holderPartyId: 'tencent',
          importerPartyId: 'tencent',
          round: '1',
          validFrom: '2026-01-28',
          validUntil: '2099-12-31',
          products: { eccns: ['3A090.a'] },
          destinations: ['CN'],
          quantity: 1000,
        },
        undefined,
      );
      await ctx.close();

      const servers = await Promise.all(Array.from({ length: processes }, () => startServer(db.env)));
      cleanups.push(() => {
        for (const s of servers) s.child.kill('SIGTERM');
      });

      /** Request i, sent to server `via` (a retry goes to another server than the first attempt). */
      const reserve = (i: number, via = i) =>
        fetch(
          `http://127.0.0.1:${servers[via % servers.length]?.port ?? 0}/api/authorisations/${licence.id}/reservations`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': `reservation-${i}`,
            },
            body: JSON.stringify({ quantity: 1, reference: `line-${i}` }),
          },
        ).then(async (response) => {
          const body = (await response.json()) as { error?: { code: string; message: string } };
          return {
            status: response.status,
            replayed: response.headers.get('idempotency-replayed') === 'true',
            code: body.error?.code ?? null,
            message: body.error?.message ?? null,
          };
        });

      const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => reserve(i)));
      const succeeded = results.filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status !== 201);
      expect(succeeded).toHaveLength(1000);
      expect(refused).toHaveLength(1000);
      expect(new Set(refused.map((r) => r.code))).toEqual(new Set(['AUTHORISATION_EXHAUSTED']));

      // Retries of granted requests replay their answers; nothing is reserved twice.
      const granted = results.flatMap((r, i) => (r.status === 201 ? [i] : [])).slice(0, 50);
      const retries = await Promise.all(granted.map((i) => reserve(i, i + 1)));
      expect(retries.every((r) => r.status === 201 && r.replayed)).toBe(true);

      const verify = runCli(['ledger', 'verify'], db.env);
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(/1 authorisation\(s\), 1001 entries verified/);
      const audit = runCli(['audit', 'verify'], db.env);
      expect(audit.status).toBe(0);
      // Several server processes and 2,000 requests on two cores take longer than the default 30 s under load.
    }, 240_000);
  },
);
