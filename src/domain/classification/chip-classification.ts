import type { Bound, ChipParagraphRule } from '../rules/rule-files.schema.js';
import type { Citation, RuleSet } from '../rules/rule-book.js';
import type { ChipSpecInput } from './chip-spec-input.js';
import { formatFigure as fig } from './figure-format.js';

export type ChipClass = '3A090.a' | '3A090.b' | 'not-3A090';
/** A 3A090 sub-paragraph such as "a.1" or "b.2", as named in the rule file. */
export type ChipParagraph = `${'a' | 'b'}.${number}`;

/** A rule that contributed to an answer, with what to cite. */
export interface RuleReference {
  id: string;
  citation: Citation;
}

/**
 * How far a figure is from a threshold: `margin` = value − threshold, never rounded. For an "at least"
 * bound a margin ≥ 0 means met; for a "less than" bound a margin < 0 means met. Null when the figure is
 * unknown (no die area, no DRAM bandwidth).
 */
export interface Margin {
  name: string;
  threshold: number;
  value: number | null;
  margin: number | null;
  /** Which tests use this threshold, e.g. ["3A090.a.1 (at least)", "3A090.b.1 (less than)"]. */
  usedBy: string[];
}

export interface FormatPerformance {
  format: string;
  bits: number;
  tops: number;
  sparse: boolean;
  /** tops × bits, halved when the datasheet figure counts sparsity. */
  tpp: number;
}

export interface ChipClassification {
  id: string;
  name?: string;
  datacenter: boolean;
  dieAreaMm2: number | null;
  dramBandwidthGBps: number | null;
  tpp: number;
  /** TPP ÷ die area in mm²; null when the die area is unknown. */
  pd: number | null;
  /** The format that set the TPP (the first listed, if several tie). */
  tppFormat: string;
  performanceByFormat: FormatPerformance[];
  classification: ChipClass;
  /** The paragraph the class rests on; absent when not 3A090 or when the class is a fail-closed guess. */
  paragraph?: ChipParagraph;
  /** True when a missing figure (die area) forced a conservative class; a person must supply it. */
  incomplete: boolean;
  /** Inside the China case-by-case review envelope in force that day (false when none is in force). */
  chinaCaseByCase: boolean;
  margins: Margin[];
  /** Plain sentences, each citing the rule it applies. */
  reasons: string[];
  rulesApplied: RuleReference[];
  ruleSetVersion: string;
}

type TestResult = 'met' | 'not-met' | 'unknown';

interface ParagraphResult {
  rule: ChipParagraphRule;
  paragraph: ChipParagraph;
  chipClass: '3A090.a' | '3A090.b';
  result: TestResult;
  /** Sentences for the conditions that hold (when met) or fail (when not met). */
  explained: string[];
}

/**
 * Classifies one integrated circuit under the 3A090.a/.b tests in force (thresholds come from the rule set,
 * none are in this code). TPP per format = tops × bits (halved when sparse), the chip's TPP the maximum;
 * PD = TPP ÷ die area. Fails closed: when the class depends on an unknown PD, the chip is 3A090.a and
 * `incomplete` is true.
 */
