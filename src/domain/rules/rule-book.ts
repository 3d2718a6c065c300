import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DomainError, type ErrorDetail } from '../errors.js';
import { assertCalendarDate } from './calendar-date.js';
import {
  ruleFileSchema,
  type AssemblyRule,
  type ChinaEnvelopeRule,
  type Citation,
  type CountryEntry,
  type HighBandwidthMemoryRule,
  type IntegratedCircuitRule,
  type LicenceExceptionRule,
  type LicenceRequirementRule,
  type ImportRequirementRule,
  type ProductOverrideRule,
  type ReviewPolicyRule,
} from './rule-files.schema.js';

export type { Citation } from './rule-files.schema.js';

/** A rule as loaded: the file's content plus the file it came from, so any answer can point at it. */
export type Loaded<T> = T & { file: string };

/** Every rule file in one place, all versions, before any date is chosen. Built once at start. */
export interface RuleBook {
  dir: string;
  files: string[];
  integratedCircuits: Loaded<IntegratedCircuitRule>[];
  highBandwidthMemory: Loaded<HighBandwidthMemoryRule>[];
  assemblies: Loaded<AssemblyRule>[];
  chinaEnvelopes: Loaded<ChinaEnvelopeRule>[];
  countryGroups: { file: string; title: string; note: string; citation: Citation };
  countries: Loaded<CountryEntry>[];
  licenceRequirements: Loaded<LicenceRequirementRule>[];
  licenceExceptions: Loaded<LicenceExceptionRule>[];
  reviewPolicies: Loaded<ReviewPolicyRule>[];
  productOverrides: Loaded<ProductOverrideRule>[];
  importRequirements: Loaded<ImportRequirementRule>[];
}

/** A destination as it stands on one day: the groups it belongs to that day. */
export interface CountryInForce {
  code: string;
  name: string;
  groups: string[];
  /** Set when the EAR treats this destination as another (HK → CN). */
  treatAs: { country: string; citation: Citation; note?: string | undefined } | null;
  domestic: boolean;
  note?: string | undefined;
  /** The day this destination's current standing began (latest effectiveFrom in force); null if undated. */
  since: string | null;
  /** The earliest day part of that standing lapses, if any. */
  until: string | null;
}

/** A rule that exists in the book but takes effect after the day asked about. */
export interface PendingRule {
  id: string;
  kind: RuleKind;
  effectiveFrom: string;
  summary: string;
  citation: Citation;
}

export type RuleKind =
  | 'integrated-circuits'
  | 'high-bandwidth-memory'
  | 'assemblies'
  | 'china-envelope'
  | 'country-membership'
  | 'licence-requirement'
  | 'licence-exception'
  | 'review-policy'
  | 'product-override'
  | 'import-requirement';

/** The rules in force on one day: what classification and determination read. */
export interface RuleSet {
  asOf: string;
  /**
   * The day this set of rules last changed: the latest effectiveFrom among the rules in force (or the latest
   * effectiveUntil among rules that have lapsed, if later). Two days with the same version apply the same rules.
   */
  version: string;
  /** SHA-256 of the rules in force: changes when a rule file is edited without a new effective date. */
  fingerprint: string;
  integratedCircuits: Loaded<IntegratedCircuitRule>;
  highBandwidthMemory: Loaded<HighBandwidthMemoryRule> | null;
  assemblies: Loaded<AssemblyRule> | null;
  chinaEnvelope: Loaded<ChinaEnvelopeRule> | null;
  /** Where the country groups come from (one file, one citation for the supplement). */
  countryGroups: RuleBook['countryGroups'];
  countries: Record<string, CountryInForce>;
  licenceRequirements: Loaded<LicenceRequirementRule>[];
  licenceExceptions: Loaded<LicenceExceptionRule>[];
  reviewPolicies: Loaded<ReviewPolicyRule>[];
  productOverrides: Loaded<ProductOverrideRule>[];
  importRequirements: Loaded<ImportRequirementRule>[];
  pending: PendingRule[];
}

