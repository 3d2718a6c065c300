import { DomainError } from '../errors.js';
import type { EccnOutcome } from '../products/classification-decision.js';
import type { ChipProduct, ProductKind, ProductSpec } from '../products/product.js';
import type { Citation, RuleSet } from '../rules/rule-book.js';
import type { ProductOverrideRule } from '../rules/rule-files.schema.js';
import {
  classifyChip,
  type ChipClassification,
  type ChipParagraph,
  type Margin,
  type RuleReference,
} from './chip-classification.js';
import type { ChipSpecInput } from './chip-spec-input.js';
import { formatFigure as fig } from './figure-format.js';

export type { EccnOutcome } from '../products/classification-decision.js';

/** A product-specific licence requirement in force that names this product or a chip it contains. */
export interface AppliedOverride {
  id: string;
  effectiveFrom: string;
  citation: Citation;
  summary: string;
  /** The product the override names (a contained chip's id when it reaches an assembly through it). */
  productId: string;
}

export interface ProductClassification {
  productId: string;
  name: string;
  kind: ProductKind;
  eccn: EccnOutcome;
  /** The 3A090 paragraph of the chip the class rests on (the contained chip's, for assemblies). */
  paragraph?: ChipParagraph;
  /** Whether the chip (or the contained chip) is designed or marketed for datacenters; null for HBM. */
  datacenter: boolean | null;
  incomplete: boolean;
  chinaCaseByCase: boolean;
  /** The chip's figures, or the contained chip's for an assembly; null for HBM. */
  tpp: number | null;
  pd: number | null;
  tppFormat: string | null;
  chip: ChipClassification | null;
  /** For an assembly: what it directly contains and how many. */
  component: { productId: string; name: string; kind: ProductKind; units: number; eccn: EccnOutcome } | null;
  /** For an assembly: how many of the classified chip it holds in all (nested assemblies multiply). */
  chipUnits: number | null;
  hbm: { memoryBandwidthGBps: number; packageAreaMm2: number; bandwidthDensity: number } | null;
  margins: Margin[];
  reasons: string[];
  rulesApplied: RuleReference[];
  overrides: AppliedOverride[];
  ruleSetVersion: string;
}

/** The figures classifyChip reads, taken from a stored chip product. */
export function chipSpecOf(product: ChipProduct): ChipSpecInput {
  const spec: ChipSpecInput = {
    id: product.id,
    name: product.name,
    datacenter: product.datacenter.value,
    peak: product.peak.map((rate) => ({
      format: rate.format,
      bits: rate.bits,
      tops: rate.tops,
      ...(rate.sparse !== undefined && { sparse: rate.sparse }),
    })),
  };
  if (product.dieAreaMm2) spec.dieAreaMm2 = product.dieAreaMm2.value;
  if (product.dramBandwidthGBps) spec.dramBandwidthGBps = product.dramBandwidthGBps.value;
  return spec;
}

/**
 * Classifies a chip (3A090.a/.b), an assembly (4A090.a/.b from the chip it contains, looked up with
 * `resolve`) or an HBM part (3A090.c), under the rules in force, and lists the product overrides in force
 * that name it or a chip inside it. Throws NOT_FOUND when an assembly's component cannot be resolved.
 */
export function classifyProduct(
  product: ProductSpec,
  resolve: (productId: string) => ProductSpec | undefined,
  rules: RuleSet,
  overrides: readonly ProductOverrideRule[] = rules.productOverrides,
): ProductClassification {
  return classify(product, resolve, rules, overrides, [product.id]);
}

