import type { ProductClassification } from '../classification/product-classification.js';
import { DomainError } from '../errors.js';
import { assertCalendarDate } from '../rules/calendar-date.js';
import type { Citation, CountryInForce, RuleSet } from '../rules/rule-book.js';
import type { LicenceExceptionRule, ReviewPolicyRule } from '../rules/rule-files.schema.js';

/** What the exporter knows about the transaction beyond the item and the destination. */
export interface EndUse {
  supercomputer?: boolean;
  advancedNodeIcProduction?: boolean;
  /** A reexport or transfer abroad rather than an export from the United States. */
  reexport?: boolean;
}

/** The parts of a ProductClassification a determination reads; pass the whole classification when you have it. */
export type ClassificationFacts = Pick<ProductClassification, 'eccn' | 'datacenter' | 'chinaCaseByCase'> &
  Partial<Pick<ProductClassification, 'overrides' | 'incomplete' | 'ruleSetVersion'>>;

export interface DeterminationInput {
  classification: ClassificationFacts;
  productId: string;
  /** ISO 3166-1 alpha-2; HK resolves to CN. */
  destination: string;
  buyerHqCountry?: string;
  endUse: EndUse;
  asOf: string;
}

export type RequirementBasis = 'destination' | 'headquarters' | 'end-use' | 'product-override';

/** One reason a licence is needed, with the rule to cite. */
export interface LicenceRequirement {
  rule: string;
  basis: RequirementBasis;
  citation: Citation;
  why: string;
}

export interface ExceptionAvailability {
  code: 'NAC' | 'ACA';
  available: boolean;
  notificationRequired: boolean;
  why: string;
  /** The exception rule judged, when one is in force. */
  rule?: string;
  citation?: Citation;
}

export type ReviewPolicy = 'presumption-of-denial' | 'case-by-case';

export interface LicenceDetermination {
  productId: string;
  eccn: ClassificationFacts['eccn'];
  asOf: string;
  destination: string;
  /** The destination the EAR applies (CN for HK). */
  resolvedDestination: string;
  destinationGroups: string[];
  buyerHqCountry: string | null;
  buyerHqGroups: string[];
  /**
   * True when any licence requirement applies. An available exception (see `exceptions`) may still
   * authorise the shipment without a licence; that is the exporter's choice, so it is reported, not applied.
   */
  licenceRequired: boolean;
  requirements: LicenceRequirement[];
  /** Always NAC and ACA, each with why it is or is not available. */
  exceptions: ExceptionAvailability[];
  reviewPolicy: ReviewPolicy | null;
  reviewPolicyWhy: string;
  notes: string[];
  ruleSetVersion: string;
}

interface Party {
  code: string;
  label: string;
  groups: string[];
  /** How an alias resolved, e.g. "HK (Hong Kong), treated as CN (…)". */
  resolvedFrom: string | null;
  domestic: boolean;
}

interface Scope {
  destinationGroups?: readonly string[];
  destinations?: readonly string[];
  headquarteredInGroups?: readonly string[];
  headquarteredIn?: readonly string[];
}

/**
 * Decides whether exporting a classified item to `destination` needs a licence on `asOf`, listing every
 * requirement that applies (destination, headquarters of the buyer, end use, product override), whether
 * License Exceptions NAC and ACA are available and why, and the review policy BIS applies. Throws
 * VALIDATION_FAILED naming the field for an unknown country or a day that differs from the rule set's.
 */
