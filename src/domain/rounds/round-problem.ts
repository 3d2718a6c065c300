import type { AllocationProblem } from '../allocation/allocation-problem.js';
import type { Coverage, Gate } from '../coverage/coverage.js';
import type { Order } from '../orders/order.js';
import { monthsBetween, type NewRound } from './round.js';

/**
 * Turns a round's orders, supply and coverage into the engine's problem. Pure.
 *
 * - Periods: the round's months, each with the inventory and production planned for it.
 * - Claims: one per open order in the claim window, eligible from its month (or the round's first), in
 *   the tier the criteria give its kind, weighted by its buyer's published weight.
 * - Groups: every authorisation a claim needs (export licence, import approval, per-customer cap, ratio
 *   cap) is a group whose cap is its available balance, shared by every claim it covers. Where a gate has
 *   several authorisations that could serve a claim, they form one pooled group (their balances summed):
 *   the engine's groups cannot split one claim between alternatives, and the commit draws from them in
 *   coverage's draw order.
 * - An order a required gate does not cover at all is not a claim: it is reported with what is missing,
 *   never silently dropped.
 */

export interface SupplyLine {
  period: string;
  units: number;
}

export interface RoundGroup {
  /** The authorisations' names, as statements show them ("BIS D1000001"). */
  id: string;
  /** Authorisation ids, in the order a reservation draws on them. */
  authorisationIds: string[];
  gate: Gate;
  cap: number;
}

export interface RoundClaim {
  orderId: string;
  buyerPartyId: string;
  quantity: number;
  period: string;
  tier: number;
  weight: number;
  groups: string[];
}

export interface UncoveredOrder {
  orderId: string;
  buyerPartyId: string;
  quantity: number;
  period: string;
  missing: string[];
}

export interface RoundProblem {
  problem: AllocationProblem;
  claims: RoundClaim[];
  groups: RoundGroup[];
  uncovered: UncoveredOrder[];
}

/** The day coverage is checked for an order: the first day of the first month it may receive units. */
export function coverageDay(round: NewRound, order: Pick<Order, 'period'>): string {
  return `${order.period > round.fromPeriod ? order.period : round.fromPeriod}-01`;
}

/** Which orders take part: open, for the round's product, asking for a month up to the round's last, placed in the window. */
export function ordersInRound(round: NewRound, orders: readonly Order[]): Order[] {
  return orders.filter(
    (o) =>
      o.status === 'open' &&
      o.productId === round.productId &&
      o.period <= round.untilPeriod &&
      (round.claimWindow.from === undefined || o.createdAt >= round.claimWindow.from) &&
      (round.claimWindow.until === undefined || o.createdAt < round.claimWindow.until),
  );
}

export function buildRoundProblem(
  round: NewRound,
  orders: readonly Order[],
  supply: readonly SupplyLine[],
  coverageOf: ReadonlyMap<string, Coverage>,
  labelOf: (authorisationId: string) => string,
): RoundProblem {
  const months = monthsBetween(round.fromPeriod, round.untilPeriod);
  const periods = months.map((id) => ({
    id,
    supply: supply.filter((s) => s.period === id).reduce((sum, s) => sum + s.units, 0),
  }));
  const groups = new Map<string, RoundGroup>();
  const claims: RoundClaim[] = [];
  const uncovered: UncoveredOrder[] = [];
  for (const order of ordersInRound(round, orders)) {
    const coverage = coverageOf.get(order.id);
    const gatesMissing = coverage?.gates.filter((g) => g.required && g.draws.length === 0) ?? [];
    if (!coverage || gatesMissing.length > 0) {
      uncovered.push({
        orderId: order.id,
        buyerPartyId: order.buyerPartyId,
        quantity: order.quantity,
        period: order.period,
        missing: coverage
          ? gatesMissing.map((g) => g.missing ?? `no ${g.gate} authorisation`)
          : ['no coverage'],
      });
      continue;
    }
    const claimGroups: string[] = [];
    for (const gate of coverage.gates) {
      if (!gate.required || gate.draws.length === 0) continue;
      const ids = gate.draws.map((d) => d.authorisationId);
      const id = ids.map(labelOf).join(' or ');
      if (!groups.has(id)) {
        groups.set(id, {
          id,
          authorisationIds: ids,
          gate: gate.gate,
          cap: gate.draws.reduce((sum, d) => sum + Math.max(0, d.available), 0),
        });
      }
      if (!claimGroups.includes(id)) claimGroups.push(id);
    }
    claims.push({
      orderId: order.id,
      buyerPartyId: order.buyerPartyId,
      quantity: order.quantity,
      period: order.period < round.fromPeriod ? round.fromPeriod : order.period,
      tier: round.criteria.tiers[order.tier],
      weight: round.criteria.weights[order.buyerPartyId] ?? 1,
      groups: claimGroups,
    });
  }
  const problem: AllocationProblem = {
    periods,
    carryOver: round.carryOver,
    lot: round.lot,
    rule: round.rule,
    claims: claims.map((c) => ({
      id: c.orderId,
      quantity: c.quantity,
      from: c.period,
      tier: c.tier,
      weight: c.weight,
      floor: 0,
      groups: c.groups,
    })),
    groups: [...groups.values()].map((g) => ({ id: g.id, cap: g.cap })),
  };
  return { problem, claims, groups: [...groups.values()], uncovered };
}
