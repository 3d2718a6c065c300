import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { countRows, runCli, runCliAtTerminal, scriptPath, seededCliDatabase } from '../support/cli.js';
import { engines, testConfig } from '../support/databases.js';
import { csvText, generatedPartiesCsv } from '../support/parties-csv.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-cli-parties-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeCsv(name: string, lines: readonly string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, csvText(lines));
  return file;
}

describe.each(engines)('tranche parties import on $name', (engine) => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await seededCliDatabase(engine, dir, async (ctx) => {
      await ctx.parties.create(
        { id: 'existing', legalName: 'Existing Co', roles: ['buyer'], country: 'CN', hqCountry: 'CN' },
        undefined,
      );
    }));
  });
  afterAll(() => drop());

  const partyCount = () => countRows(target, 'parties');

  it('refuses a file with bad rows with exit 2, every error on stderr, nothing written', async () => {
    const lines = generatedPartiesCsv(1_200, 'bad');
    lines[700] = (lines[700] ?? '').replace(/,CN,CN,/, ',CN,PRC,');
    lines[900] = (lines[900] ?? '').replace(/^bad-900,/, 'existing,');
    const result = runCli(['parties', 'import', writeCsv('bad.csv', lines)], env);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'tranche: bad.csv: 2 problem(s); nothing was imported. First: row 701, column hq_country: use an ISO 3166 alpha-2 country code such as CN or US [VALIDATION_FAILED]',
      '  row 701, column hq_country: use an ISO 3166 alpha-2 country code such as CN or US',
      '  row 901, column id: a party with id existing already exists',
      '',
    ]);
    expect(await partyCount()).toBe(1);
  });

  it('checks a file with --dry-run and writes nothing', async () => {
    const result = runCli(
      ['parties', 'import', writeCsv('dry.csv', generatedPartiesCsv(50, 'dry')), '--dry-run'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Checked dry.csv: 50 parties, all valid; nothing was written (dry run).\n');
    expect(await partyCount()).toBe(1);
  });

  it('imports 20,000 parties with a summary on stdout and nothing on stderr when it is not a terminal', async () => {
    const file = writeCsv('parties.csv', generatedPartiesCsv(20_000));
    const started = performance.now();
    const result = runCli(['parties', 'import', file], env);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[${engine.name}] tranche parties import of 20,000 rows: ${seconds.toFixed(2)} s, process start included`,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported 20,000 parties from parties\.csv \(audit event \d+, SHA-256 [0-9a-f]{64}\)\.\n$/,
    );
    expect(await partyCount()).toBe(20_001);
    expect(seconds).toBeLessThan(15);
  });

  it('names a missing file with exit 2', () => {
    const result = runCli(['parties', 'import', path.join(dir, 'nope.csv')], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
  });
});

describe.skipIf(!fs.existsSync(scriptPath))('tranche parties import at a terminal', () => {
  it('draws a progress bar of rows on stderr', async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'tty-'));
    const ctx = await createContext(testConfig(), {
      database: { engine: 'sqlite', file: path.join(dataDir, 'tranche.db') },
    });
    await ctx.close();
    const file = writeCsv('tty.csv', generatedPartiesCsv(3_000, 'tty'));
    const result = runCliAtTerminal(['parties', 'import', file], { DATA_DIR: dataDir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Importing .*\d+% \| [\d,]+ rows/);
    expect(result.stdout).toMatch(/Imported 3,000 parties from tty\.csv/);
  });
});