function classify(
  product: ProductSpec,
  resolve: (productId: string) => ProductSpec | undefined,
  rules: RuleSet,
  overrides: readonly ProductOverrideRule[],
  path: string[],
): ProductClassification {
  const own = overridesNaming(product.id, overrides, rules.asOf);
  switch (product.kind) {
    case 'chip': {
      const chip = classifyChip(chipSpecOf(product), rules);
      const result: ProductClassification = {
        productId: product.id,
        name: product.name,
        kind: 'chip',
        eccn: chip.classification,
        datacenter: chip.datacenter,
        incomplete: chip.incomplete,
        chinaCaseByCase: chip.chinaCaseByCase,
        tpp: chip.tpp,
        pd: chip.pd,
        tppFormat: chip.tppFormat,
        chip,
        component: null,
        chipUnits: null,
        hbm: null,
        margins: chip.margins,
        reasons: [...chip.reasons, ...overrideReasons(own)],
        rulesApplied: chip.rulesApplied,
        overrides: own,
        ruleSetVersion: rules.version,
      };
      if (chip.paragraph !== undefined) result.paragraph = chip.paragraph;
      return result;
    }
    case 'assembly': {
      const { productId, units } = product.component;
      if (path.includes(productId)) {
        throw new DomainError(
          'VALIDATION_FAILED',
          `assembly ${product.id} contains itself (${[...path, productId].join(' → ')})`,
          [{ path: 'component.productId', message: 'forms a cycle' }],
        );
      }
      const component = resolve(productId);
      if (!component) {
        throw new DomainError(
          'NOT_FOUND',
          `Product ${productId}, the component of assembly ${product.id}, does not exist.`,
          [{ path: 'component.productId', message: `${productId} does not exist` }],
        );
      }
      const inner = classify(component, resolve, rules, overrides, [...path, productId]);
      return classifyAssembly(product.id, product.name, units, inner, own, rules);
    }
    case 'hbm':
      return classifyHbm(
        product.id,
        product.name,
        product.memoryBandwidthGBps.value,
        product.packageAreaMm2.value,
        own,
        rules,
      );
    default: {
      const exhaustive: never = product;
      throw new Error(`unknown product kind ${JSON.stringify(exhaustive)}`);
    }
  }
}

function classifyAssembly(
  id: string,
  name: string,
  units: number,
  inner: ProductClassification,
  own: AppliedOverride[],
  rules: RuleSet,
): ProductClassification {
  const rule = rules.assemblies;
  const chip = inner.chip;
  const chipClass = chip?.classification ?? 'not-3A090';
  const mapping = rule?.contains.find((m) => m.chipClass === chipClass);
  const eccn: EccnOutcome = mapping ? mapping.assemblyClass : 'not-3A090';
  const reasons: string[] = [];
  const innerLabel =
    inner.kind === 'assembly' && chip
      ? `${inner.eccn}, holding ${chip.name ?? chip.id} (${chipClass})`
      : inner.eccn;
  const contains = `contains ${units} × ${inner.name} (${innerLabel})`;
  if (!rule) {
    reasons.push(`It ${contains}, but no 4A090 rule is in force on ${rules.asOf}.`);
  } else if (mapping) {
    reasons.push(`It ${contains} → ${eccn} (${rule.citation.source}).`);
  } else if (inner.kind === 'hbm') {
    reasons.push(
      `It ${contains}; 4A090 covers only assemblies containing chips that meet 3A090.a or .b, so it is not 4A090 (${rule.citation.source}).`,
    );
  } else {
    reasons.push(
      `It ${contains}; no chip in it meets 3A090.a or .b, so it is not 4A090 (${rule.citation.source}).`,
    );
  }
  if (chip?.incomplete)
    reasons.push(`The contained chip's class is conservative because its die area is unknown.`);
  const inherited = inner.overrides.filter((o) => !own.some((mine) => mine.id === o.id));
  const applied = [...own, ...inherited];
  const result: ProductClassification = {
    productId: id,
    name,
    kind: 'assembly',
    eccn,
    datacenter: inner.datacenter,
    incomplete: inner.incomplete,
    chinaCaseByCase: eccn !== 'not-3A090' && inner.chinaCaseByCase,
    tpp: inner.tpp,
    pd: inner.pd,
    tppFormat: inner.tppFormat,
    chip,
    component: { productId: inner.productId, name: inner.name, kind: inner.kind, units, eccn: inner.eccn },
    chipUnits: chip ? units * (inner.chipUnits ?? 1) : null,
    hbm: null,
    margins: inner.margins,
    reasons: [
      ...reasons,
      ...(chip ? chip.reasons.map((r) => `${chip.name ?? chip.id}: ${r}`) : inner.reasons),
      ...overrideReasons(applied),
    ],
    rulesApplied: [...(rule ? [{ id: rule.id, citation: rule.citation }] : []), ...inner.rulesApplied],
    overrides: applied,
    ruleSetVersion: rules.version,
  };
  if (mapping && inner.paragraph !== undefined) result.paragraph = inner.paragraph;
  return result;
}

