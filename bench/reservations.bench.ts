/**
 * Reservations per second on one authorisation, on each engine: the full in-process path
 * (AuthorisationsService.record: validity and currency checks, the conditional update, the ledger entry and
 * the audit event in one transaction) beside the baseline, a bare loop of the same conditional UPDATE in
 * its own transaction, in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { createContext, type AppContext } from '../src/context.js';
import type { DatabaseTarget } from '../src/db/connection.js';
import { inTransaction } from '../src/db/transaction.js';
import type { Principal } from '../src/domain/accounts/principal.js';
import { load, startChild } from './http.bench.js';

export interface ReservationBenchResult {
  engine: string;
  reservations: number;
  servicePerSecond: number;
  baselinePerSecond: number;
  ratio: number;
}

export async function benchDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-bench-'));
    return {
      target: { engine: 'sqlite', file: path.join(dir, 'tranche.db') },
      env: { DATA_DIR: dir },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tranche_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine: 'postgres', url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Parties, a planner and one authorisation with room for every reservation the bench makes. */
export async function seedBench(
  ctx: AppContext,
): Promise<{ authorisationId: string; planner: Principal; token: string }> {
  await ctx.parties.create(
    { id: 'nvidia', legalName: 'NVIDIA', roles: ['exporter'], country: 'US', hqCountry: 'US' },
    undefined,
  );
  const user = await ctx.accounts.createUser(
    { username: 'planner', displayName: 'Planner', password: 'a long bench password', role: 'planner' },
    undefined,
  );
  const planner: Principal = { userId: user.id, username: user.username, role: 'planner', partyId: null };
  const { token } = await ctx.accounts.createToken(planner, { name: 'bench' });
  const authorisation = await ctx.authorisations.create(
    {
      kind: 'party-cap',
      authority: 'BENCH',
      number: 'cap-1',
      holderPartyId: 'nvidia',
      cappedPartyId: 'nvidia',
      validFrom: '2000-01-01',
      validUntil: '2099-12-31',
      products: { eccns: ['3A090.a'] },
      destinations: ['CN'],
      quantity: 1_000_000_000,
    },
    undefined,
  );
  return { authorisationId: authorisation.id, planner, token };
}

async function timed(count: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await work(i);
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function runReservationBench(
  engine: 'sqlite' | 'postgres',
  count = 3000,
): Promise<ReservationBenchResult> {
  const database = await benchDatabase(engine);
  const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent' }), { database: database.target });
  try {
    const { authorisationId, planner } = await seedBench(ctx);
    const reserve = () =>
      ctx.authorisations.record(authorisationId, { kind: 'reserve', quantity: 1 }, planner);
    // The baseline's own copy of a balance row, so its updates leave the real ledger reconcilable.
    await sql`create table bench_balance (id text primary key, authorised_quantity bigint not null,
      reserved_quantity bigint not null, used_quantity bigint not null, entry_count bigint not null)`.execute(
      ctx.db,
    );
    await sql`insert into bench_balance values ('b', 1000000000, 0, 0, 0)`.execute(ctx.db);
    const bareUpdate = () =>
      inTransaction(ctx.db, (tx) =>
        sql`update bench_balance set reserved_quantity = reserved_quantity + 1, entry_count = entry_count + 1
            where id = 'b' and authorised_quantity - reserved_quantity - used_quantity >= 1`.execute(tx),
      );
    // Warm-up, then alternate halves so drift on a shared machine touches both sides.
    await timed(200, reserve);
    await timed(200, bareUpdate);
    const half = Math.floor(count / 2);
    const serviceFirst = await timed(half, reserve);
    const baselineFirst = await timed(half, bareUpdate);
    const serviceSecond = await timed(half, reserve);
    const baselineSecond = await timed(half, bareUpdate);
    const servicePerSecond = Math.round((serviceFirst + serviceSecond) / 2);
    const baselinePerSecond = Math.round((baselineFirst + baselineSecond) / 2);
    const verification = await ctx.authorisations.verify();
    if (!verification.ok)
      throw new Error(
        `ledger does not verify after the bench: ${JSON.stringify(verification.mismatches[0])}`,
      );
    return {
      engine,
      reservations: half * 2,
      servicePerSecond,
      baselinePerSecond,
      ratio: servicePerSecond / baselinePerSecond,
    };
  } finally {
    await ctx.close();
    await database.drop();
  }
}

export interface ReservationHttpResult {
  engine: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

/** Reservations over HTTP: a server process on the engine, autocannon with 64 connections posting 1-unit reservations. */
export async function runReservationHttpBench(
  engine: 'sqlite' | 'postgres',
  durationSeconds = 8,
  connections = 64,
): Promise<ReservationHttpResult> {
  const database = await benchDatabase(engine);
  const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent' }), { database: database.target });
  const { authorisationId, token } = await seedBench(ctx);
  await ctx.close();
  const server = await startChild('../test/support/serve-process.ts', [], database.env);
  try {
    const url = `http://127.0.0.1:${String(server.info.port)}/api/authorisations/${authorisationId}/reservations`;
    const measured = await load(
      url,
      { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      connections,
      durationSeconds,
      { method: 'POST', body: JSON.stringify({ quantity: 1 }) },
    );
    return { engine, connections, durationSeconds, ...measured };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.drop();
  }
}
