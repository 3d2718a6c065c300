import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-allocate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeProblem(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const firstRound = {
  periods: [
    { id: '2026-03', supply: 100 },
    { id: '2026-04', supply: 60 },
  ],
  lot: 8,
  claims: [
    { id: 'bytedance', quantity: 100, groups: ['r1-bytedance'] },
    { id: 'alibaba', quantity: 40 },
    { id: 'tencent', quantity: 30, from: '2026-04' },
    { id: 'baidu', quantity: 50, tier: 2 },
  ],
  groups: [{ id: 'r1-bytedance', cap: 50 }],
};

describe('tranche allocate', () => {
  it('prints exactly the contract fields, claims in input order', () => {
    const result = runCli(['allocate', writeProblem('round.json', firstRound), '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      awards: Record<string, unknown>[];
      claims: Record<string, unknown>[];
      periods: Record<string, unknown>[];
    };
    expect(Object.keys(output)).toEqual(['awards', 'claims', 'periods']);
    expect(output.awards).toEqual([
      { claim: 'alibaba', period: '2026-03', quantity: 40 },
      { claim: 'baidu', period: '2026-03', quantity: 8 },
      { claim: 'bytedance', period: '2026-03', quantity: 48 },
      { claim: 'baidu', period: '2026-04', quantity: 40 },
      { claim: 'tencent', period: '2026-04', quantity: 24 },
    ]);
    expect(output.claims.map((c) => Object.keys(c))).toEqual(
      Array.from({ length: 4 }, () => ['id', 'requested', 'awarded', 'binding', 'statement']),
    );
    expect(output.claims.map((c) => [c.id, c.awarded, c.binding])).toEqual([
      ['bytedance', 48, 'group:r1-bytedance'],
      ['alibaba', 40, 'claim'],
      ['tencent', 24, 'claim'],
      ['baidu', 48, 'claim'],
    ]);
    expect(output.periods).toEqual([
      { id: '2026-03', supply: 100, available: 100, allocated: 96, carriedOver: 4 },
      { id: '2026-04', supply: 60, available: 64, allocated: 64, carriedOver: 0 },
    ]);
  });

  it('exits 2 naming the item at fault, with nothing on stdout', () => {
    const cases: [unknown, string][] = [
      [{ ...firstRound, claims: [{ id: 'x', quantity: 1, groups: ['nope'] }] }, 'claims[0] ("x").groups[0]'],
      [{ ...firstRound, claims: [{ id: 'x', quantity: 1, from: '2027-01' }] }, 'period "2027-01"'],
      [{ ...firstRound, claims: [{ id: 'x', quantity: -3 }] }, 'claims[0] ("x").quantity: must be 0 or more'],
      [{ ...firstRound, claims: [{ id: 'x', quantity: 2.5 }] }, 'must be a whole number of units'],
      [
        {
          ...firstRound,
          claims: [
            { id: 'x', quantity: 1 },
            { id: 'x', quantity: 1 },
          ],
        },
        'claims[1] ("x").id: repeats the id of claims[0]',
      ],
      ['{ "periods": [', 'is not valid JSON'],
    ];
    cases.forEach(([problem, message], k) => {
      const result = runCli(['allocate', writeProblem(`bad-${k}.json`, problem), '--json']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    });
  });
});
