import { describe, expect, it } from 'vitest';
import {
  classifyChip,
  type ChipClassification,
} from '../../src/domain/classification/chip-classification.js';
import type { ChipSpecInput } from '../../src/domain/classification/chip-spec-input.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce } from '../../src/domain/rules/rule-book.js';

const book = loadRuleBook(defaultRulesDir());
const on = (asOf: string) => ruleSetInForce(book, asOf);
const rules2025 = on('2025-06-01');
const rules2026 = on('2026-03-01');

// The reference's worked examples, dense datasheet figures (shared/reference/export-controls.md §1).
const a100: ChipSpecInput = {
  id: 'nvidia-a100-sxm',
  name: 'NVIDIA A100 SXM',
  datacenter: true,
  dieAreaMm2: 826,
  peak: [
    { format: 'BF16', bits: 16, tops: 312 },
    { format: 'INT8', bits: 8, tops: 624 },
  ],
};
const h200: ChipSpecInput = {
  id: 'nvidia-h200-sxm',
  datacenter: true,
  dieAreaMm2: 814,
  dramBandwidthGBps: 4800,
  peak: [{ format: 'FP8', bits: 8, tops: 1978.9 }],
};
const h20: ChipSpecInput = {
  id: 'nvidia-h20',
  datacenter: true,
  dieAreaMm2: 814,
  dramBandwidthGBps: 4000,
  peak: [{ format: 'FP8', bits: 8, tops: 296 }],
};
const l4: ChipSpecInput = {
  id: 'nvidia-l4',
  datacenter: true,
  dieAreaMm2: 294.5,
  peak: [{ format: 'INT8', bits: 8, tops: 242.5 }],
};
const rtx4090: ChipSpecInput = {
  id: 'nvidia-rtx-4090',
  datacenter: false,
  dieAreaMm2: 608.5,
  peak: [{ format: 'FP8', bits: 8, tops: 660.6 }],
};

/** A chip whose TPP is exactly `tpp` (8-bit figure tpp ÷ 8; dividing and multiplying by 8 is exact in binary). */
function chip(
  tpp: number,
  dieAreaMm2: number | undefined,
  datacenter = true,
  dramBandwidthGBps?: number,
): ChipSpecInput {
  return {
    id: 'probe',
    datacenter,
    ...(dieAreaMm2 !== undefined && { dieAreaMm2 }),
    ...(dramBandwidthGBps !== undefined && { dramBandwidthGBps }),
    peak: [{ format: 'INT8', bits: 8, tops: tpp / 8 }],
  };
}

const margin = (result: ChipClassification, name: string, threshold: number) =>
  result.margins.find((m) => m.name === name && m.threshold === threshold);

describe('worked examples (reference table)', () => {
  it('A100 SXM: TPP 4,992 set by BF16 (INT8 ties), PD 6.04 → 3A090.a', () => {
    const result = classifyChip(a100, rules2025);
    expect(result.tpp).toBe(4992);
    expect(result.tppFormat).toBe('BF16');
    expect(result.pd).toBeCloseTo(6.04, 2);
    expect(result).toMatchObject({ classification: '3A090.a', paragraph: 'a.1', incomplete: false });
    expect(result.reasons).toContain('TPP 4,992 ≥ 4,800 (3A090.a.1, 88 FR 73458).');
    expect(result.reasons.some((r) => r.includes('INT8 gives the same'))).toBe(true);
  });

  it('H200 SXM: TPP 15,831.2, PD 19.45 → 3A090.a, with the rule cited in plain words', () => {
    const result = classifyChip(h200, rules2026);
    expect(result.tpp).toBe(15831.2);
    expect(result.pd).toBeCloseTo(19.45, 2);
    expect(result).toMatchObject({
      classification: '3A090.a',
      paragraph: 'a.1',
      tppFormat: 'FP8',
      ruleSetVersion: '2026-01-15',
    });
    expect(result.reasons).toContain('TPP 15,831.2 ≥ 4,800 (3A090.a.1, 88 FR 73458).');
    expect(result.rulesApplied.map((r) => r.citation.source)).toEqual(['88 FR 73458', '91 FR 1684']);
  });

  it('H200 SXM is inside the 2026 China envelope on 2026-03-01 but not on 2026-01-14', () => {
    expect(classifyChip(h200, on('2026-03-01')).chinaCaseByCase).toBe(true);
    expect(classifyChip(h200, on('2026-01-15')).chinaCaseByCase).toBe(true);
    const before = classifyChip(h200, on('2026-01-14'));
    expect(before.chinaCaseByCase).toBe(false);
    expect(before.margins.some((m) => m.name.includes('envelope'))).toBe(false);
  });

  it('H20: TPP 2,368, PD 2.91 → not 3A090, below b.1 (2,400) and b.2 (3.2)', () => {
    const result = classifyChip(h20, rules2026);
    expect(result.tpp).toBe(2368);
    expect(result.pd).toBeCloseTo(2.91, 2);
    expect(result.classification).toBe('not-3A090');
    expect(result.paragraph).toBeUndefined();
    expect(result.chinaCaseByCase).toBe(false);
    expect(result.reasons).toContain('Not 3A090.b.1: TPP 2,368 < 2,400 (88 FR 73458).');
    expect(result.reasons).toContain('Not 3A090.b.2: PD 2.91 < 3.2 (88 FR 73458).');
    expect(margin(result, 'TPP', 2400)?.margin).toBe(-32);
  });

  it('L4: TPP 1,940, PD 6.59 → 3A090.a through the density prong (a.2)', () => {
    const result = classifyChip(l4, rules2025);
    expect(result.tpp).toBe(1940);
    expect(result.pd).toBeCloseTo(6.59, 2);
    expect(result).toMatchObject({ classification: '3A090.a', paragraph: 'a.2' });
    expect(result.reasons).toContain('TPP 1,940 ≥ 1,600 and PD 6.59 ≥ 5.92 (3A090.a.2, 88 FR 73458).');
  });

  it('RTX 4090 (consumer): TPP 5,284.8, PD 8.68 → 3A090.a, Note 2 does not apply above 4,800', () => {
    const result = classifyChip(rtx4090, rules2025);
    expect(result.tpp).toBeCloseTo(5284.8, 9);
    expect(result.pd).toBeCloseTo(8.68, 2);
    expect(result).toMatchObject({ classification: '3A090.a', paragraph: 'a.1', datacenter: false });
    expect(
      result.reasons.some((r) =>
        r.startsWith('Not designed or marketed for datacenters, but TPP 5,284.8 ≥ 4,800'),
      ),
    ).toBe(true);
  });
});

