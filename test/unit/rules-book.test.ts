import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyChip } from '../../src/domain/classification/chip-classification.js';
import { DomainError } from '../../src/domain/errors.js';
import { defaultRulesDir, loadRuleBook, ruleSetInForce } from '../../src/domain/rules/rule-book.js';
import { describeRuleSet } from '../../src/domain/rules/rule-set-summary.js';

const rulesDir = defaultRulesDir();
const book = loadRuleBook(rulesDir);

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

/** A copy of the shipped rules folder with one file changed (or removed when `edit` returns undefined). */
function rulesWith(file: string, edit: (content: Json) => Json | string | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tranche-rules-'));
  tempDirs.push(dir);
  for (const name of fs.readdirSync(rulesDir))
    fs.copyFileSync(path.join(rulesDir, name), path.join(dir, name));
  const target = path.join(dir, file);
  const content = fs.existsSync(target) ? (JSON.parse(fs.readFileSync(target, 'utf8')) as Json) : {};
  const edited = edit(content);
  if (edited === undefined) fs.rmSync(target);
  else fs.writeFileSync(target, typeof edited === 'string' ? edited : JSON.stringify(edited, null, 2));
  return dir;
}

function loadError(dir: string): DomainError {
  try {
    loadRuleBook(dir);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected loadRuleBook to throw');
}

const array = (value: unknown): Json[] => value as Json[];

describe('the shipped rule book', () => {
  it('loads every rule file and finds the package rules folder', () => {
    expect(path.basename(rulesDir)).toBe('rules');
    expect(fs.existsSync(path.join(path.dirname(rulesDir), 'package.json'))).toBe(true);
    expect(book.files).toEqual([
      'china-review-2026.json',
      'country-groups.json',
      'eccn-3a090.json',
      'import-requirements.json',
      'licensing.json',
      'product-overrides.json',
    ]);
  });

  it('cites a source for every rule', () => {
    const rules = [
      ...book.integratedCircuits,
      ...book.highBandwidthMemory,
      ...book.assemblies,
      ...book.chinaEnvelopes,
      ...book.licenceRequirements,
      ...book.licenceExceptions,
      ...book.reviewPolicies,
      ...book.productOverrides,
    ];
    for (const rule of rules) expect(rule.citation.source, rule.id).toMatch(/\S/);
    expect(book.integratedCircuits[0]?.citation.source).toBe('88 FR 73458');
    expect(book.highBandwidthMemory[0]?.citation.source).toBe('89 FR 96790');
    expect(book.chinaEnvelopes[0]?.citation.source).toBe('91 FR 1684');
  });

  it('keeps the thresholds as data: 3A090.a.1 at TPP 4800, the 2026 envelope at 21000 / 6500 GB/s', () => {
    expect(book.integratedCircuits[0]?.paragraphs.find((p) => p.paragraph === 'a.1')?.tpp).toEqual({
      atLeast: 4800,
    });
    expect(book.chinaEnvelopes[0]).toMatchObject({
      tppLessThan: 21000,
      dramBandwidthLessThanGBps: 6500,
      destinations: ['CN', 'MO'],
    });
  });

  it('is frozen, so no request can change the rules another request reads', () => {
    const rule = book.integratedCircuits[0];
    expect(() => {
      (rule as { effectiveFrom: string }).effectiveFrom = '2000-01-01';
    }).toThrow(TypeError);
  });
});

describe('ruleSetInForce', () => {
  it.each([
    ['2023-11-17', '2023-11-17'],
    ['2024-04-03', '2023-11-17'],
    ['2024-04-04', '2024-04-04'],
    ['2024-12-01', '2024-04-04'],
    ['2024-12-02', '2024-12-02'],
    ['2025-04-08', '2024-12-02'],
    ['2025-04-09', '2025-04-09'],
    ['2026-01-13', '2025-04-09'],
    ['2026-01-14', '2026-01-14'],
    ['2026-01-15', '2026-01-15'],
    ['2026-03-01', '2026-01-15'],
  ])('on %s the version is the latest effectiveFrom in force, %s', (asOf, version) => {
    expect(ruleSetInForce(book, asOf).version).toBe(version);
  });

  it('includes a rule from its effectiveFrom day, not the day before', () => {
    expect(ruleSetInForce(book, '2024-12-01').highBandwidthMemory).toBeNull();
    expect(ruleSetInForce(book, '2024-12-02').highBandwidthMemory?.bandwidthDensityMoreThan).toBe(2);
    expect(ruleSetInForce(book, '2026-01-14').chinaEnvelope).toBeNull();
    expect(ruleSetInForce(book, '2026-01-15').chinaEnvelope?.id).toBe('china-review-envelope-2026-01-15');
    expect(ruleSetInForce(book, '2025-04-08').productOverrides.map((o) => o.id)).toEqual([]);
    expect(ruleSetInForce(book, '2025-04-09').productOverrides.map((o) => o.id)).toContain(
      'override-nvidia-h20-licence-letter',
    );
  });

  it('lists rules still to come, so an answer can say when things change', () => {
    const pending = ruleSetInForce(book, '2026-01-14').pending.map((p) => [p.id, p.effectiveFrom]);
    expect(pending).toContainEqual(['china-review-envelope-2026-01-15', '2026-01-15']);
    expect(ruleSetInForce(book, '2026-01-15').pending).toEqual([]);
  });

  it('resolves country groups on the day, Hong Kong to China', () => {
    const set = ruleSetInForce(book, '2026-03-01');
    expect(set.countries['CN']?.groups).toEqual(['D:1', 'D:3', 'D:4', 'D:5']);
    expect(set.countries['HK']?.treatAs?.country).toBe('CN');
    expect(set.countries['MO']?.groups).not.toContain('D:5');
    expect(set.countries['US']?.domestic).toBe(true);
  });

  it('refuses a day before the first classification rule with RULES_NOT_IN_FORCE', () => {
    const tooEarly = () => ruleSetInForce(book, '2023-11-16');
    expect(tooEarly).toThrow(expect.objectContaining({ code: 'RULES_NOT_IN_FORCE' }));
    expect(tooEarly).toThrow(/the rule book starts on 2023-11-17/);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-3-1', '20260301', '', '2025-02-29'])(
    'refuses %j as asOf with VALIDATION_FAILED',
    (asOf) => {
      expect(() => ruleSetInForce(book, asOf)).toThrow(
        expect.objectContaining({
          code: 'VALIDATION_FAILED',
          details: [expect.objectContaining({ path: 'asOf' })],
        }),
      );
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(ruleSetInForce(book, '2024-02-29').version).toBe('2023-11-17');
  });

  it('changes its fingerprint when a rule changes without a new date', () => {
    const dir = rulesWith('china-review-2026.json', (content) => {
      const [envelope] = array(content['envelopes']);
      return { ...content, envelopes: [{ ...envelope, tppLessThan: 20000 }] };
    });
    const edited = ruleSetInForce(loadRuleBook(dir), '2026-03-01');
    const shipped = ruleSetInForce(book, '2026-03-01');
    expect(edited.version).toBe(shipped.version);
    expect(edited.fingerprint).not.toBe(shipped.fingerprint);
  });
});

describe('versions of a rule', () => {
  it('a new 3A090 version replaces the old one from its effective date, and classification follows the data', () => {
    const dir = rulesWith('eccn-3a090.json', (content) => {
      const [current] = array(content['integratedCircuits']);
      const stricter = structuredClone(current) as Json;
      stricter['id'] = '3a090-ab-2027-01-01-test';
      stricter['effectiveFrom'] = '2027-01-01';
      const [a1] = array(stricter['paragraphs']);
      if (a1) a1['tpp'] = { atLeast: 4000 };
      return { ...content, integratedCircuits: [current, stricter] };
    });
    const edited = loadRuleBook(dir);
    // TPP 4,400 (550 TOPS × 8 bits), PD 2.2: 3A090.b.1 while a.1 starts at 4800, 3A090.a.1 once it starts at 4000.
    const spec = {
      id: 'probe',
      datacenter: true,
      dieAreaMm2: 2000,
      peak: [{ format: 'INT8', bits: 8, tops: 550 }],
    };
    expect(classifyChip(spec, ruleSetInForce(edited, '2026-12-31')).classification).toBe('3A090.b');
    const later = ruleSetInForce(edited, '2027-01-01');
    expect(later.version).toBe('2027-01-01');
    expect(classifyChip(spec, later)).toMatchObject({ classification: '3A090.a', paragraph: 'a.1' });
  });

  it('a lapsed rule leaves the set on its effectiveUntil, and the version moves to that day', () => {
    const dir = rulesWith('product-overrides.json', (content) => {
      const [h20, mi308] = array(content['overrides']);
      return { ...content, overrides: [{ ...h20, effectiveUntil: '2026-06-01' }, mi308] };
    });
    const edited = loadRuleBook(dir);
    expect(ruleSetInForce(edited, '2026-05-31').productOverrides.map((o) => o.id)).toContain(
      'override-nvidia-h20-licence-letter',
    );
    const after = ruleSetInForce(edited, '2026-06-01');
    expect(after.productOverrides.map((o) => o.id)).not.toContain('override-nvidia-h20-licence-letter');
    expect(after.version).toBe('2026-06-01');
  });
});

describe('rule file validation', () => {
  it('names the file and the field path of a wrong value', () => {
    const dir = rulesWith('eccn-3a090.json', (content) => {
      const [rule] = array(content['integratedCircuits']);
      const [a1] = array(rule?.['paragraphs']);
      if (a1) a1['tpp'] = { atLeast: '4800' };
      return content;
    });
    const error = loadError(dir);
    expect(error.code).toBe('RULES_INVALID');
    expect(error.message).toContain('eccn-3a090.json');
    expect(error.message).toContain('"integratedCircuits[0].paragraphs[0].tpp.atLeast"');
  });

  it('rejects a misspelt field instead of silently dropping the rule', () => {
    const dir = rulesWith('china-review-2026.json', (content) => {
      const [envelope] = array(content['envelopes']);
      const { effectiveFrom, ...rest } = envelope ?? {};
      return { ...content, envelopes: [{ ...rest, efectiveFrom: effectiveFrom }] };
    });
    const error = loadError(dir);
    expect(error.message).toContain('china-review-2026.json');
    expect(error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['envelopes[0].efectiveFrom', 'envelopes[0].effectiveFrom']),
    );
  });

  it('rejects a date that is not on the calendar', () => {
    const dir = rulesWith('product-overrides.json', (content) => {
      const [h20, mi308] = array(content['overrides']);
      return { ...content, overrides: [{ ...h20, effectiveFrom: '2025-04-31' }, mi308] };
    });
    expect(loadError(dir).message).toMatch(
      /product-overrides\.json: field "overrides\[0\]\.effectiveFrom" must be a calendar date/,
    );
  });

  it('rejects an effectiveUntil that is not after effectiveFrom', () => {
    const dir = rulesWith('product-overrides.json', (content) => {
      const [h20, mi308] = array(content['overrides']);
      return { ...content, overrides: [{ ...h20, effectiveUntil: '2025-04-09' }, mi308] };
    });
    expect(loadError(dir).message).toContain(
      'field "overrides[0].effectiveUntil" must be after effectiveFrom',
    );
  });

  it('rejects malformed JSON, naming the file', () => {
    const dir = rulesWith('licensing.json', () => '{ "kind": "licensing", ');
    const error = loadError(dir);
    expect(error.code).toBe('RULES_INVALID');
    expect(error.message).toMatch(/licensing\.json: not valid JSON/);
  });

  it('rejects a file of unknown kind', () => {
    const dir = rulesWith('extra.json', () => ({ kind: 'tariffs', title: 'x' }));
    const error = loadError(dir);
    expect(error.message).toContain('extra.json');
    expect(error.message).toContain('"kind"');
  });

  it('rejects a reference to a requirement that does not exist', () => {
    const dir = rulesWith('licensing.json', (content) => {
      const [nac, aca] = array(content['exceptions']);
      return { ...content, exceptions: [{ ...nac, covers: ['licence-typo'] }, aca] };
    });
    const error = loadError(dir);
    expect(error.message).toContain('licensing.json');
    expect(error.message).toContain('"exceptions[0].covers[0]"');
    expect(error.message).toContain('licence-typo');
  });

  it('rejects a country the country-groups file does not define', () => {
    const dir = rulesWith('product-overrides.json', (content) => {
      const [h20, mi308] = array(content['overrides']);
      return { ...content, overrides: [{ ...h20, licenceRequiredFor: { destinations: ['RU'] } }, mi308] };
    });
    expect(loadError(dir).message).toMatch(
      /product-overrides\.json: field "overrides\[0\]\.licenceRequiredFor\.destinations\[0\]" "RU" is not a country/,
    );
  });

  it('rejects two rules with one id', () => {
    const dir = rulesWith('product-overrides.json', (content) => {
      const [h20, mi308] = array(content['overrides']);
      return { ...content, overrides: [h20, { ...mi308, id: h20?.['id'] }] };
    });
    expect(loadError(dir).message).toContain(
      '"overrides[1].id" "override-nvidia-h20-licence-letter" is already used',
    );
  });

  it('rejects two versions of the 3A090 thresholds on one day', () => {
    const dir = rulesWith('eccn-3a090.json', (content) => {
      const [current] = array(content['integratedCircuits']);
      return { ...content, integratedCircuits: [current, { ...current, id: 'another-version' }] };
    });
    expect(loadError(dir).message).toContain('"integratedCircuits[1].effectiveFrom"');
  });

  it('requires the licensing file', () => {
    const dir = rulesWith('licensing.json', () => undefined);
    expect(loadError(dir).message).toContain('no file of kind "licensing"');
  });

  it('reports a missing folder as RULES_INVALID', () => {
    expect(loadError(path.join(os.tmpdir(), 'tranche-no-such-rules-folder')).code).toBe('RULES_INVALID');
  });
});

describe('describeRuleSet', () => {
  it('lists every rule in force with its dates, citation and file, and what is still to come', () => {
    const summary = describeRuleSet(ruleSetInForce(book, '2026-01-14'));
    // China's import gate (press-reported) starts that day.
    expect(summary.version).toBe('2026-01-14');
    expect(summary.rules.map((r) => r.kind)).toContain('import-requirement');
    const ids = summary.rules.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        '3a090-ab-2023-11-17',
        '3a090-c-2024-12-02',
        'licence-hq-rule',
        'override-nvidia-h20-licence-letter',
      ]),
    );
    expect(ids).not.toContain('china-review-envelope-2026-01-15');
    expect(summary.pending.map((p) => p.id)).toContain('china-review-envelope-2026-01-15');
    expect(summary.rules.find((r) => r.id === 'licence-hq-rule')).toMatchObject({
      kind: 'licence-requirement',
      effectiveFrom: '2023-11-17',
      effectiveUntil: null,
      file: 'licensing.json',
    });
  });

  it('shows each destination as a dated entry, Hong Kong as treated as CN', () => {
    const rules = describeRuleSet(ruleSetInForce(book, '2026-03-01')).rules;
    expect(rules.find((r) => r.id === 'country-hk')).toMatchObject({
      kind: 'country-membership',
      effectiveFrom: '2020-12-23',
      summary: 'HK (Hong Kong): treated as CN under the EAR.',
      file: 'country-groups.json',
    });
    expect(rules.find((r) => r.id === 'country-cn')?.summary).toContain('D:5');
    expect(rules.some((r) => r.id === 'country-us')).toBe(false);
  });
});
