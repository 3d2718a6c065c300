/**
 * Child process for the order-import benchmark: a fresh SQLite file with the generated file's buyers and
 * product, a CSV of N orders written to disk, then one streamed import through the orders service. Prints
 * the import's time and the process's peak resident memory (the whole process) as a JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { loadConfig } from '../../src/config/config.js';
import { createContext } from '../../src/context.js';
import { orderCsvRow, ordersCsvHeader, seedOrderParties } from '../../test/support/orders-csv.js';
import { benchDatabase } from '../reservations.bench.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const database = await benchDatabase('sqlite');
const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent' }), { database: database.target });
try {
  await seedOrderParties(ctx);
  const file = path.join(
    path.dirname(database.target.engine === 'sqlite' ? database.target.file : ''),
    'orders.csv',
  );
  const out = fs.createWriteStream(file);
  out.write(`${ordersCsvHeader}\n`);
  for (let n = 1; n <= rows; n++) {
    if (!out.write(`${orderCsvRow(n)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const bytes = fs.statSync(file).size;
  (globalThis as { gc?: () => void }).gc?.();
  const started = process.hrtime.bigint();
  const result = await ctx.orders.importCsv(fs.createReadStream(file), { fileName: 'orders.csv' }, undefined);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `${JSON.stringify({ rows: result.imported, bytes, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
} finally {
  await ctx.close();
  await database.drop();
}
