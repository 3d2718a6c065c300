import type { Round, RoundListItem, RoundSimulation, SupplyPlan } from '../api/types';
import { formatNumber } from '../ui/format';
import { awardsByBuyer } from './round-model';

export type FlowNodeKind = 'supply' | 'other-round' | 'kept' | 'this-round' | 'unallocated' | 'buyer';

export interface FlowNode {
  id: string;
  label: string;
  kind: FlowNodeKind;
  /** 0 supply, 1 rounds, 2 buyers: a column each, whatever links a node has. */
  column: 0 | 1 | 2;
  /** The order within the column, top first. */
  order: number;
  /** Where the node leads, for other rounds. */
  roundId?: string;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
}

export interface Flow {
  nodes: FlowNode[];
  links: FlowLink[];
  /** The chart in words, for those who cannot see it. */
  summary: string;
}

/**
 * Units other committed rounds hold in the months up to this round's last: their awards, which the plans
 * up to then must supply before this round is offered anything.
 */
function heldBy(other: RoundListItem, untilPeriod: string): number {
  if (other.committedAt === null || !other.summary) return 0;
  return other.summary.periods.filter((p) => p.id <= untilPeriod).reduce((sum, p) => sum + p.allocated, 0);
}

/**
 * Where the stock and output planned up to the round's last month goes: to other committed rounds of the
 * product, to this round (and on to its buyers), left unallocated by it, or kept back because later
 * committed months need it. `plans` are the product's supply plans, null when the user may not read them:
 * the supply is then what was offered plus what others hold.
 */
export function roundFlow(
  round: Round,
  simulation: RoundSimulation,
  others: readonly RoundListItem[],
  plans: readonly SupplyPlan[] | null,
  partyName: (id: string) => string,
): Flow {
  const until = round.terms.untilPeriod;
  const offered =
    simulation.supply.length > 0
      ? simulation.supply.reduce((sum, s) => sum + s.offered, 0)
      : simulation.periods.reduce((sum, p) => sum + p.supply, 0);
  const allocated = simulation.periods.reduce((sum, p) => sum + p.allocated, 0);
  const holders = others
    .filter((other) => other.id !== round.id && other.productId === round.productId)
    .map((other) => ({ other, held: heldBy(other, until) }))
    .filter((h) => h.held > 0);
  const held = holders.reduce((sum, h) => sum + h.held, 0);
  const planned = plans
    ? plans
        .filter((p) => p.productId === round.productId && p.period <= until)
        .reduce((sum, p) => sum + p.units, 0)
    : offered + held;
  // Never below 0: plans changed since the simulation may leave less than it was offered.
  const kept = Math.max(0, planned - held - offered);
  const buyers = awardsByBuyer(simulation.claims).filter((b) => b.awarded > 0);
  // A buyer sees its own claims only; the rest of the round's awards go to others.
  const otherBuyers = allocated - buyers.reduce((sum, b) => sum + b.awarded, 0);

  const supplyLabel = `Stock and output to ${until}`;
  const nodes: FlowNode[] = [{ id: 'supply', label: supplyLabel, kind: 'supply', column: 0, order: 0 }];
  const links: FlowLink[] = [];
  const add = (node: Omit<FlowNode, 'order'>, link: FlowLink) => {
    if (link.value <= 0) return;
    nodes.push({ ...node, order: nodes.length });
    links.push(link);
  };
  holders.forEach(({ other, held: units }) =>
    add(
      { id: `round:${other.id}`, label: other.name, kind: 'other-round', column: 1, roundId: other.id },
      { source: 'supply', target: `round:${other.id}`, value: units },
    ),
  );
  add(
    { id: 'kept', label: 'Kept for later committed months', kind: 'kept', column: 1 },
    { source: 'supply', target: 'kept', value: kept },
  );
  add(
    { id: 'this-round', label: round.name, kind: 'this-round', column: 1 },
    { source: 'supply', target: 'this-round', value: allocated },
  );
  add(
    { id: 'unallocated', label: 'Not allocated', kind: 'unallocated', column: 1 },
    { source: 'supply', target: 'unallocated', value: offered - allocated },
  );
  for (const buyer of buyers) {
    add(
      { id: `buyer:${buyer.buyerPartyId}`, label: partyName(buyer.buyerPartyId), kind: 'buyer', column: 2 },
      { source: 'this-round', target: `buyer:${buyer.buyerPartyId}`, value: buyer.awarded },
    );
  }
  add(
    { id: 'buyer:others', label: 'Other buyers', kind: 'buyer', column: 2 },
    { source: 'this-round', target: 'buyer:others', value: otherBuyers },
  );

  const parts = [
    ...holders.map((h) => `${h.other.name} holds ${formatNumber(h.held)}`),
    ...(kept > 0 ? [`${formatNumber(kept)} are kept for later committed months`] : []),
    `this round awards ${formatNumber(allocated)} to ${buyers.length} buyer${buyers.length === 1 ? '' : 's'}${
      buyers.length > 0
        ? ` (${buyers.map((b) => `${partyName(b.buyerPartyId)} ${formatNumber(b.awarded)}`).join(', ')})`
        : ''
    }`,
    `${formatNumber(Math.max(0, offered - allocated))} offered to it are not allocated`,
  ];
  return {
    nodes,
    links,
    summary: `Of ${formatNumber(planned)} units of stock and output planned to ${until}: ${parts.join('; ')}.`,
  };
}