export function classifyChip(spec: ChipSpecInput, rules: RuleSet): ChipClassification {
  const logic = rules.integratedCircuits;
  const cite = logic.citation.source;
  const performanceByFormat: FormatPerformance[] = spec.peak.map((rate) => ({
    format: rate.format,
    bits: rate.bits,
    tops: rate.tops,
    sparse: rate.sparse === true,
    tpp: (rate.tops * rate.bits) / (rate.sparse === true ? 2 : 1),
  }));
  let best = performanceByFormat[0];
  for (const candidate of performanceByFormat)
    if (best === undefined || candidate.tpp > best.tpp) best = candidate;
  if (best === undefined)
    throw new Error('classifyChip needs at least one peak rate (parseChipSpecs checks this)');
  const top = best;
  const tpp = top.tpp;
  const dieArea = spec.dieAreaMm2 ?? null;
  const pd = dieArea === null ? null : tpp / dieArea;
  const bandwidth = spec.dramBandwidthGBps ?? null;

  const reasons: string[] = [];
  const rulesApplied: RuleReference[] = [{ id: logic.id, citation: logic.citation }];

  const ties = performanceByFormat.filter((p) => p !== top && p.tpp === tpp).map((p) => p.format);
  reasons.push(
    `TPP ${fig(tpp)} = ${fig(top.tops)} ${top.format} × ${top.bits} bits${top.sparse ? ' ÷ 2 (figure quoted with sparsity)' : ''}, ` +
      `the highest over ${performanceByFormat.length === 1 ? 'its one format' : `its ${performanceByFormat.length} formats`}` +
      `${ties.length ? ` (${ties.join(', ')} gives the same)` : ''} (Technical Note 2 to 3A090, ${cite}).`,
  );
  reasons.push(
    pd === null
      ? 'PD unknown: no die area is recorded.'
      : `PD ${fig(pd)} = TPP ${fig(tpp)} ÷ ${fig(dieArea ?? 0)} mm² die area (Technical Note 2 to 3A090, ${cite}).`,
  );

  const paragraphs = logic.paragraphs.map((rule) => evaluateParagraph(rule, tpp, pd));
  const margins = thresholdMargins(paragraphs, tpp, pd);

  let classification: ChipClass = 'not-3A090';
  let paragraph: ChipParagraph | undefined;
  let incomplete = false;
  const note = logic.datacenterNote;
  if (!spec.datacenter && tpp < note.nonDatacenterOutsideIfTppLessThan) {
    reasons.push(
      `Not designed or marketed for datacenters and TPP ${fig(tpp, note.nonDatacenterOutsideIfTppLessThan)} < ` +
        `${fig(note.nonDatacenterOutsideIfTppLessThan)}: outside 3A090 whatever its PD (Note 2 to 3A090, ${cite}).`,
    );
  } else {
    if (!spec.datacenter) {
      reasons.push(
        `Not designed or marketed for datacenters, but TPP ${fig(tpp, note.nonDatacenterOutsideIfTppLessThan)} ≥ ` +
          `${fig(note.nonDatacenterOutsideIfTppLessThan)}, so Note 2 to 3A090 does not take it out of 3A090 (${cite}).`,
      );
    }
    const decided = decide(paragraphs);
    classification = decided.classification;
    paragraph = decided.paragraph;
    incomplete = decided.incomplete;
    if (decided.incomplete) {
      const dependsOn = paragraphs.filter((p) => p.result === 'unknown').map((p) => `3A090.${p.paragraph}`);
      reasons.push(
        `PD is unknown (no die area) and with TPP ${fig(tpp)} the class depends on it (${dependsOn.join(', ')}): ` +
          `classified ${classification} as the conservative outcome until the die area is recorded (${cite}).`,
      );
    }
    for (const p of paragraphs) {
      if (p.result === 'met' && p.chipClass === classification) {
        reasons.push(`${sentence(p.explained)} (3A090.${p.paragraph}, ${cite}).`);
      }
    }
    // Say why each higher class, or every paragraph when uncontrolled, was not met.
    const rank = { '3A090.a': 2, '3A090.b': 1, 'not-3A090': 0 } as const;
    for (const p of paragraphs) {
      if (p.result === 'not-met' && rank[p.chipClass] > rank[classification]) {
        reasons.push(`Not 3A090.${p.paragraph}: ${sentence(p.explained)} (${cite}).`);
      }
    }
  }

  const envelope = rules.chinaEnvelope;
  let chinaCaseByCase = false;
  if (envelope) {
    rulesApplied.push({ id: envelope.id, citation: envelope.citation });
    margins.push(
      {
        name: 'TPP (China review envelope)',
        threshold: envelope.tppLessThan,
        value: tpp,
        margin: tpp - envelope.tppLessThan,
        usedBy: [`${envelope.id} (less than)`],
      },
      {
        name: 'DRAM bandwidth GB/s (China review envelope)',
        threshold: envelope.dramBandwidthLessThanGBps,
        value: bandwidth,
        margin: bandwidth === null ? null : bandwidth - envelope.dramBandwidthLessThanGBps,
        usedBy: [`${envelope.id} (less than)`],
      },
    );
    const where = envelope.destinations.join(' and ');
    const source = envelope.citation.source;
    if (classification === 'not-3A090') {
      reasons.push(`Not 3A090, so the ${where} review envelope (${source}) does not apply.`);
    } else if (tpp >= envelope.tppLessThan) {
      reasons.push(
        `Outside the ${where} review envelope: TPP ${fig(tpp, envelope.tppLessThan)} ≥ ${fig(envelope.tppLessThan)} (${source}).`,
      );
    } else if (bandwidth === null) {
      reasons.push(
        `DRAM bandwidth unknown, so the chip cannot be placed inside the ${where} review envelope ` +
          `(TPP < ${fig(envelope.tppLessThan)} and DRAM bandwidth < ${fig(envelope.dramBandwidthLessThanGBps)} GB/s, ${source}); record it to qualify.`,
      );
    } else if (bandwidth >= envelope.dramBandwidthLessThanGBps) {
      reasons.push(
        `Outside the ${where} review envelope: DRAM bandwidth ${fig(bandwidth, envelope.dramBandwidthLessThanGBps)} GB/s ≥ ` +
          `${fig(envelope.dramBandwidthLessThanGBps)} GB/s (${source}).`,
      );
    } else {
      chinaCaseByCase = true;
      reasons.push(
        `Inside the ${where} review envelope: TPP ${fig(tpp, envelope.tppLessThan)} < ${fig(envelope.tppLessThan)} and DRAM bandwidth ` +
          `${fig(bandwidth, envelope.dramBandwidthLessThanGBps)} GB/s < ${fig(envelope.dramBandwidthLessThanGBps)} GB/s: ` +
          `licence applications are reviewed case by case from ${envelope.effectiveFrom} (${source}).`,
      );
    }
  }

  const result: ChipClassification = {
    id: spec.id,
    datacenter: spec.datacenter,
    dieAreaMm2: dieArea,
    dramBandwidthGBps: bandwidth,
    tpp,
    pd,
    tppFormat: top.format,
    performanceByFormat,
    classification,
    incomplete,
    chinaCaseByCase,
    margins,
    reasons,
    rulesApplied,
    ruleSetVersion: rules.version,
  };
  if (spec.name !== undefined) result.name = spec.name;
  if (paragraph !== undefined) result.paragraph = paragraph;
  return result;
}

