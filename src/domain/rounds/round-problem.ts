import type { AllocationProblem } from '../allocation/allocation-problem.js';
import type { Coverage, Gate } from '../coverage/coverage.js';
import type { Order } from '../orders/order.js';
import { monthsBetween, type NewRound } from './round.js';

/**
 * Turns a round's orders, supply and coverage into the engine's problem. Pure.
 *
 * - Periods: the round's months, each with the inventory and production planned for it.
 * - Claims: one per open order in the claim window (and, when the round carries unmet claims, per order an
 *   earlier committed round left unmet), for what committed rounds have not yet awarded it, eligible from
 *   its month (or the round's first), in the tier the criteria give its kind, weighted by its buyer's
 *   published weight.
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
  /** What the order still needs: its quantity less what committed rounds have awarded it. */
  quantity: number;
  /** The order's full quantity. */
  ordered: number;
  /** The latest committed round that left the order unmet, if one did: its claim has carried. */
  carriedFrom: string | null;
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

/** Units the order still needs after what committed rounds have awarded it. */
export function unmetQuantity(order: Pick<Order, 'quantity' | 'awarded'>): number {
  return Math.max(0, order.quantity - order.awarded);
}

function inClaimWindow(round: NewRound, order: Order): boolean {
  return (
    (round.claimWindow.from === undefined || order.createdAt >= round.claimWindow.from) &&
    (round.claimWindow.until === undefined || order.createdAt < round.claimWindow.until)
  );
}

/**
 * Which orders take part: open with something unmet, for the round's product, asking for a month up to the
 * round's last, and placed in the claim window or carried from an earlier committed round.
 */
export function ordersInRound(round: NewRound, orders: readonly Order[]): Order[] {
  return orders.filter(
    (o) =>
      o.status === 'open' &&
      unmetQuantity(o) > 0 &&
      o.productId === round.productId &&
      o.period <= round.untilPeriod &&
      (inClaimWindow(round, o) || (round.carryUnmet && o.lastRoundId !== null)),
  );
}

/**
 * The supply a round may share, month by month: what is planned, less what committed rounds have awarded,
 * such that every committed award stays servable. Units are fungible and stock keeps, so a month's units
 * not taken by any committed round are still there in later months: a round's first month is offered
 * everything planned up to it that no committed round holds.
 *
 * Through each month m the round may take at most min over every later month m' of (planned through m' −
 * committed through m'): taking more by m would leave some committed award after m without units. Each
 * month's supply is that bound's growth from the month before. The horizon is every month planned or
 * committed, so the round never takes units a committed round needs later.
 */
export function supplyLeftForRound(
  months: readonly string[],
  planned: ReadonlyMap<string, number>,
  committed: ReadonlyMap<string, number>,
): { period: string; planned: number; committedElsewhere: number; offered: number }[] {
  const horizon = [...new Set([...planned.keys(), ...committed.keys(), ...months])].sort();
  // free[i] = planned through horizon[i] − committed through horizon[i]
  const free: number[] = [];
  let running = 0;
  for (const month of horizon) {
    running += (planned.get(month) ?? 0) - (committed.get(month) ?? 0);
    free.push(running);
  }
  // The bound through each month: the least free figure from that month on, never below 0.
  const bound = new Map<string, number>();
  let least = Number.POSITIVE_INFINITY;
  for (let i = horizon.length - 1; i >= 0; i--) {
    least = Math.min(least, free[i] ?? 0);
    bound.set(horizon[i] ?? '', Math.max(0, least));
  }
  let offeredSoFar = 0;
  return months.map((period) => {
    const through = bound.get(period) ?? 0;
    const offered = Math.max(0, through - offeredSoFar);
    offeredSoFar += offered;
    return {
      period,
      planned: planned.get(period) ?? 0,
      committedElsewhere: committed.get(period) ?? 0,
      offered,
    };
  });
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
        quantity: unmetQuantity(order),
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
      quantity: unmetQuantity(order),
      ordered: order.quantity,
      carriedFrom: order.lastRoundId,
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
