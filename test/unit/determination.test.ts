import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyChip } from '../../src/domain/classification/chip-classification.js';
import type { ChipSpecInput } from '../../src/domain/classification/chip-spec-input.js';
import { classifyProduct } from '../../src/domain/classification/product-classification.js';
import {
  determineLicence,
  type ClassificationFacts,
  type DeterminationInput,
  type LicenceDetermination,
} from '../../src/domain/determination/licence-determination.js';
import type { ProductSpec } from '../../src/domain/products/product.js';
import {
  defaultRulesDir,
  loadRuleBook,
  ruleSetInForce,
  type RuleBook,
} from '../../src/domain/rules/rule-book.js';

const book = loadRuleBook(defaultRulesDir());

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
const rtx4090: ChipSpecInput = {
  id: 'nvidia-rtx-4090',
  datacenter: false,
  dieAreaMm2: 608.5,
  dramBandwidthGBps: 1008,
  peak: [{ format: 'FP8', bits: 8, tops: 660.6 }],
};
// Outside the 2026 envelope on both counts (TPP ≥ 21,000, bandwidth ≥ 6,500 GB/s), like the B200.
const beyondEnvelope: ChipSpecInput = {
  id: 'demo-beyond-envelope',
  datacenter: true,
  dieAreaMm2: 1600,
  dramBandwidthGBps: 8000,
  peak: [{ format: 'FP8', bits: 8, tops: 4500 }],
};

/** Classifies the chip and determines the licence on one day, as a service would. */
function determine(
  spec: ChipSpecInput,
  destination: string,
  asOf: string,
  extra: Partial<Pick<DeterminationInput, 'buyerHqCountry' | 'endUse'>> = {},
  rules: RuleBook = book,
): LicenceDetermination {
  const set = ruleSetInForce(rules, asOf);
  const chip = classifyChip(spec, set);
  const classification: ClassificationFacts = {
    eccn: chip.classification,
    datacenter: chip.datacenter,
    chinaCaseByCase: chip.chinaCaseByCase,
    incomplete: chip.incomplete,
  };
  return determineLicence(
    { classification, productId: spec.id, destination, asOf, endUse: {}, ...extra },
    set,
  );
}

const exception = (result: LicenceDetermination, code: 'NAC' | 'ACA') => {
  const found = result.exceptions.find((e) => e.code === code);
  if (!found) throw new Error(`no ${code} in the answer`);
  return found;
};
const rulesOf = (result: LicenceDetermination) => result.requirements.map((r) => r.rule);

describe('H200 to China', () => {
  it('on 2026-03-01: licence required, NAC and ACA unavailable (datacenter 3A090.a), case-by-case review', () => {
    const result = determine(h200, 'CN', '2026-03-01');
    expect(result.licenceRequired).toBe(true);
    expect(rulesOf(result)).toEqual(['licence-3a090-4a090-destinations']);
    expect(result.requirements[0]?.why).toContain('D:5');
    expect(result.requirements[0]?.citation.source).toContain('88 FR 73458');
    expect(exception(result, 'NAC')).toMatchObject({ available: false, notificationRequired: true });
    expect(exception(result, 'NAC').why).toContain('datacenters');
    expect(exception(result, 'ACA')).toMatchObject({ available: false, notificationRequired: false });
    expect(exception(result, 'ACA').why).toContain('D:5');
    expect(result.reviewPolicy).toBe('case-by-case');
    expect(result.reviewPolicyWhy).toContain('91 FR 1684');
    expect(result.reviewPolicyWhy).toContain('third-party laboratory');
    expect(result).toMatchObject({
      destinationGroups: ['D:1', 'D:3', 'D:4', 'D:5'],
      ruleSetVersion: '2026-01-15',
    });
  });

  it('on 2025-06-01 and on 2026-01-14: presumption of denial', () => {
    for (const asOf of ['2025-06-01', '2026-01-14']) {
      const result = determine(h200, 'CN', asOf);
      expect(result.licenceRequired).toBe(true);
      expect(result.reviewPolicy).toBe('presumption-of-denial');
      expect(result.reviewPolicyWhy).toContain('742.6(b)(10)');
    }
  });

  it('a CN-headquartered buyer in China adds the HQ rule and still gets case-by-case in 2026', () => {
    const result = determine(h200, 'CN', '2026-03-01', { buyerHqCountry: 'CN' });
    expect(rulesOf(result)).toEqual(['licence-3a090-4a090-destinations', 'licence-hq-rule']);
    expect(result.reviewPolicy).toBe('case-by-case');
  });

  it('a reexport to China stays presumption of denial in 2026', () => {
    const result = determine(h200, 'CN', '2026-03-01', { endUse: { reexport: true } });
    expect(result.reviewPolicy).toBe('presumption-of-denial');
    expect(result.reviewPolicyWhy).toContain('reexports');
  });

  it('a supercomputer end use adds §744.23 and makes the review presumption of denial', () => {
    const result = determine(h200, 'CN', '2026-03-01', { endUse: { supercomputer: true } });
    expect(rulesOf(result)).toEqual(['licence-3a090-4a090-destinations', 'end-use-supercomputer']);
    expect(result.reviewPolicy).toBe('presumption-of-denial');
  });

  it('a chip outside the 2026 envelope stays presumption of denial, and the answer says why', () => {
    const result = determine(beyondEnvelope, 'CN', '2026-03-01');
    expect(result.reviewPolicy).toBe('presumption-of-denial');
    expect(result.reviewPolicyWhy).toContain('not inside the review envelope');
  });
});

