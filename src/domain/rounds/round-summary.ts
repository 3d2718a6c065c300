import type { PeriodOutcome } from '../allocation/allocate.js';
import type { NewRound } from './round.js';

/**
 * A simulation in brief, for putting two side by side: a what-if against the last simulation, or the
 * last simulation against the one before. Pure.
 */
export interface RoundSummary {
  simulatedAt: string;
  /** The terms the simulation ran under. */
  terms: Pick<NewRound, 'rule' | 'lot' | 'carryOver' | 'carryUnmet' | 'criteria'>;
  periods: PeriodOutcome[];
  buyers: BuyerSummary[];
  requested: number;
  awarded: number;
  claims: number;
  uncovered: number;
}

export interface BuyerSummary {
  buyerPartyId: string;
  claims: number;
  requested: number;
  awarded: number;
}

interface SummarisedSimulation {
  simulatedAt: string;
  periods: PeriodOutcome[];
  claims: readonly { buyerPartyId: string; quantity: number; awarded: number }[];
  uncovered: readonly unknown[];
}

export function summarise(simulation: SummarisedSimulation, terms: NewRound): RoundSummary {
  const buyers = new Map<string, BuyerSummary>();
  let requested = 0;
  let awarded = 0;
  for (const claim of simulation.claims) {
    const buyer = buyers.get(claim.buyerPartyId) ?? {
      buyerPartyId: claim.buyerPartyId,
      claims: 0,
      requested: 0,
      awarded: 0,
    };
    buyer.claims += 1;
    buyer.requested += claim.quantity;
    buyer.awarded += claim.awarded;
    buyers.set(claim.buyerPartyId, buyer);
    requested += claim.quantity;
    awarded += claim.awarded;
  }
  return {
    simulatedAt: simulation.simulatedAt,
    terms: {
      rule: terms.rule,
      lot: terms.lot,
      carryOver: terms.carryOver,
      carryUnmet: terms.carryUnmet,
      criteria: terms.criteria,
    },
    periods: simulation.periods,
    buyers: [...buyers.values()].sort((a, b) => a.buyerPartyId.localeCompare(b.buyerPartyId)),
    requested,
    awarded,
    claims: simulation.claims.length,
    uncovered: simulation.uncovered.length,
  };
}

export interface ClaimChange {
  orderId: string;
  buyerPartyId: string;
  quantity: number;
  /** Awarded by the simulation compared against (0 when it did not hold the claim). */
  before: number;
  after: number;
}

/** At most this many changed claims are listed; the count says how many changed in all. */
export const listedClaimChanges = 200;

/**
 * The claims whose award differs, largest change first (then by order id), and how many there are. A claim
 * in only one of the two counts as awarded nothing in the other.
 */
export function claimChanges(
  before: readonly ComparedClaim[],
  after: readonly ComparedClaim[],
): { changed: number; largest: ClaimChange[] } {
  const now = new Map(after.map((c) => [c.orderId, c]));
  const was = new Map(before.map((c) => [c.orderId, c]));
  const changes: ClaimChange[] = [];
  const compare = (claim: ComparedClaim, previous: number, next: number) => {
    if (previous !== next) {
      changes.push({
        orderId: claim.orderId,
        buyerPartyId: claim.buyerPartyId,
        quantity: claim.quantity,
        before: previous,
        after: next,
      });
    }
  };
  for (const claim of after) compare(claim, was.get(claim.orderId)?.awarded ?? 0, claim.awarded);
  for (const claim of before) if (!now.has(claim.orderId)) compare(claim, claim.awarded, 0);
  changes.sort(
    (a, b) =>
      Math.abs(b.after - b.before) - Math.abs(a.after - a.before) ||
      (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0),
  );
  return { changed: changes.length, largest: changes.slice(0, listedClaimChanges) };
}

interface ComparedClaim {
  orderId: string;
  buyerPartyId: string;
  quantity: number;
  awarded: number;
}
