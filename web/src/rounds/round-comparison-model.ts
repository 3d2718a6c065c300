import type { RoundSummary } from '../api/types';
import { ruleLabel } from './round-model';

/** One figure in two simulations; `difference` is after less before, so a gain reads positive. */
export interface Compared {
  before: number;
  after: number;
  difference: number;
}

function compared(before: number, after: number): Compared {
  return { before, after, difference: after - before };
}

export interface MonthComparison {
  period: string;
  offered: Compared;
  allocated: Compared;
}

/**
 * Month by month, in calendar order. A month in only one of the two (the terms cannot change the months,
 * but a brief stored before a field existed may lack them) counts as nothing in the other.
 */
export function compareMonths(before: RoundSummary | null, after: RoundSummary): MonthComparison[] {
  const was = new Map((before?.periods ?? []).map((p) => [p.id, p]));
  const now = new Map(after.periods.map((p) => [p.id, p]));
  return [...new Set([...was.keys(), ...now.keys()])].sort().map((period) => ({
    period,
    offered: compared(was.get(period)?.supply ?? 0, now.get(period)?.supply ?? 0),
    allocated: compared(was.get(period)?.allocated ?? 0, now.get(period)?.allocated ?? 0),
  }));
}

export interface BuyerComparison {
  buyerPartyId: string;
  requested: number;
  awarded: Compared;
}

/** Buyer by buyer, the largest change first, then the most awarded: what a reader looks for first. */
export function compareBuyers(before: RoundSummary | null, after: RoundSummary): BuyerComparison[] {
  const was = new Map((before?.buyers ?? []).map((b) => [b.buyerPartyId, b]));
  const now = new Map(after.buyers.map((b) => [b.buyerPartyId, b]));
  return [...new Set([...was.keys(), ...now.keys()])]
    .map((buyerPartyId) => ({
      buyerPartyId,
      requested: now.get(buyerPartyId)?.requested ?? was.get(buyerPartyId)?.requested ?? 0,
      awarded: compared(was.get(buyerPartyId)?.awarded ?? 0, now.get(buyerPartyId)?.awarded ?? 0),
    }))
    .sort(
      (a, b) =>
        Math.abs(b.awarded.difference) - Math.abs(a.awarded.difference) ||
        b.awarded.after - a.awarded.after ||
        a.buyerPartyId.localeCompare(b.buyerPartyId),
    );
}

export interface TotalComparison {
  key: 'awarded' | 'requested' | 'claims' | 'uncovered';
  label: string;
  figures: Compared;
}

export function compareTotals(before: RoundSummary | null, after: RoundSummary): TotalComparison[] {
  const row = (key: TotalComparison['key'], label: string): TotalComparison => ({
    key,
    label,
    figures: compared(before?.[key] ?? 0, after[key]),
  });
  return [
    row('awarded', 'Units awarded'),
    row('requested', 'Units the claims asked for'),
    row('claims', 'Claims'),
    row('uncovered', 'Orders without coverage'),
  ];
}

export interface TermDifference {
  label: string;
  before: string;
  after: string;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The terms the two simulations ran under that differ, in words; a buyer not weighted weighs 1. */
export function termDifferences(
  before: RoundSummary['terms'],
  after: RoundSummary['terms'],
  partyName: (id: string) => string,
): TermDifference[] {
  const differences: TermDifference[] = [];
  const add = (label: string, was: string, now: string) => {
    if (was !== now) differences.push({ label, before: was, after: now });
  };
  add('Rule', ruleLabel(before.rule), ruleLabel(after.rule));
  add('Lot', String(before.lot), String(after.lot));
  add('Carry unallocated supply over', yesNo(before.carryOver), yesNo(after.carryOver));
  add('Carry unmet claims', yesNo(before.carryUnmet), yesNo(after.carryUnmet));
  add('Tier of firm orders', String(before.criteria.tiers.firm), String(after.criteria.tiers.firm));
  add('Tier of forecasts', String(before.criteria.tiers.forecast), String(after.criteria.tiers.forecast));
  const weighted = new Set([...Object.keys(before.criteria.weights), ...Object.keys(after.criteria.weights)]);
  for (const partyId of [...weighted].sort()) {
    add(
      `Weight of ${partyName(partyId)}`,
      String(before.criteria.weights[partyId] ?? 1),
      String(after.criteria.weights[partyId] ?? 1),
    );
  }
  add('Criteria in words', before.criteria.description, after.criteria.description);
  return differences;
}
