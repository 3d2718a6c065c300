/**
 * Child process for the HTTP benchmark: Tranche on a fresh SQLite file with the demo scenario and an API
 * token. Prints `{ "port", "token" }` on one line once listening.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { createContext } from '../../src/context.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { buildApp } from '../../src/http/app.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-bench-'));
const ctx = await createContext(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
await seedDemoIfEmpty(ctx);
const planner = (await ctx.accounts.listUsers()).find((u) => u.username === 'planner');
if (!planner) throw new Error('demo planner missing');
const { token } = await ctx.accounts.createToken(
  { userId: planner.id, username: planner.username, role: planner.role, partyId: null },
  { name: 'bench' },
);
const app = await buildApp(ctx);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`${JSON.stringify({ port: address.port, token })}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => ctx.close())
    .then(() => fs.rmSync(dir, { recursive: true, force: true }))
    .then(() => process.exit(0));
});
