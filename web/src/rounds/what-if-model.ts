import type { Round, RoundChanges, RoundSimulation, RoundWhatIf } from '../api/types';
import { wholeNumberOrText } from '../authorisations/authorisation-model';
import type { RoundRule } from './round-model';

import { weightsOf, type WeightRow } from './weights-field';

export interface CapacityRow {
  period: string;
  /** What the supply plans leave the round in the month, as last simulated; null before a simulation. */
  offered: number | null;
  units: string;
}

/** The what-if form as typed: numbers stay text until sent, so the API's message shows beside the field. */
export interface WhatIfDraft {
  rule: RoundRule;
  lot: string;
  carryOver: boolean;
  carryUnmet: boolean;
  firmTier: string;
  forecastTier: string;
  weights: WeightRow[];
  capacity: CapacityRow[];
}

/** The form filled with the round's terms and, per month, the capacity its last simulation was offered. */
export function draftFrom(round: Round, simulation: RoundSimulation | null): WhatIfDraft {
  const { terms } = round;
  const offered = new Map((simulation?.supply ?? []).map((s) => [s.period, s.offered]));
  const months = simulation?.supply.length
    ? simulation.supply.map((s) => s.period)
    : (simulation?.periods.map((p) => p.id) ?? []);
  return {
    rule: terms.rule,
    lot: String(terms.lot),
    carryOver: terms.carryOver,
    carryUnmet: terms.carryUnmet,
    firmTier: String(terms.criteria.tiers.firm),
    forecastTier: String(terms.criteria.tiers.forecast),
    weights: Object.entries(terms.criteria.weights).map(([partyId, weight], key) => ({
      key,
      partyId,
      weight: String(weight),
    })),
    capacity: months.map((period) => {
      const units = offered.get(period) ?? null;
      return { period, offered: units, units: units === null ? '' : String(units) };
    }),
  };
}

/** A decimal as a number; anything else as typed, so the API's message for the field is the one shown. */

/**
 * The terms the draft changes, and only those: what a simulation adopts is then exactly what the planner
 * changed, and its audit event says so. Criteria go whole (the API replaces them whole), with the
 * published words unchanged. Text where a number belongs is sent as typed (hence the casts), so the API
 * refuses it beside the field rather than the form guessing.
 */
export function termChanges(draft: WhatIfDraft, terms: Round['terms']): RoundChanges {
  const lot = wholeNumberOrText(draft.lot) ?? draft.lot;
  const tiers = {
    firm: (wholeNumberOrText(draft.firmTier) ?? draft.firmTier) as number,
    forecast: (wholeNumberOrText(draft.forecastTier) ?? draft.forecastTier) as number,
  };
  const weights = weightsOf(draft.weights);
  const criteriaChanged =
    tiers.firm !== terms.criteria.tiers.firm ||
    tiers.forecast !== terms.criteria.tiers.forecast ||
    !sameWeights(weights, terms.criteria.weights);
  return {
    ...(draft.rule !== terms.rule ? { rule: draft.rule } : {}),
    ...(lot !== terms.lot ? { lot: lot as number } : {}),
    ...(draft.carryOver !== terms.carryOver ? { carryOver: draft.carryOver } : {}),
    ...(draft.carryUnmet !== terms.carryUnmet ? { carryUnmet: draft.carryUnmet } : {}),
    ...(criteriaChanged ? { criteria: { description: terms.criteria.description, tiers, weights } } : {}),
  };
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The months whose capacity the draft changes from what the plans leave, in place of that figure. */
export function capacityChanges(draft: WhatIfDraft): NonNullable<RoundWhatIf['supply']> {
  return draft.capacity.flatMap((row) => {
    const units = wholeNumberOrText(row.units);
    if (units === undefined || units === row.offered) return [];
    return [{ period: row.period, units: units as number }];
  });
}

/** The what-if as the API takes it: the changed terms and any changed capacity. */
export function whatIfBody(draft: WhatIfDraft, terms: Round['terms']): RoundWhatIf {
  const supply = capacityChanges(draft);
  return { ...termChanges(draft, terms), ...(supply.length > 0 ? { supply } : {}) };
}

/** The terms of a what-if without its capacity: what a simulation can adopt. */
export function withoutCapacity(whatIf: RoundWhatIf): RoundChanges {
  const { supply: _capacity, ...changes } = whatIf;
  return changes;
}

/** Buyers weighted twice cannot be sent: the API takes one weight per buyer, keyed by its id. */

/** Where an API detail about the capacity of the i-th month sent points: `supply[0].units` or `supply.0.units`. */
export function isAboutCapacity(path: string | undefined, index: number): boolean {
  const bare = (path ?? '').replace(/^body\./, '');
  return [`supply[${index}]`, `supply.${index}`].some(
    (prefix) => bare === prefix || bare.startsWith(`${prefix}.`),
  );
}