describe('destinations', () => {
  it('Hong Kong gets the same answer as China, saying it was resolved to CN', () => {
    const hk = determine(h200, 'HK', '2026-03-01');
    const cn = determine(h200, 'CN', '2026-03-01');
    expect(hk).toMatchObject({
      destination: 'HK',
      resolvedDestination: 'CN',
      destinationGroups: cn.destinationGroups,
    });
    expect(hk.licenceRequired).toBe(cn.licenceRequired);
    expect(hk.reviewPolicy).toBe(cn.reviewPolicy);
    expect(rulesOf(hk)).toEqual(rulesOf(cn));
    expect(hk.notes.join(' ')).toContain('HK (Hong Kong) is treated as CN');
  });

  it('Macau needs a licence, named by the rule though not in D:5', () => {
    const result = determine(h200, 'MO', '2026-03-01');
    expect(result.licenceRequired).toBe(true);
    expect(result.destinationGroups).not.toContain('D:5');
    expect(result.requirements[0]?.why).toContain('MO (Macau) is named by the rule');
    expect(result.reviewPolicy).toBe('case-by-case');
    expect(determine(h200, 'MO', '2025-06-01').reviewPolicy).toBe('presumption-of-denial');
  });

  it('Germany for a German buyer: no licence, no review, exceptions not needed', () => {
    const result = determine(h200, 'DE', '2026-03-01', { buyerHqCountry: 'DE' });
    expect(result).toMatchObject({ licenceRequired: false, requirements: [], reviewPolicy: null });
    expect(result.exceptions.map((e) => [e.code, e.available])).toEqual([
      ['NAC', false],
      ['ACA', false],
    ]);
    expect(exception(result, 'NAC').why).toContain('No licence is required');
  });

  it('Germany for a buyer headquartered in China: licence required by the HQ rule', () => {
    const result = determine(h200, 'DE', '2026-03-01', { buyerHqCountry: 'CN' });
    expect(result.licenceRequired).toBe(true);
    expect(result.requirements).toHaveLength(1);
    expect(result.requirements[0]).toMatchObject({ rule: 'licence-hq-rule', basis: 'headquarters' });
    expect(result.requirements[0]?.citation.source).toContain('742.6(a)(6)(iii)(A)');
    expect(result.reviewPolicy).toBe('presumption-of-denial');
    expect(exception(result, 'NAC').available).toBe(false);
  });

  it('a buyer headquartered in Hong Kong counts as headquartered in China', () => {
    expect(rulesOf(determine(h200, 'JP', '2026-03-01', { buyerHqCountry: 'HK' }))).toEqual([
      'licence-hq-rule',
    ]);
  });

  it('the United States is not an export: no licence, and it says why', () => {
    const result = determine(h200, 'US', '2026-03-01', {
      buyerHqCountry: 'CN',
      endUse: { supercomputer: true },
    });
    expect(result).toMatchObject({ licenceRequired: false, requirements: [], reviewPolicy: null });
    expect(result.reviewPolicyWhy).toContain('not an export');
    expect(exception(result, 'NAC').why).toContain('not an export');
  });

  it('an unknown destination is VALIDATION_FAILED naming the field', () => {
    const unknown = () => determine(h200, 'XX', '2026-03-01');
    expect(unknown).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'destination' })],
      }),
    );
    expect(unknown).toThrow(/destination "XX"/);
    expect(() => determine(h200, 'China', '2026-03-01')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('an unknown buyer headquarters country is VALIDATION_FAILED naming buyerHqCountry', () => {
    expect(() => determine(h200, 'DE', '2026-03-01', { buyerHqCountry: 'ZZ' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'buyerHqCountry' })],
      }),
    );
  });

  it('accepts lower-case codes', () => {
    expect(determine(h200, 'cn', '2026-03-01').resolvedDestination).toBe('CN');
  });
});

