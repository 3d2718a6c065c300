/**
 * Reservations per second on one authorisation, on each engine: the full in-process path
 * (AuthorisationsService.record: validity and currency checks, the conditional update, the ledger entry and
 * the audit event, committed together) beside the baseline, a bare loop of the same conditional UPDATE in
 * its own transaction, in the same run. Both are measured with one caller at a time and with 64 callers
 * at once (as a server sees them); over HTTP, a Tranche server beside a bare Fastify route running the
 * baseline's UPDATE, 64 connections each.
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
import { load, median, startChild, type Measured } from './http.bench.js';

export interface ReservationRate {
  /** Callers reserving at once, each waiting for its answer before asking again. */
  callers: number;
  reservations: number;
  servicePerSecond: number;
  baselinePerSecond: number;
  ratio: number;
  /** Reservations per transaction on the Tranche side. */
  meanBatch: number;
}

export interface ReservationBenchResult {
  engine: string;
  rates: ReservationRate[];
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

/** `count` calls of `work` by `callers` concurrent callers, each awaiting its call before the next. */
async function timed(count: number, callers: number, work: () => Promise<unknown>): Promise<number> {
  let left = count;
  const caller = async (): Promise<void> => {
    while (left > 0) {
      left -= 1;
      await work();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: callers }, caller));
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function runReservationBench(
  engine: 'sqlite' | 'postgres',
  count = 3000,
  callerCounts: readonly number[] = [1, 64],
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
    const rates: ReservationRate[] = [];
    for (const callers of callerCounts) {
      // Warm-up, then alternate halves so drift on a shared machine touches both sides.
      await timed(200, callers, reserve);
      await timed(200, callers, bareUpdate);
      const half = Math.floor(count / 2);
      const statsBefore = ctx.authorisations.movementStats();
      const serviceFirst = await timed(half, callers, reserve);
      const baselineFirst = await timed(half, callers, bareUpdate);
      const serviceSecond = await timed(half, callers, reserve);
      const baselineSecond = await timed(half, callers, bareUpdate);
      const statsAfter = ctx.authorisations.movementStats();
      const servicePerSecond = Math.round((serviceFirst + serviceSecond) / 2);
      const baselinePerSecond = Math.round((baselineFirst + baselineSecond) / 2);
      rates.push({
        callers,
        reservations: half * 2,
        servicePerSecond,
        baselinePerSecond,
        ratio: servicePerSecond / baselinePerSecond,
        meanBatch: (statsAfter.items - statsBefore.items) / (statsAfter.batches - statsBefore.batches),
      });
    }
    const verification = await ctx.authorisations.verify();
    if (!verification.ok)
      throw new Error(
        `ledger does not verify after the bench: ${JSON.stringify(verification.mismatches[0])}`,
      );
    return { engine, rates };
  } finally {
    await ctx.close();
    await database.drop();
  }
}

export interface ReservationHttpResult {
  engine: string;
  connections: number;
  durationSeconds: number;
  rounds: number;
  tranche: Measured;
  bare: Measured;
  ratio: number;
}

/**
 * Reservations over HTTP: a Tranche server process on the engine (Bearer token, validation, the whole
 * ledger path) and a bare Fastify process running the baseline's UPDATE on the same engine, autocannon with
 * 64 connections posting to each in alternating rounds; the median round of each is reported.
 */
export async function runReservationHttpBench(
  engine: 'sqlite' | 'postgres',
  durationSeconds = 5,
  connections = 64,
  rounds = 3,
): Promise<ReservationHttpResult> {
  const database = await benchDatabase(engine);
  const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent' }), { database: database.target });
  const { authorisationId, token } = await seedBench(ctx);
  await ctx.close();
  const tranche = await startChild('../test/support/serve-process.ts', [], database.env);
  const bare = await startChild('./support/serve-bare-reservation.ts', [], database.env);
  try {
    const trancheUrl = `http://127.0.0.1:${String(tranche.info.port)}/api/authorisations/${authorisationId}/reservations`;
    const bareUrl = `http://127.0.0.1:${String(bare.info.port)}/bare-reservations`;
    const post = { method: 'POST', body: JSON.stringify({ quantity: 1 }) } as const;
    const trancheHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const bareHeaders = { 'content-type': 'application/json' };
    await load(trancheUrl, trancheHeaders, connections, 2, post);
    await load(bareUrl, bareHeaders, connections, 2, post);
    const trancheRounds: Measured[] = [];
    const bareRounds: Measured[] = [];
    for (let round = 0; round < rounds; round++) {
      trancheRounds.push(await load(trancheUrl, trancheHeaders, connections, durationSeconds, post));
      bareRounds.push(await load(bareUrl, bareHeaders, connections, durationSeconds, post));
    }
    const trancheResult = median(trancheRounds);
    const bareResult = median(bareRounds);
    return {
      engine,
      connections,
      durationSeconds,
      rounds,
      tranche: trancheResult,
      bare: bareResult,
      ratio: trancheResult.requestsPerSecond / bareResult.requestsPerSecond,
    };
  } finally {
    tranche.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.drop();
  }
}
