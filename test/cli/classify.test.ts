import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-classify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeSpecs(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const workedExamples = [
  {
    id: 'a100',
    name: 'NVIDIA A100 SXM',
    datacenter: true,
    dieAreaMm2: 826,
    peak: [
      { format: 'BF16', bits: 16, tops: 312 },
      { format: 'INT8', bits: 8, tops: 624 },
    ],
  },
  {
    id: 'h200',
    datacenter: true,
    dieAreaMm2: 814,
    dramBandwidthGBps: 4800,
    peak: [{ format: 'FP8', bits: 8, tops: 1978.9 }],
  },
  {
    id: 'h20',
    datacenter: true,
    dieAreaMm2: 814,
    dramBandwidthGBps: 4000,
    peak: [{ format: 'FP8', bits: 8, tops: 296 }],
  },
  { id: 'l4', datacenter: true, dieAreaMm2: 294.5, peak: [{ format: 'INT8', bits: 8, tops: 242.5 }] },
  {
    id: 'rtx4090',
    datacenter: false,
    dieAreaMm2: 608.5,
    peak: [{ format: 'FP8', bits: 8, tops: 1321.2, sparse: true }],
  },
  { id: 'no-die', datacenter: true, peak: [{ format: 'FP8', bits: 8, tops: 700 }] },
];

interface Output {
  id: string;
  tpp: number;
  pd: number | null;
  classification: string;
  chinaCaseByCase: boolean;
  reasons: string[];
}

describe('tranche classify --json (the stable contract)', () => {
  it('classifies the reference worked examples exactly, in input order, with exactly the contract fields', () => {
    const result = runCli([
      'classify',
      writeSpecs('examples.json', workedExamples),
      '--as-of',
      '2026-03-01',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Output[];
    expect(out.map((o) => o.id)).toEqual(['a100', 'h200', 'h20', 'l4', 'rtx4090', 'no-die']);
    for (const o of out)
      expect(Object.keys(o).sort()).toEqual([
        'chinaCaseByCase',
        'classification',
        'id',
        'pd',
        'reasons',
        'tpp',
      ]);
    const byId = Object.fromEntries(out.map((o) => [o.id, o]));
    expect(byId.a100).toMatchObject({ classification: '3A090.a', tpp: 4992 });
    expect(byId.a100?.pd).toBeCloseTo(6.04, 2);
    expect(byId.h200).toMatchObject({ classification: '3A090.a', chinaCaseByCase: true });
    expect(Math.round(byId.h200?.tpp ?? 0)).toBe(15831);
    expect(byId.h200?.pd).toBeCloseTo(19.45, 2);
    expect(byId.h20).toMatchObject({ classification: 'not-3A090', tpp: 2368, chinaCaseByCase: false });
    expect(byId.h20?.pd).toBeCloseTo(2.91, 2);
    expect(byId.l4).toMatchObject({ classification: '3A090.a', tpp: 1940 });
    expect(byId.l4?.pd).toBeCloseTo(6.59, 2);
    // The sparse datasheet figure is halved: 1,321.2 → 660.6 TFLOPS dense.
    expect(byId.rtx4090?.classification).toBe('3A090.a');
    expect(byId.rtx4090?.tpp).toBeCloseTo(5284.8, 6);
    expect(byId['no-die']?.pd).toBeNull();
    for (const o of out) expect(o.reasons.length).toBeGreaterThan(0);
  });

  it('applies the rules in force on --as-of: the China envelope starts on 2026-01-15', () => {
    const file = writeSpecs('h200.json', [workedExamples[1]]);
    const before = JSON.parse(
      runCli(['classify', file, '--as-of', '2026-01-14', '--json']).stdout,
    ) as Output[];
    const after = JSON.parse(
      runCli(['classify', file, '--as-of', '2026-01-15', '--json']).stdout,
    ) as Output[];
    expect(before[0]?.chinaCaseByCase).toBe(false);
    expect(after[0]?.chinaCaseByCase).toBe(true);
  });

  it('exits 2 naming the item index and field, printing nothing to stdout', () => {
    const cases: [unknown, RegExp][] = [
      [
        [{ id: 'x', datacenter: true, peak: [{ format: 'FP8', bits: 8, tops: -5 }] }],
        /item 0.*peak\[0\]\.tops/,
      ],
      [[workedExamples[0], { id: 'y', peak: [{ format: 'FP8', bits: 8, tops: 5 }] }], /item 1.*datacenter/],
      [[{ ...workedExamples[0], colour: 'green' }], /item 0.*colour/],
      ['[{"id": "x",', /not valid JSON/],
      [{ id: 'not-an-array' }, /array/],
    ];
    for (const [content, message] of cases) {
      const result = runCli(['classify', writeSpecs('bad.json', content), '--json']);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('exits 2 for a missing file or a malformed date', () => {
    const missing = runCli(['classify', path.join(dir, 'nope.json'), '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const badDate = runCli([
      'classify',
      writeSpecs('ok.json', workedExamples),
      '--as-of',
      '2026-02-30',
      '--json',
    ]);
    expect(badDate.status).toBe(2);
    expect(badDate.stdout).toBe('');
  });
});