describe('licence exceptions', () => {
  it('RTX 4090 (consumer 3A090.a) to China: NAC available with notification, ACA not (D:5)', () => {
    const result = determine(rtx4090, 'CN', '2025-06-01');
    expect(result.licenceRequired).toBe(true);
    expect(exception(result, 'NAC')).toMatchObject({
      available: true,
      notificationRequired: true,
      rule: 'exception-nac',
    });
    expect(exception(result, 'NAC').why).toContain('SNAP-R');
    expect(exception(result, 'ACA')).toMatchObject({ available: false, notificationRequired: false });
    expect(exception(result, 'ACA').why).toContain('D:5');
  });

  it('NAC also reaches a consumer chip for a D:5-headquartered buyer elsewhere', () => {
    const result = determine(rtx4090, 'DE', '2025-06-01', { buyerHqCountry: 'CN' });
    expect(rulesOf(result)).toEqual(['licence-hq-rule']);
    expect(exception(result, 'NAC').available).toBe(true);
  });

  it('no exception overcomes an end-use requirement (§744.23)', () => {
    const result = determine(rtx4090, 'CN', '2025-06-01', { endUse: { advancedNodeIcProduction: true } });
    expect(rulesOf(result)).toEqual([
      'licence-3a090-4a090-destinations',
      'end-use-advanced-node-ic-production',
    ]);
    expect(exception(result, 'NAC').available).toBe(false);
    expect(exception(result, 'NAC').why).toContain('end-use-advanced-node-ic-production');
  });

  describe('ACA, for a destination in D:1 but not D:5 (a test-only country)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-rules-aca-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const name of fs.readdirSync(defaultRulesDir()))
      fs.copyFileSync(path.join(defaultRulesDir(), name), path.join(dir, name));
    const countriesFile = path.join(dir, 'country-groups.json');
    const content = JSON.parse(fs.readFileSync(countriesFile, 'utf8')) as { countries: unknown[] };
    content.countries.push({
      code: 'XD',
      name: 'Test destination in D:1 only',
      memberships: [{ groups: ['D:1'], effectiveFrom: '2023-11-17' }],
    });
    fs.writeFileSync(countriesFile, JSON.stringify(content));
    const withTestCountry = loadRuleBook(dir);

    it('is available without notification for a consumer 3A090.a chip from 2024-04-04', () => {
      const result = determine(rtx4090, 'XD', '2024-04-04', {}, withTestCountry);
      expect(result.licenceRequired).toBe(true);
      expect(exception(result, 'ACA')).toMatchObject({ available: true, notificationRequired: false });
      expect(exception(result, 'NAC').available).toBe(false);
    });

    it('is not in force before 2024-04-04', () => {
      const result = determine(rtx4090, 'XD', '2024-04-03', {}, withTestCountry);
      expect(exception(result, 'ACA')).toMatchObject({ available: false });
      expect(exception(result, 'ACA').why).toContain('2024-04-04');
    });

    it('does not cover a datacenter 3A090.a chip', () => {
      expect(exception(determine(h200, 'XD', '2025-06-01', {}, withTestCountry), 'ACA').available).toBe(
        false,
      );
    });
  });
});