describe('TPP thresholds: equal meets "or more", just below does not', () => {
  it.each([
    // [tpp, die area, class, paragraph]
    [4800, 2000, '3A090.a', 'a.1'],
    [4799.99, 2000, '3A090.b', 'b.1'],
    [2400, 1200, '3A090.b', 'b.1'],
    [2399.99, 1200, 'not-3A090', undefined],
    [1600, 250, '3A090.a', 'a.2'],
    [1599.99, 250, 'not-3A090', undefined],
    [1600, 500, '3A090.b', 'b.2'],
  ] as const)('TPP %d on %d mm² → %s %s', (tpp, die, expectedClass, expectedParagraph) => {
    const result = classifyChip(chip(tpp, die), rules2025);
    expect(result.tpp).toBe(tpp);
    expect(result.classification).toBe(expectedClass);
    expect(result.paragraph).toBe(expectedParagraph);
  });

  it('reports the margin to every threshold without rounding', () => {
    const result = classifyChip(chip(4799.99, 2000), rules2025);
    expect(margin(result, 'TPP', 4800)?.margin).toBeCloseTo(-0.01, 9);
    expect(margin(result, 'TPP', 4800)?.margin).toBeLessThan(0);
    expect(result.margins.filter((m) => m.name === 'TPP').map((m) => m.threshold)).toEqual([
      4800, 2400, 1600,
    ]);
    expect(result.margins.filter((m) => m.name === 'PD').map((m) => m.threshold)).toEqual([5.92, 3.2, 1.6]);
  });

  it('prints a figure just below a threshold so it does not read as equal to it', () => {
    const result = classifyChip(chip(4799.999, 2000), rules2025);
    expect(result.reasons).toContain('Not 3A090.a.1: TPP 4,799.999 < 4,800 (88 FR 73458).');
  });
});

describe('PD thresholds: inputs whose PD is exactly the threshold', () => {
  it.each([
    // TPP 2960 on 500 mm² is PD 5.92 exactly; a hair more area is just below.
    [2960, 500, 5.92, '3A090.a', 'a.2'],
    [2960, 500.001, undefined, '3A090.b', 'b.1'],
    [1600, 500, 3.2, '3A090.b', 'b.2'],
    [1600, 500.001, undefined, 'not-3A090', undefined],
    [2400, 1500, 1.6, '3A090.b', 'b.1'],
    [2400, 1500.001, undefined, 'not-3A090', undefined],
  ] as const)('TPP %d on %d mm² → %s', (tpp, die, exactPd, expectedClass, expectedParagraph) => {
    const result = classifyChip(chip(tpp, die), rules2025);
    if (exactPd !== undefined) expect(result.pd).toBe(exactPd);
    expect(result.classification).toBe(expectedClass);
    expect(result.paragraph).toBe(expectedParagraph);
  });

  it('PD of exactly 5.92 leaves the .b band ("less than 5.92") and meets a.2', () => {
    const result = classifyChip(chip(2960, 500), rules2025);
    expect(margin(result, 'PD', 5.92)?.margin).toBe(0);
    expect(result.reasons).toContain('TPP 2,960 ≥ 1,600 and PD 5.92 ≥ 5.92 (3A090.a.2, 88 FR 73458).');
  });
});