/** `<package root>/rules`, found from this file so it works from src/ under tsx and from dist/src/ alike. */
export function defaultRulesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new DomainError(
        'RULES_INVALID',
        'cannot find the Tranche package root (no package.json above the rule loader)',
      );
    dir = parent;
  }
  return path.join(dir, 'rules');
}

/**
 * Reads and validates every `*.json` file in `dir`. Throws RULES_INVALID naming the file and the field path
 * of the first problem (all problems are in `details`); files are told apart by their `kind`.
 */
export function loadRuleBook(dir: string): RuleBook {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new DomainError(
      'RULES_INVALID',
      `cannot read the rules folder ${dir}: ${(error as Error).message}`,
    );
  }
  const parts: Omit<RuleBook, 'countryGroups'> = {
    dir,
    files: names,
    integratedCircuits: [],
    highBandwidthMemory: [],
    assemblies: [],
    chinaEnvelopes: [],
    countries: [],
    licenceRequirements: [],
    licenceExceptions: [],
    reviewPolicies: [],
    productOverrides: [],
    importRequirements: [],
  };
  let countryGroups: RuleBook['countryGroups'] | undefined;
  for (const name of names) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new DomainError('RULES_INVALID', `${file}: not valid JSON (${(error as Error).message})`, [
        { path: name, message: 'not valid JSON' },
      ]);
    }
    const parsed = ruleFileSchema.safeParse(json);
    if (!parsed.success) throw rulesInvalid(file, parsed.error.issues);
    const content = parsed.data;
    const tag = <T extends object>(rules: T[]): Loaded<T>[] => rules.map((rule) => ({ ...rule, file: name }));
    switch (content.kind) {
      case 'eccn-3a090':
        parts.integratedCircuits.push(...tag(content.integratedCircuits));
        parts.highBandwidthMemory.push(...tag(content.highBandwidthMemory));
        parts.assemblies.push(...tag(content.assemblies));
        break;
      case 'china-review':
        parts.chinaEnvelopes.push(...tag(content.envelopes));
        break;
      case 'country-groups':
        if (countryGroups) {
          throw new DomainError(
            'RULES_INVALID',
            `${file}: field "kind" repeats "country-groups", already in ${countryGroups.file}; keep one country file`,
          );
        }
        countryGroups = { file: name, title: content.title, note: content.note, citation: content.citation };
        parts.countries.push(...tag(content.countries));
        break;
      case 'licensing':
        parts.licenceRequirements.push(...tag(content.requirements));
        parts.licenceExceptions.push(...tag(content.exceptions));
        parts.reviewPolicies.push(...tag(content.reviewPolicies));
        break;
      case 'product-overrides':
        parts.productOverrides.push(...tag(content.overrides));
        break;
      case 'import-requirements':
        parts.importRequirements.push(...tag(content.requirements));
        break;
      default: {
        const exhaustive: never = content;
        throw new Error(`unhandled rule file kind ${String(exhaustive)}`);
      }
    }
  }
  if (!countryGroups) {
    throw new DomainError(
      'RULES_INVALID',
      `${dir}: no file of kind "country-groups"; the rule book needs the country groups`,
    );
  }
  const book: RuleBook = { ...parts, countryGroups };
  checkBook(book);
  return deepFreeze(book);
}

function rulesInvalid(file: string, issues: readonly z.core.$ZodIssue[]): DomainError {
  const details: ErrorDetail[] = issues.map((issue) => {
    let fieldPath = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      fieldPath = issue.keys.map((key) => formatPath([...issue.path, key])).join(', ');
      return { path: fieldPath, message: 'is not a known field' };
    }
    return { path: fieldPath || '(file)', message: issue.message };
  });
  const first = details[0] ?? { path: '(file)', message: 'is invalid' };
  return new DomainError('RULES_INVALID', `${file}: field "${first.path}" ${first.message}`, details);
}

