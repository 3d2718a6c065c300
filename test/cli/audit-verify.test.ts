import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { runCli } from '../support/cli.js';
import { engines, testConfig } from '../support/databases.js';

/** A file-backed database the CLI can open from its environment, as a deployment would. */
async function persistentDatabase(
  engine: (typeof engines)[number],
): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop: () => Promise<void> }> {
  if (engine.name === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-audit-'));
    const target: DatabaseTarget = { engine: 'sqlite', file: path.join(dir, 'tranche.db') };
    return {
      target,
      env: { DATA_DIR: dir },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const { target, drop } = await engine.create();
  if (target.engine !== 'postgres') throw new Error('expected postgres');
  return { target, env: { DATABASE_URL: target.url }, drop };
}

describe.each(engines)('tranche audit verify on $name', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('passes on an intact trail and names the first link changed behind the application’s back', async () => {
    const db = await persistentDatabase(engine);
    cleanups.push(db.drop);
    const ctx = await createContext(testConfig(), { database: db.target });
    await seedDemoIfEmpty(ctx);
    const total = (await ctx.audit.verify()).eventsChecked;
    expect(total).toBeGreaterThan(10);

    const intact = runCli(['audit', 'verify'], db.env);
    expect(intact.stderr).toBe('');
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain(`${total} event(s) verified`);

    // Tamper as someone with direct database access would: get round the trigger, then edit event 7.
    if (engine.name === 'sqlite') {
      await sql`drop trigger audit_events_no_update`.execute(ctx.db);
    } else {
      await sql`alter table audit_events disable trigger user`.execute(ctx.db);
    }
    await sql`update audit_events set summary = 'Added nothing of interest' where seq = 7`.execute(ctx.db);
    await ctx.close();

    const broken = runCli(['audit', 'verify'], db.env);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/broken at event 7: event 7 was altered/);
    expect(broken.stderr).toContain('6 event(s) before it verified');
  });
});