describe('sparsity', () => {
  it('halves a figure quoted with sparsity: H200 3,957.8 FP8 sparse is TPP 15,831.2', () => {
    const sparse = { ...h200, peak: [{ format: 'FP8', bits: 8, tops: 3957.8, sparse: true }] };
    const result = classifyChip(sparse, rules2026);
    expect(result.tpp).toBe(15831.2);
    expect(result.reasons[0]).toContain('÷ 2 (figure quoted with sparsity)');
  });

  it('the same figure without the flag counts double, and that can change the class', () => {
    const spec = (sparse: boolean) => ({
      id: 'p',
      datacenter: true,
      dieAreaMm2: 2000,
      peak: [{ format: 'INT8', bits: 8, tops: 1000, sparse }],
    });
    expect(classifyChip(spec(true), rules2025)).toMatchObject({ tpp: 4000, classification: '3A090.b' });
    expect(classifyChip(spec(false), rules2025)).toMatchObject({ tpp: 8000, classification: '3A090.a' });
  });

  it('takes the maximum over formats: an FP16 rate equal to the INT8 rate sets the TPP', () => {
    const spec: ChipSpecInput = {
      id: 'p',
      datacenter: true,
      dieAreaMm2: 1000,
      peak: [
        { format: 'INT8', bits: 8, tops: 400 },
        { format: 'FP16', bits: 16, tops: 400 },
      ],
    };
    expect(classifyChip(spec, rules2025)).toMatchObject({
      tpp: 6400,
      tppFormat: 'FP16',
      classification: '3A090.a',
    });
  });
});

describe('the datacenter test (Note 2)', () => {
  it('same figures: datacenter is 3A090.a, consumer is outside 3A090 below TPP 4,800', () => {
    expect(classifyChip(chip(3000, 500, true), rules2025)).toMatchObject({
      classification: '3A090.a',
      paragraph: 'a.2',
    });
    const consumer = classifyChip(chip(3000, 500, false), rules2025);
    expect(consumer.classification).toBe('not-3A090');
    expect(consumer.reasons.some((r) => r.includes('Note 2 to 3A090'))).toBe(true);
  });

  it('a consumer chip at exactly TPP 4,800 is not excluded ("less than 4800") and meets a.1', () => {
    expect(classifyChip(chip(4800, 5000, false), rules2025)).toMatchObject({
      classification: '3A090.a',
      paragraph: 'a.1',
    });
    expect(classifyChip(chip(4799.99, 5000, false), rules2025).classification).toBe('not-3A090');
  });
});

describe('missing die area', () => {
  it('TPP ≥ 4,800 is 3A090.a regardless, and complete', () => {
    const result = classifyChip(chip(5000, undefined), rules2025);
    expect(result).toMatchObject({
      classification: '3A090.a',
      paragraph: 'a.1',
      incomplete: false,
      pd: null,
    });
  });

  it('a datacenter chip between 1,600 and 4,800 fails closed to 3A090.a, marked incomplete', () => {
    const result = classifyChip(chip(3000, undefined), rules2025);
    expect(result).toMatchObject({ classification: '3A090.a', incomplete: true, pd: null });
    expect(result.paragraph).toBeUndefined();
    expect(result.reasons.some((r) => r.includes('PD is unknown') && r.includes('conservative'))).toBe(true);
    expect(margin(result, 'PD', 5.92)).toMatchObject({ value: null, margin: null });
  });

  it('does not matter when the answer does not depend on PD', () => {
    expect(classifyChip(chip(3000, undefined, false), rules2025)).toMatchObject({
      classification: 'not-3A090',
      incomplete: false,
    });
    expect(classifyChip(chip(1500, undefined, true), rules2025)).toMatchObject({
      classification: 'not-3A090',
      incomplete: false,
    });
  });
});

describe('the 2026 China review envelope', () => {
  it.each([
    [20999.99, 6499.99, true],
    [21000, 4800, false],
    [15000, 6500, false],
  ])('TPP %d with %d GB/s → case-by-case %s', (tpp, bandwidth, inside) => {
    expect(classifyChip(chip(tpp, 800, true, bandwidth), rules2026).chinaCaseByCase).toBe(inside);
  });

  it('unknown DRAM bandwidth keeps the chip out, and says so', () => {
    const result = classifyChip(chip(15000, 800), rules2026);
    expect(result.chinaCaseByCase).toBe(false);
    expect(result.reasons.some((r) => r.startsWith('DRAM bandwidth unknown'))).toBe(true);
    expect(result.margins.find((m) => m.name.startsWith('DRAM bandwidth'))).toMatchObject({
      threshold: 6500,
      value: null,
    });
  });

  it('applies only to 3A090 chips', () => {
    expect(classifyChip(h20, rules2026).chinaCaseByCase).toBe(false);
  });

  it('shows the margins to 21,000 TPP and 6,500 GB/s when in force', () => {
    const result = classifyChip(h200, rules2026);
    expect(margin(result, 'TPP (China review envelope)', 21000)?.margin).toBeCloseTo(-5168.8, 9);
    expect(margin(result, 'DRAM bandwidth GB/s (China review envelope)', 6500)?.margin).toBe(-1700);
  });
});