export function determineLicence(input: DeterminationInput, rules: RuleSet): LicenceDetermination {
  const asOf = assertCalendarDate(input.asOf, 'asOf');
  if (asOf !== rules.asOf) {
    const message = `asOf ${asOf} differs from the rule set's day ${rules.asOf}; pass the rule set in force on ${asOf}`;
    throw new DomainError('VALIDATION_FAILED', message, [{ path: 'asOf', message }]);
  }
  const { classification, endUse } = input;
  const eccn = classification.eccn;
  const destination = resolveCountry(input.destination, 'destination', rules);
  const buyerHq =
    input.buyerHqCountry === undefined || input.buyerHqCountry.trim() === ''
      ? null
      : resolveCountry(input.buyerHqCountry, 'buyerHqCountry', rules);

  const notes: string[] = [];
  if (destination.resolvedFrom) notes.push(`Destination ${destination.resolvedFrom}.`);
  if (buyerHq?.resolvedFrom) notes.push(`Buyer headquarters ${buyerHq.resolvedFrom}.`);
  if (classification.incomplete) {
    notes.push(
      'The classification is conservative because a figure is missing (die area); the answer may relax once it is recorded.',
    );
  }
  if (classification.ruleSetVersion !== undefined && classification.ruleSetVersion !== rules.version) {
    notes.push(
      `The classification was computed under rule-set version ${classification.ruleSetVersion}; this determination applies version ${rules.version}.`,
    );
  }

  const base = {
    productId: input.productId,
    eccn,
    asOf,
    destination: input.destination.trim().toUpperCase(),
    resolvedDestination: destination.code,
    destinationGroups: destination.groups,
    buyerHqCountry: buyerHq?.code ?? null,
    buyerHqGroups: buyerHq?.groups ?? [],
    ruleSetVersion: rules.version,
  };

  if (destination.domestic) {
    const why = `${destination.label} is the exporting country: a shipment within it is not an export, so no export licence is needed.`;
    const country = rules.countries[destination.code];
    if (country?.note) notes.push(country.note);
    return {
      ...base,
      licenceRequired: false,
      requirements: [],
      exceptions: (['NAC', 'ACA'] as const).map((code) => ({
        code,
        available: false,
        notificationRequired:
          rules.licenceExceptions.find((e) => e.code === code)?.notificationRequired ?? false,
        why: `Not needed: ${why}`,
      })),
      reviewPolicy: null,
      reviewPolicyWhy: `No licence review: ${why}`,
      notes,
    };
  }

  const requirements = findRequirements(input, rules, destination, buyerHq);
  const licenceRequired = requirements.length > 0;
  const exceptions = (['NAC', 'ACA'] as const).map((code) =>
    exceptionAvailability(code, rules, classification, requirements, destination, buyerHq),
  );
  const review = licenceRequired
    ? reviewPolicy(requirements, rules, classification, endUse, destination, buyerHq)
    : { policy: null, why: 'No licence is required, so there is no licence review.' };

  return {
    ...base,
    licenceRequired,
    requirements,
    exceptions,
    reviewPolicy: review.policy,
    reviewPolicyWhy: review.why,
    notes,
  };
}

function resolveCountry(raw: string, field: 'destination' | 'buyerHqCountry', rules: RuleSet): Party {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const country = rules.countries[code];
  if (!country) {
    const known = Object.keys(rules.countries).sort().join(', ');
    const message = /^[A-Z]{2}$/.test(code)
      ? `${field} "${raw}" is not a country in Tranche's rule book (known: ${known})`
      : `${field} must be an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(raw)}`;
    throw new DomainError('VALIDATION_FAILED', message, [{ path: field, message }]);
  }
  if (country.treatAs) {
    const target = rules.countries[country.treatAs.country];
    if (!target) throw new Error(`rule book maps ${code} to unknown ${country.treatAs.country}`); // checked at load
    return {
      ...party(target),
      resolvedFrom: `${label(country)} is treated as ${label(target)} under the EAR (${country.treatAs.citation.source})`,
    };
  }
  return party(country);
}

const label = (country: CountryInForce) => `${country.code} (${country.name})`;

function party(country: CountryInForce): Party {
  return {
    code: country.code,
    label: label(country),
    groups: country.groups,
    resolvedFrom: null,
    domestic: country.domestic,
  };
}