function evaluateParagraph(rule: ChipParagraphRule, tpp: number, pd: number | null): ParagraphResult {
  const tests = [
    ...(rule.tpp ? [testBound('TPP', tpp, rule.tpp)] : []),
    ...(rule.pd ? [testBound('PD', pd, rule.pd)] : []),
  ];
  const failed = tests.filter((t) => t.result === 'not-met');
  const result: TestResult =
    failed.length > 0 ? 'not-met' : tests.some((t) => t.result === 'unknown') ? 'unknown' : 'met';
  const explained = result === 'met' ? tests.map((t) => t.met) : failed.flatMap((t) => t.failed);
  const paragraph = rule.paragraph as ChipParagraph;
  return { rule, paragraph, chipClass: paragraph.startsWith('a') ? '3A090.a' : '3A090.b', result, explained };
}

function testBound(name: string, value: number | null, bound: Bound) {
  if (value === null) return { result: 'unknown' as TestResult, met: '', failed: [] };
  const { atLeast, lessThan } = bound;
  const failed: string[] = [];
  if (atLeast !== undefined && !(value >= atLeast))
    failed.push(`${name} ${fig(value, atLeast)} < ${fig(atLeast)}`);
  if (lessThan !== undefined && !(value < lessThan))
    failed.push(`${name} ${fig(value, lessThan)} ≥ ${fig(lessThan)}`);
  let met: string;
  if (atLeast !== undefined && lessThan !== undefined) {
    const nearer = Math.abs(value - lessThan) < Math.abs(value - atLeast) ? lessThan : atLeast;
    met = `${fig(atLeast)} ≤ ${name} ${fig(value, nearer)} < ${fig(lessThan)}`;
  } else if (atLeast !== undefined) met = `${name} ${fig(value, atLeast)} ≥ ${fig(atLeast)}`;
  else met = `${name} ${fig(value, lessThan)} < ${fig(lessThan ?? 0)}`;
  return { result: (failed.length ? 'not-met' : 'met') as TestResult, met, failed };
}

/** Highest class met wins; a class that might be met (unknown PD) wins over any lower one, fail-closed. */
function decide(paragraphs: ParagraphResult[]): {
  classification: ChipClass;
  paragraph?: ChipParagraph;
  incomplete: boolean;
} {
  for (const chipClass of ['3A090.a', '3A090.b'] as const) {
    const ofClass = paragraphs.filter((p) => p.chipClass === chipClass);
    const met = ofClass.find((p) => p.result === 'met');
    if (met) return { classification: chipClass, paragraph: met.paragraph, incomplete: false };
    if (ofClass.some((p) => p.result === 'unknown')) return { classification: chipClass, incomplete: true };
  }
  return { classification: 'not-3A090', incomplete: false };
}

function thresholdMargins(paragraphs: ParagraphResult[], tpp: number, pd: number | null): Margin[] {
  const margins: Margin[] = [];
  const add = (name: 'TPP' | 'PD', value: number | null, threshold: number, use: string) => {
    const existing = margins.find((m) => m.name === name && m.threshold === threshold);
    if (existing) {
      if (!existing.usedBy.includes(use)) existing.usedBy.push(use);
      return;
    }
    margins.push({
      name,
      threshold,
      value,
      margin: value === null ? null : value - threshold,
      usedBy: [use],
    });
  };
  for (const { rule, paragraph } of paragraphs) {
    for (const [name, bound, value] of [
      ['TPP', rule.tpp, tpp],
      ['PD', rule.pd, pd],
    ] as const) {
      if (bound?.atLeast !== undefined) add(name, value, bound.atLeast, `3A090.${paragraph} (at least)`);
      if (bound?.lessThan !== undefined) add(name, value, bound.lessThan, `3A090.${paragraph} (less than)`);
    }
  }
  // TPP thresholds first, then PD, each from the highest: the order a reader scans the rule in.
  return margins.sort((a, b) => (a.name === b.name ? b.threshold - a.threshold : a.name === 'TPP' ? -1 : 1));
}

function sentence(parts: string[]): string {
  const text = parts.join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
