import { describe, expect, it } from 'vitest';
import { classifyProduct } from '../../src/domain/classification/product-classification.js';
import type { ProductSpec } from '../../src/domain/products/product.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce } from '../../src/domain/rules/rule-book.js';

const book = loadRuleBook(defaultRulesDir());
const on = (asOf: string) => ruleSetInForce(book, asOf);

const products: ProductSpec[] = [
  {
    id: 'nvidia-h200-sxm',
    name: 'NVIDIA H200 SXM',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'datasheet' },
    dieAreaMm2: { value: 814, source: 'white paper' },
    dramBandwidthGBps: { value: 4800, source: 'datasheet' },
    peak: [{ format: 'FP8', bits: 8, tops: 1978.9, source: 'datasheet, dense' }],
  },
  {
    id: 'nvidia-hgx-h200-8gpu',
    name: 'NVIDIA HGX H200 8-GPU board',
    vendor: 'NVIDIA',
    kind: 'assembly',
    component: { productId: 'nvidia-h200-sxm', units: 8 },
  },
  {
    id: 'demo-rack-4-hgx-h200',
    name: 'Rack of 4 HGX H200 boards',
    vendor: 'Demo',
    kind: 'assembly',
    component: { productId: 'nvidia-hgx-h200-8gpu', units: 4 },
  },
  {
    id: 'nvidia-h20',
    name: 'NVIDIA H20',
    vendor: 'NVIDIA',
    kind: 'chip',
    datacenter: { value: true, source: 'marketing' },
    dieAreaMm2: { value: 814, source: 'teardown' },
    dramBandwidthGBps: { value: 4000, source: 'specification' },
    peak: [{ format: 'FP8', bits: 8, tops: 296, source: 'specification, dense' }],
  },
  {
    id: 'nvidia-hgx-h20-8gpu',
    name: 'NVIDIA HGX H20 8-GPU board',
    vendor: 'NVIDIA',
    kind: 'assembly',
    component: { productId: 'nvidia-h20', units: 8 },
  },
  {
    id: 'demo-hbm3e-stack',
    name: 'Demo HBM3e stack',
    vendor: 'Demo',
    kind: 'hbm',
    memoryBandwidthGBps: { value: 1228.8, source: 'datasheet' },
    packageAreaMm2: { value: 121, source: 'package drawing' },
  },
  {
    id: 'demo-slow-hbm',
    name: 'Demo HBM at exactly 2 GB/s/mm²',
    vendor: 'Demo',
    kind: 'hbm',
    memoryBandwidthGBps: { value: 200, source: 'test figure' },
    packageAreaMm2: { value: 100, source: 'test figure' },
  },
  {
    id: 'demo-orphan-board',
    name: 'Board whose chip is not recorded',
    vendor: 'Demo',
    kind: 'assembly',
    component: { productId: 'no-such-chip', units: 2 },
  },
];
const byId = new Map(products.map((p) => [p.id, p]));
const resolve = (id: string) => byId.get(id);
const product = (id: string): ProductSpec => {
  const found = byId.get(id);
  if (!found) throw new Error(`fixture ${id} missing`);
  return found;
};

