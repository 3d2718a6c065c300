import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/connection.js';
import { countRows, runCli, seededCliDatabase } from '../support/cli.js';
import { engines } from '../support/databases.js';
import { sharedListsDir } from '../support/shared-lists.js';

const lists = sharedListsDir;
const ofac = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) =>
  path.join(lists, f),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-cli-lists-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(engines)('tranche lists import on $name', (engine) => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await seededCliDatabase(engine, dir, async (ctx) => {
      await ctx.parties.create(
        {
          id: 'aecc-buyer',
          legalName: 'Aero Engine Corporation of China',
          otherNames: [],
          roles: ['buyer'],
          country: 'CN',
          hqCountry: 'CN',
        },
        undefined,
      );
    }));
  });
  afterAll(() => drop());

  it('imports OFAC’s files as one version and screens the parties, then refuses a truncated file changing nothing', async () => {
    const imported = runCli(['lists', 'import', ...ofac, '--json'], env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const result = JSON.parse(imported.stdout) as {
      version: { kind: string; entryCount: number; files: { name: string; sha256: string }[] };
    };
    expect(result.version.kind).toBe('ofac-consolidated');
    expect(result.version.entryCount).toBe(442);
    expect(result.version.files.map((f) => f.name)).toEqual(ofac.map((f) => path.basename(f)));
    expect(await countRows(target, 'screeningListEntries')).toBe(442);
    expect(await countRows(target, 'screeningMatches')).toBeGreaterThan(0);

    const prim = fs.readFileSync(ofac[0] ?? '', 'utf8');
    const cut = path.join(dir, `cons_prim-${engine.name}.csv`);
    fs.writeFileSync(cut, prim.slice(0, Math.floor(prim.length / 2)));
    const refused = runCli(['lists', 'import', cut, ...ofac.slice(1)], env);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/LIST_INVALID/);
    expect(refused.stderr).toMatch(/cons_prim-\w+\.csv, (after )?row \d+/);
    expect(await countRows(target, 'screeningListVersions')).toBe(1);
    expect(await countRows(target, 'screeningListEntries')).toBe(442);
  });
});