/** How `who` falls within a list of groups and named countries, or null when it does not. */
function reach(who: Party, groups: readonly string[] = [], named: readonly string[] = []): string | null {
  if (named.includes(who.code)) return `${who.label} is named by the rule`;
  const inGroups = who.groups.filter((g) => groups.includes(g));
  return inGroups.length ? `${who.label} is in Country Group ${inGroups.join(', ')}` : null;
}

function scopeReach(scope: Scope, destination: Party, buyerHq: Party | null): string | null {
  const byDestination = reach(destination, scope.destinationGroups, scope.destinations);
  if (byDestination) return `the destination ${byDestination}`;
  const byHq = buyerHq ? reach(buyerHq, scope.headquarteredInGroups, scope.headquarteredIn) : null;
  return byHq ? `the buyer's headquarters country ${byHq}` : null;
}

const hasScope = (scope: Scope) =>
  [scope.destinationGroups, scope.destinations, scope.headquarteredInGroups, scope.headquarteredIn].some(
    (list) => list !== undefined && list.length > 0,
  );

function findRequirements(
  input: DeterminationInput,
  rules: RuleSet,
  destination: Party,
  buyerHq: Party | null,
): LicenceRequirement[] {
  const { eccn } = input.classification;
  const requirements: LicenceRequirement[] = [];
  const add = (rule: string, basis: RequirementBasis, citation: Citation, why: string) =>
    requirements.push({ rule, basis, citation, why: `${why} (${citation.source})` });

  for (const rule of rules.licenceRequirements) {
    switch (rule.basis) {
      case 'destination': {
        if (eccn === 'not-3A090' || !rule.items.includes(eccn)) break;
        const named = rule.destinations.includes(destination.code);
        const reached = reach(destination, rule.destinationGroups, rule.destinations);
        if (!reached) break;
        const relieving = destination.groups.filter((g) => rule.unlessAlsoInGroups.includes(g));
        if (!named && relieving.length) break;
        const unless =
          !named && rule.unlessAlsoInGroups.length
            ? ` and not in ${rule.unlessAlsoInGroups.join(' or ')}`
            : '';
        add(
          rule.id,
          'destination',
          rule.citation,
          `The item is ${eccn} and the destination ${reached}${unless}. ${rule.summary}`,
        );
        break;
      }
      case 'headquarters': {
        if (!buyerHq || eccn === 'not-3A090' || !rule.items.includes(eccn)) break;
        const reached = reach(buyerHq, rule.headquarteredInGroups, rule.headquarteredIn);
        if (reached) {
          add(
            rule.id,
            'headquarters',
            rule.citation,
            `The item is ${eccn} and the buyer's headquarters country ${reached}. ${rule.summary}`,
          );
        }
        break;
      }
      case 'end-use': {
        if (input.endUse[rule.endUse] !== true) break;
        if (rule.items !== 'any' && !rule.items.includes(eccn)) break;
        const reached = reach(destination, rule.destinationGroups, rule.destinations);
        const use =
          rule.endUse === 'supercomputer' ? 'a supercomputer' : 'advanced-node integrated circuit production';
        if (reached)
          add(
            rule.id,
            'end-use',
            rule.citation,
            `The end use is ${use} and the destination ${reached}. ${rule.summary}`,
          );
        break;
      }
      default: {
        const exhaustive: never = rule;
        throw new Error(`unknown requirement basis ${JSON.stringify(exhaustive)}`);
      }
    }
  }

  // Overrides reach a product by id, or an assembly through the chip it contains (listed by classifyProduct).
  const namedOverrides = new Set((input.classification.overrides ?? []).map((o) => o.id));
  for (const override of rules.productOverrides) {
    if (!override.productIds.includes(input.productId) && !namedOverrides.has(override.id)) continue;
    const reached = scopeReach(override.licenceRequiredFor, destination, buyerHq);
    if (reached) {
      add(
        override.id,
        'product-override',
        override.citation,
        `A product-specific requirement for ${input.productId} is in force since ${override.effectiveFrom} and ${reached}. ${override.summary}`,
      );
    }
  }
  return requirements;
}