/** `['a', 0, 'b']` → `a[0].b`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Whole-book checks that no single file can make: required files, unique ids, references that resolve. */
function checkBook(book: RuleBook): void {
  const where = (file: string, field: string, message: string) =>
    new DomainError('RULES_INVALID', `${path.join(book.dir, file)}: field "${field}" ${message}`, [
      { path: field, message },
    ]);

  if (book.integratedCircuits.length === 0) {
    throw new DomainError(
      'RULES_INVALID',
      `${book.dir}: no file of kind "eccn-3a090"; the rule book needs the 3A090 thresholds`,
    );
  }
  if (book.licenceRequirements.length === 0) {
    throw new DomainError(
      'RULES_INVALID',
      `${book.dir}: no file of kind "licensing"; the rule book needs the licence requirements`,
    );
  }

  const ids = new Map<string, string>();
  const claim = (rule: { id: string; file: string }, field: string) => {
    const previous = ids.get(rule.id);
    if (previous)
      throw where(rule.file, field, `"${rule.id}" is already used in ${previous}; rule ids must be unique`);
    ids.set(rule.id, rule.file);
  };
  book.integratedCircuits.forEach((r, i) => claim(r, `integratedCircuits[${i}].id`));
  book.highBandwidthMemory.forEach((r, i) => claim(r, `highBandwidthMemory[${i}].id`));
  book.assemblies.forEach((r, i) => claim(r, `assemblies[${i}].id`));
  book.chinaEnvelopes.forEach((r, i) => claim(r, `envelopes[${i}].id`));
  book.licenceRequirements.forEach((r, i) => claim(r, `requirements[${i}].id`));
  book.licenceExceptions.forEach((r, i) => claim(r, `exceptions[${i}].id`));
  book.reviewPolicies.forEach((r, i) => claim(r, `reviewPolicies[${i}].id`));
  book.productOverrides.forEach((r, i) => claim(r, `overrides[${i}].id`));

  // Versions of a one-at-a-time rule replace each other on their effectiveFrom, so two on one day is ambiguous.
  const distinctDays = (rules: Loaded<{ effectiveFrom: string }>[], field: string) => {
    const days = new Set<string>();
    rules.forEach((rule, i) => {
      if (days.has(rule.effectiveFrom)) {
        throw where(
          rule.file,
          `${field}[${i}].effectiveFrom`,
          `${rule.effectiveFrom} is shared with another version; one version per day`,
        );
      }
      days.add(rule.effectiveFrom);
    });
  };
  distinctDays(book.integratedCircuits, 'integratedCircuits');
  distinctDays(book.highBandwidthMemory, 'highBandwidthMemory');
  distinctDays(book.assemblies, 'assemblies');
  distinctDays(book.chinaEnvelopes, 'envelopes');

  const countries = new Map<string, Loaded<CountryEntry>>();
  book.countries.forEach((country, i) => {
    if (countries.has(country.code))
      throw where(country.file, `countries[${i}].code`, `"${country.code}" is listed twice`);
    countries.set(country.code, country);
  });
  book.countries.forEach((country, i) => {
    const target = country.treatAs?.country;
    if (target === undefined) return;
    const targetEntry = countries.get(target);
    if (!targetEntry || target === country.code) {
      throw where(
        country.file,
        `countries[${i}].treatAs.country`,
        `"${target}" must be another country in this file`,
      );
    }
    if (targetEntry.treatAs) {
      throw where(
        country.file,
        `countries[${i}].treatAs.country`,
        `"${target}" is itself treated as another country; point at the final one`,
      );
    }
  });
  const knownCountries = (file: string, field: string, codes: readonly string[]) =>
    codes.forEach((code, j) => {
      if (!countries.has(code)) {
        throw where(file, `${field}[${j}]`, `"${code}" is not a country in ${book.countryGroups.file}`);
      }
    });
  book.chinaEnvelopes.forEach((r, i) =>
    knownCountries(r.file, `envelopes[${i}].destinations`, r.destinations),
  );
  book.licenceRequirements.forEach((r, i) => {
    if (r.basis !== 'headquarters') knownCountries(r.file, `requirements[${i}].destinations`, r.destinations);
    if (r.basis === 'headquarters')
      knownCountries(r.file, `requirements[${i}].headquarteredIn`, r.headquarteredIn);
  });
  for (const [i, r] of book.licenceExceptions.entries()) {
    knownCountries(r.file, `exceptions[${i}].destinations`, r.destinations);
    knownCountries(r.file, `exceptions[${i}].exceptDestinations`, r.exceptDestinations);
    knownCountries(r.file, `exceptions[${i}].headquarteredIn`, r.headquarteredIn);
  }
  for (const [i, r] of book.reviewPolicies.entries()) {
    knownCountries(r.file, `reviewPolicies[${i}].destinations`, r.destinations);
    knownCountries(r.file, `reviewPolicies[${i}].headquarteredIn`, r.headquarteredIn);
  }
  for (const [i, r] of book.productOverrides.entries()) {
    knownCountries(
      r.file,
      `overrides[${i}].licenceRequiredFor.destinations`,
      r.licenceRequiredFor.destinations,
    );
    knownCountries(
      r.file,
      `overrides[${i}].licenceRequiredFor.headquarteredIn`,
      r.licenceRequiredFor.headquarteredIn,
    );
  }

  const requirementIds = new Set(book.licenceRequirements.map((r) => r.id));
  const knownRequirements = (file: string, field: string, refs: readonly string[]) =>
    refs.forEach((ref, j) => {
      if (!requirementIds.has(ref))
        throw where(file, `${field}[${j}]`, `"${ref}" is not the id of a licence requirement`);
    });
  book.licenceExceptions.forEach((r, i) => knownRequirements(r.file, `exceptions[${i}].covers`, r.covers));
  book.reviewPolicies.forEach((r, i) => {
    if (r.forRequirements !== 'any')
      knownRequirements(r.file, `reviewPolicies[${i}].forRequirements`, r.forRequirements);
  });
}

