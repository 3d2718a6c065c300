import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/config/paths.js';
import { createContext, type AppContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import type { Database } from '../../src/db/database.js';
import { testConfig, type EngineCase } from './databases.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `tranche` CLI in a child process, as a user or a script would. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  const root = packageRoot();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      input,
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Where `script` is, to give the CLI a terminal as a person at a shell would have; absent on some machines. */
export const scriptPath = '/usr/bin/script';

/**
 * Runs the CLI with a terminal for stdout and stderr (through `script`), for what only a person watching
 * sees, such as progress bars. Both streams come back mixed, in `stdout`.
 */
export function runCliAtTerminal(args: string[], env: Record<string, string> = {}): CliResult {
  const root = packageRoot();
  const command = [process.execPath, '--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args]
    .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const result = spawnSync(scriptPath, ['-qec', command, '/dev/null'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', TERM: 'xterm', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A database the CLI (another process) can open, on one engine: a SQLite file in `dir`, or a fresh
 * PostgreSQL database. `target` opens it in the test; `env` points the CLI at it.
 */
export async function cliDatabase(
  engine: EngineCase,
  dir: string,
): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop: () => Promise<void> }> {
  if (engine.name === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    return {
      target: { engine: 'sqlite', file: path.join(dataDir, 'tranche.db') },
      env: { DATA_DIR: dataDir },
      drop: () => Promise.resolve(),
    };
  }
  const { target, drop } = await engine.create();
  if (target.engine !== 'postgres') throw new Error('expected a PostgreSQL target');
  return { target, env: { DATABASE_URL: target.url }, drop };
}

/** A CLI database (see cliDatabase) with what `seed` writes through a context of its own, closed after. */
export async function seededCliDatabase(
  engine: EngineCase,
  dir: string,
  seed: (ctx: AppContext) => Promise<void>,
): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop: () => Promise<void> }> {
  const database = await cliDatabase(engine, dir);
  const ctx = await createContext(testConfig(), { database: database.target });
  try {
    await seed(ctx);
  } finally {
    await ctx.close();
  }
  return database;
}

/** How many rows one table of a CLI database holds, read through a context of its own. */
export async function countRows(target: DatabaseTarget, table: keyof Database): Promise<number> {
  const ctx = await createContext(testConfig(), { database: target });
  try {
    return (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  } finally {
    await ctx.close();
  }
}
