import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createContext, type AppContext, type ContextOptions } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';

export interface EngineCase {
  name: 'sqlite' | 'postgres';
  /** Creates an empty database for one test file or test; `drop` removes it. */
  create: () => Promise<{ target: DatabaseTarget; drop: () => Promise<void> }>;
}

const sqliteMemory: EngineCase = {
  name: 'sqlite',
  create: () =>
    Promise.resolve({ target: { engine: 'sqlite', file: ':memory:' }, drop: () => Promise.resolve() }),
};

/** A fresh PostgreSQL database per call on the server TEST_DATABASE_URL names. */
function postgresOn(adminUrl: string): EngineCase {
  return {
    name: 'postgres',
    async create() {
      const name = `tranche_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: { engine: 'postgres', url: url.toString() },
        async drop() {
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          try {
            await client.query(`drop database if exists ${name} with (force)`);
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

/** The engines every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const engines: EngineCase[] = process.env.TEST_DATABASE_URL
  ? [sqliteMemory, postgresOn(process.env.TEST_DATABASE_URL)]
  : [sqliteMemory];

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
}

/** A context on a fresh, migrated database of the given engine. Close it with `ctx.close()` then `drop()`. */
export async function freshContext(
  engine: EngineCase,
  options: Omit<ContextOptions, 'database'> & { config?: Partial<Config> } = {},
): Promise<{ ctx: AppContext; drop: () => Promise<void> }> {
  const { target, drop } = await engine.create();
  const ctx = await createContext(testConfig(options.config), { ...options, database: target });
  return {
    ctx,
    async drop() {
      await ctx.close();
      await drop();
    },
  };
}
