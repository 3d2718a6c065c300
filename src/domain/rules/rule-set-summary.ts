import type { Citation, PendingRule, RuleKind, RuleSet } from './rule-book.js';

/** One rule in force, as a reader of the rule set sees it. */
export interface RuleSummary {
  id: string;
  kind: RuleKind;
  effectiveFrom: string;
  effectiveUntil: string | null;
  summary: string;
  citation: Citation;
  /** The file under rules/ that holds it. */
  file: string;
}

export interface RuleSetSummary {
  asOf: string;
  version: string;
  fingerprint: string;
  rules: RuleSummary[];
  pending: PendingRule[];
}

type Described = {
  id: string;
  effectiveFrom: string;
  effectiveUntil?: string | undefined;
  summary: string;
  citation: Citation;
  file: string;
};

/**
 * The rules in force on a day as a flat list a person can read (for `GET /api/rules` and the CLI): every
 * rule with its dates, citation and file, one entry per destination for the country groups, then what is
 * still to come.
 */
export function describeRuleSet(set: RuleSet): RuleSetSummary {
  const rules: RuleSummary[] = [];
  const add = (kind: RuleKind, rule: Described) =>
    rules.push({
      id: rule.id,
      kind,
      effectiveFrom: rule.effectiveFrom,
      effectiveUntil: rule.effectiveUntil ?? null,
      summary: rule.summary,
      citation: rule.citation,
      file: rule.file,
    });
  add('integrated-circuits', set.integratedCircuits);
  if (set.highBandwidthMemory) add('high-bandwidth-memory', set.highBandwidthMemory);
  if (set.assemblies) add('assemblies', set.assemblies);
  if (set.chinaEnvelope) add('china-envelope', set.chinaEnvelope);
  for (const rule of set.licenceRequirements) add('licence-requirement', rule);
  for (const rule of set.licenceExceptions) add('licence-exception', rule);
  for (const rule of set.reviewPolicies) add('review-policy', rule);
  for (const rule of set.productOverrides) add('product-override', rule);
  for (const rule of set.importRequirements) add('import-requirement', rule);
  for (const country of Object.values(set.countries)) {
    // An undated entry (the exporting country itself) is not a rule with an effective date.
    if (country.since === null) continue;
    const standing = country.treatAs
      ? `treated as ${country.treatAs.country} under the EAR`
      : `Country Group ${country.groups.join(', ') || '(none listed)'}`;
    rules.push({
      id: `country-${country.code.toLowerCase()}`,
      kind: 'country-membership',
      effectiveFrom: country.since,
      effectiveUntil: country.until,
      summary: `${country.code} (${country.name}): ${standing}.`,
      citation: country.treatAs?.citation ?? set.countryGroups.citation,
      file: set.countryGroups.file,
    });
  }
  return { asOf: set.asOf, version: set.version, fingerprint: set.fingerprint, rules, pending: set.pending };
}
