/**
 * Classification throughput: 100,000 generated chip specs (1–4 formats, some sparse, some without a die
 * area) classified under the 2026-03-01 rule set, on one core.
 */
import { classifyChip } from '../src/domain/classification/chip-classification.js';
import type { ChipSpecInput } from '../src/domain/classification/chip-spec-input.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce } from '../src/domain/rules/rule-book.js';

export interface ClassificationBenchResult {
  specs: number;
  seconds: number;
  specsPerSecond: number;
  classes: Record<string, number>;
}

/** A deterministic pseudo-random generator, so every run classifies the same specs. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSpecs(count: number, seed = 42): ChipSpecInput[] {
  const random = mulberry32(seed);
  const formats = [
    { format: 'FP8', bits: 8 },
    { format: 'INT8', bits: 8 },
    { format: 'BF16', bits: 16 },
    { format: 'FP4', bits: 4 },
  ];
  return Array.from({ length: count }, (_, i) => {
    const peaks = formats.slice(0, 1 + Math.floor(random() * formats.length)).map((f) => ({
      ...f,
      tops: Math.round(random() * 900 * 10) / 10 + 1,
      ...(random() < 0.3 ? { sparse: true } : {}),
    }));
    return {
      id: `chip-${i}`,
      datacenter: random() < 0.7,
      ...(random() < 0.9 ? { dieAreaMm2: 100 + Math.round(random() * 800) } : {}),
      ...(random() < 0.8 ? { dramBandwidthGBps: Math.round(random() * 8000) } : {}),
      peak: peaks,
    };
  });
}

export function runClassificationBench(count = 100_000): ClassificationBenchResult {
  const rules = ruleSetInForce(loadRuleBook(defaultRulesDir()), '2026-03-01');
  const specs = generateSpecs(count);
  // Warm the JIT on a slice first so the figure is steady-state throughput.
  for (const spec of specs.slice(0, 5_000)) classifyChip(spec, rules);
  const classes: Record<string, number> = {};
  const started = process.hrtime.bigint();
  for (const spec of specs) {
    const result = classifyChip(spec, rules);
    classes[result.classification] = (classes[result.classification] ?? 0) + 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { specs: count, seconds, specsPerSecond: Math.round(count / seconds), classes };
}