function exceptionAvailability(
  code: 'NAC' | 'ACA',
  rules: RuleSet,
  classification: ClassificationFacts,
  requirements: LicenceRequirement[],
  destination: Party,
  buyerHq: Party | null,
): ExceptionAvailability {
  const candidates = rules.licenceExceptions.filter((e) => e.code === code);
  const notificationRequired = candidates[0]?.notificationRequired ?? false;
  if (requirements.length === 0) {
    return {
      code,
      available: false,
      notificationRequired,
      why: 'No licence is required, so no licence exception is needed.',
    };
  }
  if (candidates.length === 0) {
    const next = rules.pending.find(
      (p) => p.kind === 'licence-exception' && p.id.includes(code.toLowerCase()),
    );
    return {
      code,
      available: false,
      notificationRequired: false,
      why: `License Exception ${code} is not in force on ${rules.asOf}${next ? `; it takes effect on ${next.effectiveFrom} (${next.citation.source})` : ''}.`,
    };
  }
  let firstRefusal: ExceptionAvailability | undefined;
  for (const exception of candidates) {
    const blockers = exceptionBlockers(exception, classification, requirements, destination, buyerHq);
    const judged = {
      code,
      notificationRequired: exception.notificationRequired,
      rule: exception.id,
      citation: exception.citation,
    };
    if (blockers.length === 0) {
      const notify = exception.notificationRequired
        ? ` A notification to BIS is required first${exception.notification ? `: ${exception.notification}` : '.'}`
        : ' No notification is required.';
      return {
        ...judged,
        available: true,
        why: `${exception.name} (${code}) is available for this ${classification.eccn} item. ${exception.summary}${notify} (${exception.citation.source})`,
      };
    }
    firstRefusal ??= {
      ...judged,
      available: false,
      why: `${exception.name} (${code}) is not available: ${blockers.join('; ')} (${exception.citation.source}).`,
    };
  }
  if (!firstRefusal) throw new Error('unreachable: candidates is not empty');
  return firstRefusal;
}