describe('classifyProduct', () => {
  it('classifies a chip product from its recorded figures', () => {
    const result = classifyProduct(product('nvidia-h200-sxm'), resolve, on('2026-03-01'));
    expect(result).toMatchObject({
      eccn: '3A090.a',
      paragraph: 'a.1',
      tpp: 15831.2,
      datacenter: true,
      chinaCaseByCase: true,
    });
    expect(result.overrides).toEqual([]);
  });

  it('an 8-GPU board of 3A090.a chips is 4A090.a and carries the chip figures', () => {
    const result = classifyProduct(product('nvidia-hgx-h200-8gpu'), resolve, on('2026-03-01'));
    expect(result).toMatchObject({
      eccn: '4A090.a',
      kind: 'assembly',
      tpp: 15831.2,
      datacenter: true,
      chinaCaseByCase: true,
      chipUnits: 8,
      component: { productId: 'nvidia-h200-sxm', units: 8, eccn: '3A090.a' },
    });
    expect(result.pd).toBeCloseTo(19.45, 2);
    expect(result.reasons[0]).toContain('contains 8 × NVIDIA H200 SXM (3A090.a) → 4A090.a');
    expect(result.rulesApplied.map((r) => r.id)).toContain('4a090-2023-11-17');
  });

  it('an assembly of assemblies is still 4A090.a, with the chips multiplied through', () => {
    const result = classifyProduct(product('demo-rack-4-hgx-h200'), resolve, on('2026-03-01'));
    expect(result).toMatchObject({
      eccn: '4A090.a',
      chipUnits: 32,
      component: { units: 4, eccn: '4A090.a' },
    });
  });

  it("an assembly of not-3A090 chips is not 4A090, and inherits the chip's licence letter", () => {
    const before = classifyProduct(product('nvidia-hgx-h20-8gpu'), resolve, on('2025-04-08'));
    expect(before.eccn).toBe('not-3A090');
    expect(before.overrides).toEqual([]);
    const after = classifyProduct(product('nvidia-hgx-h20-8gpu'), resolve, on('2025-04-10'));
    expect(after.eccn).toBe('not-3A090');
    expect(after.overrides).toMatchObject([
      { id: 'override-nvidia-h20-licence-letter', productId: 'nvidia-h20', effectiveFrom: '2025-04-09' },
    ]);
  });

  it('lists the H20 licence letter from 2025-04-09, with its source, though no threshold is met', () => {
    expect(classifyProduct(product('nvidia-h20'), resolve, on('2025-04-08')).overrides).toEqual([]);
    const result = classifyProduct(product('nvidia-h20'), resolve, on('2025-04-09'));
    expect(result.eccn).toBe('not-3A090');
    expect(result.overrides).toHaveLength(1);
    expect(result.overrides[0]).toMatchObject({
      id: 'override-nvidia-h20-licence-letter',
      effectiveFrom: '2025-04-09',
      citation: { source: 'NVIDIA Form 8-K filed 2025-04-15' },
    });
    expect(result.overrides[0]?.summary).toContain('H20');
  });

  it('ignores overrides passed in that are not in force that day', () => {
    const result = classifyProduct(product('nvidia-h20'), resolve, on('2025-01-01'), book.productOverrides);
    expect(result.overrides).toEqual([]);
  });

  it('HBM above 2 GB/s/mm² is 3A090.c from 2024-12-02, not before', () => {
    const before = classifyProduct(product('demo-hbm3e-stack'), resolve, on('2024-12-01'));
    expect(before.eccn).toBe('not-3A090');
    expect(before.reasons.some((r) => r.includes('2024-12-02') && r.includes('89 FR 96790'))).toBe(true);
    const after = classifyProduct(product('demo-hbm3e-stack'), resolve, on('2024-12-02'));
    expect(after.eccn).toBe('3A090.c');
    expect(after.hbm?.bandwidthDensity).toBeCloseTo(10.155, 3);
    expect(after.margins).toEqual([
      expect.objectContaining({ threshold: 2, margin: after.hbm ? after.hbm.bandwidthDensity - 2 : NaN }),
    ]);
    expect(after.datacenter).toBeNull();
  });

  it('HBM at exactly 2 GB/s/mm² is not "more than 2"', () => {
    const result = classifyProduct(product('demo-slow-hbm'), resolve, on('2025-01-01'));
    expect(result.hbm?.bandwidthDensity).toBe(2);
    expect(result.eccn).toBe('not-3A090');
  });

  it('an unknown component is NOT_FOUND', () => {
    const classify = () => classifyProduct(product('demo-orphan-board'), resolve, on('2026-03-01'));
    expect(classify).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(classify).toThrow(/no-such-chip/);
  });

  it('an assembly that contains itself is refused rather than looping', () => {
    const loop: ProductSpec = {
      id: 'loop',
      name: 'Loop',
      vendor: 'Demo',
      kind: 'assembly',
      component: { productId: 'loop', units: 1 },
    };
    expect(() => classifyProduct(loop, (id) => (id === 'loop' ? loop : undefined), on('2026-03-01'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
