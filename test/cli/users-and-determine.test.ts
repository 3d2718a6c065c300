import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { runCli } from '../support/cli.js';
import { testConfig } from '../support/databases.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-cli-'));
const env = { DATA_DIR: dir };

beforeAll(async () => {
  const ctx = await createContext(testConfig(), {
    database: { engine: 'sqlite', file: path.join(dir, 'tranche.db') },
  });
  await seedDemoIfEmpty(ctx, { rounds: false });
  await ctx.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tranche users', () => {
  it('creates the first admin with a generated password shown once, which then signs in', async () => {
    const created = runCli(['users', 'create', '--username', 'root-admin', '--role', 'admin'], env);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const password = /Password \(shown once; store it now\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    const ctx = await createContext(testConfig(), {
      database: { engine: 'sqlite', file: path.join(dir, 'tranche.db') },
    });
    try {
      const session = await ctx.accounts.signIn('root-admin', password ?? '');
      expect(session.user.role).toBe('admin');
    } finally {
      await ctx.close();
    }
  });

  it('takes a password from standard input and refuses bad input with exit 2', () => {
    const piped = runCli(
      ['users', 'create', '--username', 'piped', '--role', 'auditor', '--password-stdin'],
      env,
      'a piped long password\n',
    );
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('Password');
    const badRole = runCli(['users', 'create', '--username', 'x1', '--role', 'superuser'], env);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/role/);
    const duplicate = runCli(['users', 'create', '--username', 'piped', '--role', 'auditor'], env);
    expect(duplicate.status).toBe(2);
    expect(duplicate.stderr).toMatch(/already exists/);
    const buyerWithoutParty = runCli(['users', 'create', '--username', 'b9', '--role', 'buyer'], env);
    expect(buyerWithoutParty.status).toBe(2);
    expect(buyerWithoutParty.stderr).toMatch(/party/);
  });
});

describe('tranche determine', () => {
  it('answers for the H200 to a Chinese buyer under the 2026 rule and before it', () => {
    const after = runCli(
      [
        'determine',
        '--product',
        'nvidia-h200-sxm',
        '--destination',
        'CN',
        '--buyer',
        'tencent',
        '--as-of',
        '2026-03-01',
        '--json',
      ],
      env,
    );
    expect(after.stderr).toBe('');
    const result = JSON.parse(after.stdout) as {
      licenceRequired: boolean;
      reviewPolicy: string;
      exceptions: { code: string; available: boolean }[];
      buyerHqCountry: string;
    };
    expect(result).toMatchObject({
      licenceRequired: true,
      reviewPolicy: 'case-by-case',
      buyerHqCountry: 'CN',
    });
    expect(result.exceptions.map((e) => [e.code, e.available])).toEqual([
      ['NAC', false],
      ['ACA', false],
    ]);
    const before = runCli(
      ['determine', '--product', 'nvidia-h200-sxm', '--destination', 'HK', '--as-of', '2025-06-01', '--json'],
      env,
    );
    expect(JSON.parse(before.stdout)).toMatchObject({
      licenceRequired: true,
      reviewPolicy: 'presumption-of-denial',
      resolvedDestination: 'CN',
    });
  });

  it('prints a readable answer and exits 2 on bad input', () => {
    const text = runCli(
      ['determine', '--product', 'nvidia-rtx-4090', '--destination', 'CN', '--as-of', '2026-03-01'],
      env,
    );
    expect(text.stdout).toMatch(/LICENCE REQUIRED/);
    expect(text.stdout).toMatch(/NAC: available/);
    const unknownProduct = runCli(['determine', '--product', 'nvidia-b300', '--destination', 'CN'], env);
    expect(unknownProduct.status).toBe(2);
    expect(unknownProduct.stderr).toMatch(/nvidia-b300 does not exist/);
    const badCountry = runCli(['determine', '--product', 'nvidia-h200-sxm', '--destination', 'China'], env);
    expect(badCountry.status).toBe(2);
    expect(badCountry.stderr).toMatch(/destination/);
    const badFlag = runCli(
      ['determine', '--product', 'nvidia-h200-sxm', '--destination', 'CN', '--end-use', 'military'],
      env,
    );
    expect(badFlag.status).toBe(2);
    expect(badFlag.stdout).toBe('');
  });
});

describe('tranche coverage and tranche ledger verify', () => {
  it('answers coverage as the API does, naming the binding gate', () => {
    const args = [
      'coverage',
      '--product',
      'nvidia-h200-sxm',
      '--quantity',
      '70000',
      '--buyer',
      'tencent',
      '--destination',
      'CN',
    ];
    const json = runCli([...args, '--date', '2026-03-15', '--json'], env);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({
      covered: false,
      coverableQuantity: 60_000,
      binding: 'ratio-cap',
    });
    const text = runCli([...args, '--date', '2026-03-15'], env);
    expect(text.stdout).toMatch(/NOT COVERED \(60000 coverable; ratio-cap binds\)/);
    const bad = runCli(
      [
        'coverage',
        '--product',
        'nvidia-h200-sxm',
        '--quantity',
        '1.5',
        '--buyer',
        'tencent',
        '--destination',
        'CN',
      ],
      env,
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/quantity/);
  });

  it('reconciles the demo ledgers', () => {
    const result = runCli(['ledger', 'verify'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Ledgers reconcile: 12 authorisation\(s\)/);
  });
});