function exceptionBlockers(
  exception: LicenceExceptionRule,
  classification: ClassificationFacts,
  requirements: LicenceRequirement[],
  destination: Party,
  buyerHq: Party | null,
): string[] {
  const blockers: string[] = [];
  const { eccn } = classification;
  if (eccn === 'not-3A090' || !exception.items.includes(eccn)) {
    blockers.push(`it covers only ${exception.items.join(', ')} items and this item is ${eccn}`);
  }
  const uncovered = requirements.filter((r) => !exception.covers.includes(r.rule));
  if (uncovered.length) {
    blockers.push(
      `it cannot overcome ${uncovered.map((r) => `the ${r.basis} requirement ${r.rule} (${r.citation.source})`).join(' or ')}`,
    );
  }
  const destinationReached = reach(destination, exception.destinationGroups, exception.destinations);
  const destinationExcluded = reach(
    destination,
    exception.exceptDestinationGroups,
    exception.exceptDestinations,
  );
  const hqReached = buyerHq
    ? reach(buyerHq, exception.headquarteredInGroups, exception.headquarteredIn)
    : null;
  if (!(destinationReached && !destinationExcluded) && !hqReached) {
    const covered = [
      exception.destinationGroups.length || exception.destinations.length
        ? `destinations in ${[...exception.destinationGroups, ...exception.destinations].join(' or ')}` +
          (exception.exceptDestinationGroups.length || exception.exceptDestinations.length
            ? ` other than ${[...exception.exceptDestinationGroups, ...exception.exceptDestinations].join(' or ')}`
            : '')
        : '',
      exception.headquarteredInGroups.length || exception.headquarteredIn.length
        ? `entities headquartered in ${[...exception.headquarteredInGroups, ...exception.headquarteredIn].join(' or ')}`
        : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const destinationFacts =
      destinationExcluded ??
      `${destination.label} is in ${destination.groups.length ? `Country Group ${destination.groups.join(', ')}` : 'none of the groups listed'}`;
    blockers.push(`it covers ${covered}, and ${destinationFacts}`);
  }
  const datacenterExcluded: readonly string[] = exception.notForDatacenterItems;
  if (datacenterExcluded.includes(eccn) && classification.datacenter !== false) {
    blockers.push(
      classification.datacenter === true
        ? `it does not cover ${eccn} items designed or marketed for datacenters, and this one is`
        : `it does not cover datacenter ${eccn} items, and this item is not recorded as non-datacenter`,
    );
  }
  return blockers;
}

function reviewPolicy(
  requirements: LicenceRequirement[],
  rules: RuleSet,
  classification: ClassificationFacts,
  endUse: EndUse,
  destination: Party,
  buyerHq: Party | null,
): { policy: ReviewPolicy; why: string } {
  const decisions = requirements.map((requirement) => ({
    requirement,
    policy: rules.reviewPolicies.find((p) =>
      policyApplies(p, requirement, rules, classification, endUse, destination, buyerHq),
    ),
  }));
  const strictest: ReviewPolicy = decisions.some(
    (d) => !d.policy || d.policy.policy === 'presumption-of-denial',
  )
    ? 'presumption-of-denial'
    : 'case-by-case';

  const parts: string[] = [];
  const byPolicy = new Map<ReviewPolicyRule, string[]>();
  for (const { requirement, policy } of decisions) {
    if (!policy) {
      parts.push(
        `No review policy in the rule book covers requirement ${requirement.rule}; Tranche assumes presumption of denial (fail closed).`,
      );
      continue;
    }
    byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), requirement.rule]);
  }
  for (const [policy, ruleIds] of byPolicy) {
    const name = policy.policy === 'case-by-case' ? 'Case-by-case' : 'Presumption of denial';
    let text = `${name} for ${ruleIds.join(', ')}: ${policy.summary} (${policy.citation.source})`;
    if (policy.insideChinaEnvelope && rules.chinaEnvelope?.exporterCertifications.length) {
      text += ` The exporter must certify: ${rules.chinaEnvelope.exporterCertifications.join(' ')}`;
    }
    parts.push(text);
  }
  // Say why the more lenient 2026 policy did not apply when it nearly did.
  const envelopePolicy = rules.reviewPolicies.find(
    (p) => p.insideChinaEnvelope && p.policy === 'case-by-case',
  );
  if (
    envelopePolicy &&
    strictest === 'presumption-of-denial' &&
    reach(destination, envelopePolicy.destinationGroups, envelopePolicy.destinations)
  ) {
    if (endUse.reexport && envelopePolicy.notForReexports) {
      parts.push(
        `Case-by-case review under ${envelopePolicy.citation.source} covers exports only; reexports and transfers stay under presumption of denial.`,
      );
    } else if (!classification.chinaCaseByCase) {
      parts.push(
        `The item is not inside the review envelope of ${envelopePolicy.citation.source}, so case-by-case review does not apply.`,
      );
    }
  }
  const lead =
    strictest === 'presumption-of-denial' ? 'Presumption of denial overall' : 'Case-by-case overall';
  return { policy: strictest, why: `${lead}. ${parts.join(' ')}` };
}

function policyApplies(
  policy: ReviewPolicyRule,
  requirement: LicenceRequirement,
  rules: RuleSet,
  classification: ClassificationFacts,
  endUse: EndUse,
  destination: Party,
  buyerHq: Party | null,
): boolean {
  if (policy.forRequirements !== 'any' && !policy.forRequirements.includes(requirement.rule)) return false;
  if (hasScope(policy) && !scopeReach(policy, destination, buyerHq)) return false;
  if (policy.notForReexports && endUse.reexport === true) return false;
  if (policy.insideChinaEnvelope) {
    const envelope = rules.chinaEnvelope;
    if (!envelope || !classification.chinaCaseByCase || !envelope.destinations.includes(destination.code))
      return false;
  }
  return true;
}
