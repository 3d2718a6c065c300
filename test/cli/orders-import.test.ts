import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { countRows, runCli, runCliAtTerminal, scriptPath, seededCliDatabase } from '../support/cli.js';
import { engines } from '../support/databases.js';
import { generatedOrdersCsv, seedOrderParties } from '../support/orders-csv.js';
import { csvText } from '../support/parties-csv.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-cli-orders-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeCsv(name: string, lines: readonly string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, csvText(lines));
  return file;
}

describe.each(engines)('tranche orders import on $name', (engine) => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await seededCliDatabase(engine, dir, seedOrderParties));
  });
  afterAll(() => drop());

  const orderCount = () => countRows(target, 'orders');

  it('checks with --dry-run, imports with --json, then refuses the same file again with exit 2', async () => {
    const file = writeCsv('orders.csv', generatedOrdersCsv(5_000));
    const dry = runCli(['orders', 'import', file, '--dry-run'], env);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toBe('Checked orders.csv: 5,000 orders, all valid; nothing was written (dry run).\n');
    expect(await orderCount()).toBe(0);

    const imported = runCli(['orders', 'import', file, '--json'], env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      fileName: 'orders.csv',
      rows: 5_000,
      imported: 5_000,
    });
    expect(await orderCount()).toBe(5_000);

    const again = runCli(['orders', 'import', file], env);
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr.split('\n')[1]).toMatch(
      /^ {2}row 2, column reference: alibaba already has an order with reference PO-1 \(order [0-9a-f-]{36}\)$/,
    );
    expect(await orderCount()).toBe(5_000);
  });

  it.skipIf(!fs.existsSync(scriptPath) || engine.name !== 'sqlite')(
    'draws a progress bar at a terminal',
    () => {
      const result = runCliAtTerminal(
        ['orders', 'import', writeCsv('tty.csv', generatedOrdersCsv(6_000, 'TTY'))],
        env,
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Importing .*\d+% \| [\d,]+ rows/);
      expect(result.stdout).toMatch(/Imported 6,000 orders from tty\.csv/);
    },
  );
});
