/**
 * One Tranche server in its own process, on the database its environment names (DATABASE_URL or
 * DATA_DIR), listening on a free port: prints `{"port": N}` once ready. Used by the multi-process tests.
 */
import { loadConfig } from '../../src/config/config.js';
import { createContext } from '../../src/context.js';
import { buildApp } from '../../src/http/app.js';

const ctx = await createContext(loadConfig());
const app = await buildApp(ctx);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => ctx.close())
    .then(() => process.exit(0));
});
