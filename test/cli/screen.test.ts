import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { sharedListsDir } from '../support/shared-lists.js';

const lists = sharedListsDir;
const csl = path.join(lists, 'consolidated-2022-05.csv.gz');
const ofac = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) =>
  path.join(lists, f),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-screen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

interface Screened {
  id: string;
  decision: string;
  matches: { entryId: string; source: string; name: string; score: number }[];
}

describe('tranche screen', () => {
  it('screens names against the CSL and OFAC’s files, in the queries’ order, with exactly the contract fields', () => {
    const queries = write('queries.json', [
      { id: 'huawei-zh', name: '华为技术有限公司', country: 'CN' },
      { id: 'bytedance', name: 'Beijing ByteDance Technology Co., Ltd.', country: 'CN' },
      { id: 'aecc', name: 'Aero Engine Corp. of China' },
    ]);
    const result = runCli([
      'screen',
      '--list',
      csl,
      ...ofac.flatMap((f) => ['--list', f]),
      queries,
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Screened[];
    expect(out.map((r) => r.id)).toEqual(['huawei-zh', 'bytedance', 'aecc']);
    expect(out.map((r) => Object.keys(r))).toEqual(
      Array.from({ length: 3 }, () => ['id', 'decision', 'matches']),
    );
    const [huawei, bytedance, aecc] = out;
    expect(huawei?.decision).toBe('hit');
    expect(huawei?.matches[0]).toMatchObject({
      source: 'Entity List (EL) - Bureau of Industry and Security',
    });
    expect(huawei?.matches.every((m) => Object.keys(m).join() === 'entryId,source,name,score')).toBe(true);
    // Best first.
    const scores = huawei?.matches.map((m) => m.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(bytedance).toEqual({ id: 'bytedance', decision: 'clear', matches: [] });
    // OFAC's entries are quoted as ofac:<ent_num>.
    expect(aecc?.decision).toBe('hit');
    expect(aecc?.matches.map((m) => m.entryId)).toContain('ofac:30902');
  });

  // Each case below starts a CLI process: split so that each group has the whole test timeout under load.
  const queries = () => write('one.json', [{ id: 'a', name: 'Huawei' }]);

  it('exits 2 with the query and field for bad queries, printing nothing on stdout', () => {
    const noName = write('no-name.json', [{ id: 'a', name: 'Huawei' }, { id: 'b' }]);
    const badQueries = runCli(['screen', '--list', csl, noName, '--json']);
    expect(badQueries.status).toBe(2);
    expect(badQueries.stdout).toBe('');
    expect(badQueries.stderr).toMatch(/no-name\.json, query 2, name/);

    const badCountry = write('bad-country.json', [{ id: 'a', name: 'Huawei', country: 'China' }]);
    const country = runCli(['screen', '--list', csl, badCountry, '--json']);
    expect(country.status).toBe(2);
    expect(country.stderr).toMatch(/query 1, country: an ISO 3166 alpha-2 code/);
  });

  it('exits 2 with the reason and the row for bad or missing list files, printing nothing on stdout', () => {
    const notAList = write('notes.csv', 'name,comment\nHuawei,ok\n');
    const file = runCli(['screen', '--list', notAList, queries(), '--json']);
    expect(file.status).toBe(2);
    expect(file.stdout).toBe('');
    expect(file.stderr).toMatch(/notes\.csv, row 1: not a restricted-party list/);

    const prim = fs.readFileSync(ofac[0] ?? '', 'utf8');
    const truncated = write('cons_prim.csv', prim.slice(0, Math.floor(prim.length / 2)));
    const cut = runCli(['screen', '--list', truncated, queries(), '--json']);
    expect(cut.status).toBe(2);
    expect(cut.stdout).toBe('');
    expect(cut.stderr).toMatch(/cons_prim\.csv, (after )?row \d+/);

    const noList = runCli(['screen', queries(), '--json']);
    expect(noList.status).toBe(2);
    expect(noList.stdout).toBe('');
    expect(noList.stderr).toMatch(/--list/);
  });

  it('exits 2 when the review threshold is above the hit threshold, from options or the environment', () => {
    const thresholds = runCli([
      'screen',
      '--list',
      csl,
      queries(),
      '--json',
      '--hit',
      '0.5',
      '--review',
      '0.8',
    ]);
    expect(thresholds.status).toBe(2);
    expect(thresholds.stderr).toMatch(/review threshold \(0\.8\) is above the hit threshold \(0\.5\)/);

    // The environment's review threshold against the default hit threshold: refused the same way.
    const fromEnvironment = runCli(['screen', '--list', csl, queries(), '--json'], {
      SCREENING_REVIEW_THRESHOLD: '0.95',
    });
    expect(fromEnvironment.status).toBe(2);
    expect(fromEnvironment.stdout).toBe('');
    expect(fromEnvironment.stderr).toMatch(/review threshold \(0\.95\) is above the hit threshold \(0\.9\)/);
  });
});
