import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Round, RoundSimulation, RoundStatus } from '../api/types';
import type { BadgeTone } from '../ui/status';

export type RoundRule = Round['terms']['rule'];
export type RoundClaim = RoundSimulation['claims'][number];

export const ruleChoices: readonly { value: RoundRule; label: string; hint: string }[] = [
  {
    value: 'max-min',
    label: 'Equal shares (max-min)',
    hint: 'Every claim in a tier rises together until its own claim, a cap or the supply stops it.',
  },
  {
    value: 'pro-rata',
    label: 'Pro rata',
    hint: 'Every claim in a tier gets the same fraction of what it asked for, times its buyer’s weight.',
  },
];

/** The rule in words; a summary names its rule as plain text, hence a string. */
export function ruleLabel(rule: string): string {
  return ruleChoices.find((c) => c.value === rule)?.label ?? rule;
}

export const statusTone: Record<RoundStatus, BadgeTone> = {
  draft: 'muted',
  simulated: 'info',
  approved: 'violet',
  committed: 'success',
  closed: 'neutral',
};

/** "2026-03" or "2026-03 – 2026-05". */
export function monthsLabel(terms: { fromPeriod: string; untilPeriod: string }): string {
  return terms.fromPeriod === terms.untilPeriod
    ? terms.fromPeriod
    : `${terms.fromPeriod} – ${terms.untilPeriod}`;
}

/**
 * What a binding names, in words. The engine reports `claim` (the order got all it asked for), `supply`
 * (the month ran out) or `group:<authorisation names>` (a licence, approval or cap ran out).
 */
export function bindingLabel(binding: string): string {
  if (binding === 'claim') return 'Its own claim';
  if (binding === 'supply') return 'Supply';
  if (binding.startsWith('group:')) return `Cap ${binding.slice('group:'.length)}`;
  return binding;
}

export interface PeriodRow {
  id: string;
  supply: number;
  available: number;
  allocated: number;
  carriedOver: number;
  /** What the claims eligible by this month asked for in all: a claim stays eligible until it is served. */
  demand: number;
}

/** The simulation's months with the demand each one faced. */
export function periodRows(simulation: RoundSimulation): PeriodRow[] {
  return simulation.periods.map((p) => ({
    ...p,
    demand: simulation.claims.filter((c) => c.period <= p.id).reduce((sum, c) => sum + c.quantity, 0),
  }));
}

export interface BuyerAward {
  buyerPartyId: string;
  requested: number;
  awarded: number;
}

/** Awards summed by buyer, the most awarded first. */
export function awardsByBuyer(claims: readonly RoundClaim[]): BuyerAward[] {
  const byBuyer = new Map<string, BuyerAward>();
  for (const claim of claims) {
    const row = byBuyer.get(claim.buyerPartyId) ?? {
      buyerPartyId: claim.buyerPartyId,
      requested: 0,
      awarded: 0,
    };
    row.requested += claim.quantity;
    row.awarded += claim.awarded;
    byBuyer.set(claim.buyerPartyId, row);
  }
  return [...byBuyer.values()].sort(
    (a, b) => b.awarded - a.awarded || a.buyerPartyId.localeCompare(b.buyerPartyId),
  );
}

/** How much of a group's cap the awards use: every claim in the group draws its whole award from it. */
export function groupUse(group: RoundSimulation['groups'][number], claims: readonly RoundClaim[]): number {
  return claims.filter((c) => c.groups.includes(group.id)).reduce((sum, c) => sum + c.awarded, 0);
}

/** A claim carried from an earlier committed round that left its order unmet, named for the reader. */
export interface CarriedFrom {
  roundId: string;
  /** Null when the round is not among those the user may list. */
  roundName: string | null;
}

/** One row of the statements table as shown, sorted and exported. */
export interface StatementRow {
  orderId: string;
  /** Shown beside the order; not a CSV column, so files already exported keep their shape. */
  carriedFrom: CarriedFrom | null;
  /** The order's full quantity; `requested` is what was still unmet when simulated. */
  ordered: number;
  buyer: string;
  order: string;
  month: string;
  tier: number;
  requested: number;
  awarded: number;
  binding: string;
  statement: string;
}

export const statementColumns = [
  { key: 'buyer', label: 'Buyer', numeric: false },
  { key: 'order', label: 'Order', numeric: false },
  { key: 'month', label: 'Month', numeric: false },
  { key: 'tier', label: 'Tier', numeric: true },
  { key: 'requested', label: 'Requested', numeric: true },
  { key: 'awarded', label: 'Awarded', numeric: true },
  { key: 'binding', label: 'Binding', numeric: false },
  { key: 'statement', label: 'Statement', numeric: false },
] as const satisfies readonly { key: keyof StatementRow; label: string; numeric: boolean }[];

export type StatementKey = (typeof statementColumns)[number]['key'];
export interface StatementSort {
  key: StatementKey;
  direction: 'ascending' | 'descending';
}

/** Rows holding the filter text in any column (case-insensitive), in the order chosen. */
export function filterAndSort(
  rows: readonly StatementRow[],
  text: string,
  sort: StatementSort,
): StatementRow[] {
  const needle = text.trim().toLowerCase();
  const shown = needle
    ? rows.filter((row) => statementColumns.some((c) => String(row[c.key]).toLowerCase().includes(needle)))
    : [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    // Ties keep a stable, readable order whatever the column.
    return sign * order || a.buyer.localeCompare(b.buyer) || a.order.localeCompare(b.order);
  });
}

/** The rows as CSV with a header line, quoted where a field needs it (statements hold commas). */
export function statementsCsv(rows: readonly StatementRow[]): string {
  return stringify([...rows], {
    header: true,
    columns: statementColumns.map((c) => ({ key: c.key, header: c.label })),
    record_delimiter: 'windows',
  });
}