type Dated = { effectiveFrom: string; effectiveUntil?: string | undefined };

const inForce = (rule: Dated, asOf: string) =>
  rule.effectiveFrom <= asOf && (rule.effectiveUntil === undefined || asOf < rule.effectiveUntil);

/** The newest version that has started; null if none has, or if the newest has lapsed (no fallback to older). */
function currentVersion<T extends Dated>(versions: readonly T[], asOf: string): T | null {
  let latest: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= asOf && (!latest || version.effectiveFrom > latest.effectiveFrom))
      latest = version;
  }
  return latest && inForce(latest, asOf) ? latest : null;
}

const cache = new WeakMap<RuleBook, Map<string, RuleSet>>();

/**
 * The rules in force on `asOf` (YYYY-MM-DD). Throws VALIDATION_FAILED for a malformed day and
 * RULES_NOT_IN_FORCE for a day no 3A090 classification rule covers.
 */
export function ruleSetInForce(book: RuleBook, asOf: string): RuleSet {
  assertCalendarDate(asOf, 'asOf');
  let byDay = cache.get(book);
  if (!byDay) {
    byDay = new Map();
    cache.set(book, byDay);
  }
  const cached = byDay.get(asOf);
  if (cached) return cached;

  const integratedCircuits = currentVersion(book.integratedCircuits, asOf);
  if (!integratedCircuits) {
    const first = [...book.integratedCircuits].sort((a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom),
    )[0];
    const message =
      first && asOf < first.effectiveFrom
        ? `no 3A090 classification rule is in force on ${asOf}; the rule book starts on ${first.effectiveFrom} (${first.citation.source})`
        : `no 3A090 classification rule is in force on ${asOf}`;
    throw new DomainError('RULES_NOT_IN_FORCE', message, [{ path: 'asOf', message }]);
  }
  const highBandwidthMemory = currentVersion(book.highBandwidthMemory, asOf);
  const assemblies = currentVersion(book.assemblies, asOf);
  const chinaEnvelope = currentVersion(book.chinaEnvelopes, asOf);
  const licenceRequirements = book.licenceRequirements.filter((r) => inForce(r, asOf));
  const licenceExceptions = book.licenceExceptions.filter((r) => inForce(r, asOf));
  const reviewPolicies = book.reviewPolicies.filter((r) => inForce(r, asOf));
  const productOverrides = book.productOverrides.filter((r) => inForce(r, asOf));
  const importRequirements = book.importRequirements.filter((r) => inForce(r, asOf));

  const countries: Record<string, CountryInForce> = {};
  const countryDays: Dated[] = [];
  for (const country of book.countries) {
    const memberships = country.memberships.filter((m) => inForce(m, asOf));
    countryDays.push(...country.memberships);
    const treatAs = country.treatAs && inForce(country.treatAs, asOf) ? country.treatAs : null;
    if (country.treatAs) countryDays.push(country.treatAs);
    const standing: Dated[] = [...memberships, ...(treatAs ? [treatAs] : [])];
    const since =
      standing
        .map((d) => d.effectiveFrom)
        .sort()
        .at(-1) ?? null;
    const until =
      standing.flatMap((d) => (d.effectiveUntil === undefined ? [] : [d.effectiveUntil])).sort()[0] ?? null;
    countries[country.code] = {
      code: country.code,
      name: country.name,
      groups: [...new Set(memberships.flatMap((m) => m.groups))].sort(),
      treatAs: treatAs ? { country: treatAs.country, citation: treatAs.citation, note: treatAs.note } : null,
      domestic: country.domestic,
      note: country.note,
      since,
      until,
    };
  }

  const selected: Dated[] = [
    integratedCircuits,
    ...(highBandwidthMemory ? [highBandwidthMemory] : []),
    ...(assemblies ? [assemblies] : []),
    ...(chinaEnvelope ? [chinaEnvelope] : []),
    ...licenceRequirements,
    ...licenceExceptions,
    ...reviewPolicies,
    ...productOverrides,
    ...importRequirements,
    ...countryDays.filter((d) => inForce(d, asOf)),
  ];
  const everything: Dated[] = [
    ...book.integratedCircuits,
    ...book.highBandwidthMemory,
    ...book.assemblies,
    ...book.chinaEnvelopes,
    ...book.licenceRequirements,
    ...book.licenceExceptions,
    ...book.reviewPolicies,
    ...book.productOverrides,
    ...book.importRequirements,
    ...countryDays,
  ];
  // A rule that lapsed on or before asOf changed the set on its effectiveUntil, even though it is gone now.
  const lapsed = everything.flatMap((d) =>
    d.effectiveUntil !== undefined && d.effectiveUntil <= asOf ? [d.effectiveUntil] : [],
  );
  const version = [...selected.map((d) => d.effectiveFrom), ...lapsed].reduce((a, b) => (b > a ? b : a));

  const inForceContent = {
    integratedCircuits,
    highBandwidthMemory,
    assemblies,
    chinaEnvelope,
    countryGroups: book.countryGroups,
    countries,
    licenceRequirements,
    licenceExceptions,
    reviewPolicies,
    productOverrides,
    importRequirements,
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(inForceContent)).digest('hex');

  const set: RuleSet = deepFreeze({
    asOf,
    version,
    fingerprint,
    ...inForceContent,
    pending: pendingRules(book, asOf),
  });
  byDay.set(asOf, set);
  return set;
}

function pendingRules(book: RuleBook, asOf: string): PendingRule[] {
  const pending: PendingRule[] = [];
  const add = (
    kind: RuleKind,
    rules: readonly (Dated & { id: string; summary: string; citation: Citation })[],
  ) => {
    for (const rule of rules) {
      if (rule.effectiveFrom > asOf) {
        pending.push({
          id: rule.id,
          kind,
          effectiveFrom: rule.effectiveFrom,
          summary: rule.summary,
          citation: rule.citation,
        });
      }
    }
  };
  add('integrated-circuits', book.integratedCircuits);
  add('high-bandwidth-memory', book.highBandwidthMemory);
  add('assemblies', book.assemblies);
  add('china-envelope', book.chinaEnvelopes);
  add('licence-requirement', book.licenceRequirements);
  add('licence-exception', book.licenceExceptions);
  add('review-policy', book.reviewPolicies);
  add('product-override', book.productOverrides);
  add('import-requirement', book.importRequirements);
  return pending.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
}

// Rules are shared by every request; freezing makes an accidental in-place edit throw instead of leaking.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
