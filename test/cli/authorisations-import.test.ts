import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { demoParties, demoProducts } from '../../src/demo/h200-scenario.js';
import {
  authorisationRowsByKind,
  authorisationsCsv,
  countWritten,
  type AuthorisationCsvValues,
} from '../support/authorisations-csv.js';
import { runCli, runCliAtTerminal, scriptPath, seededCliDatabase } from '../support/cli.js';
import { engines, testConfig } from '../support/databases.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-cli-authorisations-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeCsv(name: string, rows: readonly AuthorisationCsvValues[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, authorisationsCsv(rows));
  return file;
}

const eachKind = (n: string) => Object.values(authorisationRowsByKind).map((row) => row(n));

/** A CLI database with the demo's parties and products, for the rows to name. */
function seededDatabase(engine: (typeof engines)[number]) {
  return seededCliDatabase(engine, dir, async (ctx) => {
    for (const party of demoParties) await ctx.parties.create(party, undefined);
    for (const product of demoProducts) await ctx.products.create(product, undefined);
  });
}

describe.each(engines)('tranche authorisations import on $name', (engine) => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await seededDatabase(engine));
  });
  afterAll(() => drop());

  /** Authorisations, ledger entries and audit events: everything an import writes. */
  async function written(): Promise<number[]> {
    const ctx = await createContext(testConfig(), { database: target });
    try {
      return Object.values(await countWritten(ctx.db));
    } finally {
      await ctx.close();
    }
  }

  it('refuses a file with bad rows with exit 2, every bad row on stderr, nothing on stdout or written', async () => {
    const before = await written();
    const rows = [
      ...eachKind('B1'),
      { ...authorisationRowsByKind['party-cap']('B2'), quantity: '-2' },
      { ...authorisationRowsByKind['export-licence']('B3'), consignees: 'nobody' },
      { ...authorisationRowsByKind['ratio-cap']('B4'), quantity: '10' },
    ];
    const result = runCli(['authorisations', 'import', writeCsv('bad.csv', rows)], env);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'tranche: bad.csv: 3 problem(s); nothing was imported. First: row 7, column quantity: "-2" is negative: write 0 or more, in digits [VALIDATION_FAILED]',
      '  row 7, column quantity: "-2" is negative: write 0 or more, in digits',
      '  row 8, column consignees: party nobody does not exist',
      '  row 9, column quantity: does not apply to kind ratio-cap: leave it empty',
      '',
    ]);
    expect(await written()).toEqual(before);
  });

  it('checks a file with --dry-run and writes nothing', async () => {
    const before = await written();
    const result = runCli(
      ['authorisations', 'import', writeCsv('dry.csv', eachKind('D1')), '--dry-run'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'Checked dry.csv: 5 authorisations, all valid; nothing was written (dry run).\n',
    );
    expect(await written()).toEqual(before);
  });

  it('imports a file with a summary on stdout, and prints the result as JSON with --json', async () => {
    const [authorisations = 0] = await written();
    const result = runCli(['authorisations', 'import', writeCsv('good.csv', eachKind('G1'))], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported 5 authorisations from good\.csv \(audit event \d+, SHA-256 [0-9a-f]{64}\)\.\n$/,
    );
    expect((await written())[0]).toBe(authorisations + 5);

    const json = runCli(['authorisations', 'import', writeCsv('json.csv', eachKind('J1')), '--json'], env);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      fileName: 'json.csv',
      dryRun: false,
      rows: 5,
      imported: 5,
    });
    // The same file again: every number is issued already.
    const again = runCli(['authorisations', 'import', path.join(dir, 'json.csv')], env);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(
      /row 2, column number: BIS has already issued an authorisation numbered DJ1\n/,
    );
  });

  it('documents the CSV format in its help', () => {
    const help = runCli(['authorisations', 'import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'export-licence: quantity, valueAmountMinor, valueCurrency, consignees, endUsers',
    );
    expect(help.stdout).toContain('ratio-cap: ratioNumerator, ratioDenominator, referenceDestinations');
  });
});

describe.skipIf(!fs.existsSync(scriptPath))('tranche authorisations import at a terminal', () => {
  it('draws a progress bar of rows', async () => {
    const sqlite = engines.find((engine) => engine.name === 'sqlite');
    if (!sqlite) throw new Error('SQLite is always among the engines');
    const { env, drop } = await seededDatabase(sqlite);
    try {
      const rows = Array.from({ length: 300 }, (_, n) => authorisationRowsByKind['party-cap'](`TTY-${n}`));
      const result = runCliAtTerminal(['authorisations', 'import', writeCsv('tty.csv', rows)], env);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Importing .*\d+% \| [\d,]+ rows/);
      expect(result.stdout).toMatch(/Imported 300 authorisations from tty\.csv/);
    } finally {
      await drop();
    }
  });
});