function classifyHbm(
  id: string,
  name: string,
  memoryBandwidthGBps: number,
  packageAreaMm2: number,
  own: AppliedOverride[],
  rules: RuleSet,
): ProductClassification {
  const bandwidthDensity = memoryBandwidthGBps / packageAreaMm2;
  const rule = rules.highBandwidthMemory;
  const reasons = [
    `Memory bandwidth density ${fig(bandwidthDensity)} GB/s/mm² = ${fig(memoryBandwidthGBps)} GB/s ÷ ${fig(packageAreaMm2)} mm² package area.`,
  ];
  const margins: Margin[] = [];
  let eccn: EccnOutcome = 'not-3A090';
  if (!rule) {
    const next = rules.pending.find((p) => p.kind === 'high-bandwidth-memory');
    reasons.push(
      `No 3A090.c rule for HBM is in force on ${rules.asOf}` +
        (next ? `; ${next.id} takes effect on ${next.effectiveFrom} (${next.citation.source})` : '') +
        ', so the part is not 3A090.',
    );
  } else {
    const limit = rule.bandwidthDensityMoreThan;
    margins.push({
      name: 'HBM bandwidth density GB/s/mm²',
      threshold: limit,
      value: bandwidthDensity,
      margin: bandwidthDensity - limit,
      usedBy: ['3A090.c (more than)'],
    });
    if (bandwidthDensity > limit) {
      eccn = '3A090.c';
      reasons.push(
        `Bandwidth density ${fig(bandwidthDensity, limit)} GB/s/mm² > ${fig(limit)} (3A090.c, ${rule.citation.source}).`,
      );
    } else {
      reasons.push(
        `Not 3A090.c: bandwidth density ${fig(bandwidthDensity, limit)} GB/s/mm² is not more than ${fig(limit)} (${rule.citation.source}).`,
      );
    }
  }
  return {
    productId: id,
    name,
    kind: 'hbm',
    eccn,
    datacenter: null,
    incomplete: false,
    chinaCaseByCase: false,
    tpp: null,
    pd: null,
    tppFormat: null,
    chip: null,
    component: null,
    chipUnits: null,
    hbm: { memoryBandwidthGBps, packageAreaMm2, bandwidthDensity },
    margins,
    reasons: [...reasons, ...overrideReasons(own)],
    rulesApplied: rule ? [{ id: rule.id, citation: rule.citation }] : [],
    overrides: own,
    ruleSetVersion: rules.version,
  };
}

function overridesNaming(
  productId: string,
  overrides: readonly ProductOverrideRule[],
  asOf: string,
): AppliedOverride[] {
  // Callers may pass overrides from the whole book; only those in force on the rule set's day count.
  return overrides
    .filter(
      (o) =>
        o.productIds.includes(productId) &&
        o.effectiveFrom <= asOf &&
        (o.effectiveUntil === undefined || asOf < o.effectiveUntil),
    )
    .map((o) => ({
      id: o.id,
      effectiveFrom: o.effectiveFrom,
      citation: o.citation,
      summary: o.summary,
      productId,
    }));
}

function overrideReasons(overrides: AppliedOverride[]): string[] {
  return overrides.map(
    (o) =>
      `Product-specific licence requirement ${o.id} for ${o.productId}, in force since ${o.effectiveFrom}, applies whatever the class (${o.citation.source}).`,
  );
}