describe('the H20 licence letter (product override)', () => {
  it('no licence to China on 2025-04-08; licence required from the letter on 2025-04-10', () => {
    const before = determine(h20, 'CN', '2025-04-08');
    expect(before).toMatchObject({ eccn: 'not-3A090', licenceRequired: false, reviewPolicy: null });
    const after = determine(h20, 'CN', '2025-04-10');
    expect(after.licenceRequired).toBe(true);
    expect(after.requirements).toHaveLength(1);
    expect(after.requirements[0]).toMatchObject({
      rule: 'override-nvidia-h20-licence-letter',
      basis: 'product-override',
      citation: { source: 'NVIDIA Form 8-K filed 2025-04-15' },
    });
    expect(after.exceptions.every((e) => !e.available)).toBe(true);
    expect(after.reviewPolicy).toBe('presumption-of-denial');
  });

  it('reaches Hong Kong through China, and a CN-headquartered buyer elsewhere', () => {
    expect(determine(h20, 'HK', '2025-04-10').licenceRequired).toBe(true);
    expect(determine(h20, 'DE', '2025-04-10', { buyerHqCountry: 'CN' }).licenceRequired).toBe(true);
    expect(determine(h20, 'DE', '2025-04-10', { buyerHqCountry: 'DE' }).licenceRequired).toBe(false);
  });

  it('reaches an HGX H20 board through the chip it contains', () => {
    const chip: ProductSpec = {
      id: 'nvidia-h20',
      name: 'NVIDIA H20',
      vendor: 'NVIDIA',
      kind: 'chip',
      datacenter: { value: true, source: 's' },
      dieAreaMm2: { value: 814, source: 's' },
      peak: [{ format: 'FP8', bits: 8, tops: 296, source: 's' }],
    };
    const board: ProductSpec = {
      id: 'nvidia-hgx-h20-8gpu',
      name: 'HGX H20',
      vendor: 'NVIDIA',
      kind: 'assembly',
      component: { productId: 'nvidia-h20', units: 8 },
    };
    const set = ruleSetInForce(book, '2025-04-10');
    const classification = classifyProduct(board, (id) => (id === chip.id ? chip : undefined), set);
    const result = determineLicence(
      { classification, productId: board.id, destination: 'CN', endUse: {}, asOf: '2025-04-10' },
      set,
    );
    expect(rulesOf(result)).toEqual(['override-nvidia-h20-licence-letter']);
  });
});

describe('end use', () => {
  it('a supercomputer end use in China needs a licence even for a not-3A090 chip', () => {
    const result = determine(h20, 'CN', '2025-01-01', { endUse: { supercomputer: true } });
    expect(result.eccn).toBe('not-3A090');
    expect(result.licenceRequired).toBe(true);
    expect(result.requirements).toEqual([
      expect.objectContaining({ rule: 'end-use-supercomputer', basis: 'end-use' }),
    ]);
    expect(result.requirements[0]?.citation.source).toContain('744.23');
    expect(result.reviewPolicy).toBe('presumption-of-denial');
  });

  it('the same chip without that end use needs none', () => {
    expect(determine(h20, 'CN', '2025-01-01').licenceRequired).toBe(false);
  });

  it('a supercomputer end use in Germany does not trigger §744.23 (Macau/D:5 only)', () => {
    expect(determine(h20, 'DE', '2025-01-01', { endUse: { supercomputer: true } }).licenceRequired).toBe(
      false,
    );
  });
});

describe('input checks', () => {
  it('refuses a rule set for another day than asOf', () => {
    const set = ruleSetInForce(book, '2026-03-01');
    const chip = classifyChip(h200, set);
    expect(() =>
      determineLicence(
        {
          classification: { eccn: chip.classification, datacenter: true, chinaCaseByCase: true },
          productId: 'x',
          destination: 'CN',
          endUse: {},
          asOf: '2025-06-01',
        },
        set,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'asOf' })],
      }),
    );
  });

  it('notes when the classification came from another rule-set version', () => {
    const set = ruleSetInForce(book, '2026-03-01');
    const result = determineLicence(
      {
        classification: {
          eccn: '3A090.a',
          datacenter: true,
          chinaCaseByCase: false,
          ruleSetVersion: '2025-04-09',
        },
        productId: 'x',
        destination: 'CN',
        endUse: {},
        asOf: '2026-03-01',
      },
      set,
    );
    expect(result.notes.join(' ')).toContain('2025-04-09');
  });
});
