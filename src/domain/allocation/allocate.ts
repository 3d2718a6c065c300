import type { AllocationClaim, AllocationProblem } from './allocation-problem.js';
import { compareIds, idOrder } from './id-order.js';
import { RadixSorter } from './radix-sort.js';
import { float64s, int32s } from './working-arrays.js';
import { statementOf } from './statements.js';
import { boundByClaim, boundBySupply, ProgressiveFilling, type FillNetwork } from './progressive-filling.js';

/**
 * The allocation engine: pure, deterministic, no database. Period by period, in order:
 *
 * - available = the period's supply plus what earlier periods left (unless `carryOver` is false);
 * - tiers are strict: tier 1 is served before tier 2 sees anything;
 * - within a tier, floors first (rationed pro rata when they cannot all be met), then the rest by weighted
 *   progressive filling: rule `max-min` uses each claim's weight, `pro-rata` its weight × its quantity (so
 *   λ is the allocation coefficient of a quota round);
 * - awards are whole lots: caps, remaining quantities and supply count in whole lots, rounded down; the
 *   fractional fill is floored to lots and the lots left over go one by one to the largest remainders that
 *   still fit every constraint, ties broken by claim id;
 * - what a claim does not receive stays as backlog for later periods; group caps are consumed across periods.
 *
 * Claims and groups are put in id order first, so the result never depends on the order of the input.
 */

/** What stopped a claim: its own quantity, the supply, or a group's cap (`group:<id>`). */
export type Binding = 'claim' | 'supply' | `group:${string}`;

export interface Award {
  claim: string;
  period: string;
  quantity: number;
}

export interface ClaimOutcome {
  id: string;
  requested: number;
  awarded: number;
  binding: Binding;
  /** λ where the claim stopped: units per unit of weight (max-min), or the allocation coefficient (pro-rata). */
  level: number;
  /** The period in which it stopped, or null when it was never short. */
  boundIn: string | null;
  statement: string;
}

export interface PeriodOutcome {
  id: string;
  supply: number;
  available: number;
  allocated: number;
  carriedOver: number;
}

export interface AllocationResult {
  awards: Award[];
  /** In input order. */
  claims: ClaimOutcome[];
  periods: PeriodOutcome[];
}

/** Fractions this close to a whole lot are the whole lot: what floating-point sums lose, not what claims earned. */
const epsilon = 1e-9;

export function allocate(problem: AllocationProblem): AllocationResult {
  const lot = problem.lot;
  // Canonical order: by id. inputIndex[i] is where claim i stood in the input.
  const inputClaims = problem.claims;
  const inputIndex = idOrder(inputClaims) ?? Int32Array.from(inputClaims.keys());
  // Read through inputIndex rather than copied into a second million-entry array.
  const claims: ClaimsInIdOrder = { at: (i) => inputClaims[inputIndex[i] ?? 0] };
  const groups = [...problem.groups].sort((a, b) => compareIds(a.id, b.id));
  const n = inputClaims.length;
  const groupIndex = new Map(groups.map((g, index) => [g.id, index]));
  const periodIndex = new Map(problem.periods.map((p, index) => [p.id, index]));

  // Claims → groups and groups → claims, as flat index arrays, and the claims' terms as flat arrays: one
  // pass over the claim objects (and one to size the first array), no closure per claim.
  let memberships = 0;
  for (let k = 0; k < n; k++) memberships += inputClaims[k]?.groups.length ?? 0;
  const groupStart = int32s(n + 1);
  const groupsOf = int32s(memberships);
  const memberCount = new Int32Array(groups.length + 1);
  // The state carried across periods, in units.
  const remaining = float64s(n);
  const awarded = float64s(n);
  const floorOf = float64s(n);
  const fromPeriod = int32s(n);
  const tierOf = int32s(n);
  const ruleWeight = float64s(n);
  const tierSet = new Set<number>();
  let lastTier = NaN;
  let anyFloor = false;
  for (let i = 0; i < n; i++) {
    const c = inputClaims[inputIndex[i] ?? 0] as AllocationClaim;
    const start = groupStart[i] ?? 0;
    const claimGroups = c.groups;
    for (let k = 0; k < claimGroups.length; k++) {
      const index = groupIndex.get(claimGroups[k] ?? '') ?? 0;
      groupsOf[start + k] = index;
      memberCount[index + 1] = (memberCount[index + 1] ?? 0) + 1;
    }
    groupStart[i + 1] = start + claimGroups.length;
    remaining[i] = c.quantity;
    floorOf[i] = c.floor;
    anyFloor ||= c.floor > 0;
    fromPeriod[i] = c.from === undefined ? 0 : (periodIndex.get(c.from) ?? 0);
    tierOf[i] = c.tier;
    if (c.tier !== lastTier) tierSet.add((lastTier = c.tier));
    ruleWeight[i] = problem.rule === 'pro-rata' ? (c.weight * c.quantity) / lot : c.weight;
  }
  const memberStart = new Int32Array(groups.length + 1);
  for (let g = 0; g < groups.length; g++)
    memberStart[g + 1] = (memberStart[g] ?? 0) + (memberCount[g + 1] ?? 0);
  const memberOf = int32s(memberStart[groups.length] ?? 0);
  const filled = new Int32Array(groups.length);
  for (let i = 0; i < n; i++) {
    for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
      const g = groupsOf[k] ?? 0;
      memberOf[(memberStart[g] ?? 0) + (filled[g] ?? 0)] = i;
      filled[g] = (filled[g] ?? 0) + 1;
    }
  }
  const network: FillNetwork = {
    claimCount: n,
    groupCount: groups.length,
    groupStart,
    groupsOf,
    memberStart,
    memberOf,
  };
  const sorter = new RadixSorter(n);
  const filling = new ProgressiveFilling(network, sorter);

  const capLeft = Float64Array.from(groups, (g) => g.cap);
  const lastBinding = int32s(n).fill(boundByClaim);
  const lastLevel = float64s(n);
  const boundIn = int32s(n).fill(-1);

  // Claims by tier, ascending index within each: tier t's claims are byTier[tierStart[t]..tierStart[t+1]).
  const tiers = [...tierSet].sort((a, b) => a - b);
  const tierRank = new Map(tiers.map((t, r) => [t, r]));
  const rankOf = int32s(n);
  const tierStart = new Int32Array(tiers.length + 1);
  for (let i = 0; i < n; i++) {
    const r = tierRank.get(tierOf[i] ?? 0) ?? 0;
    rankOf[i] = r;
    tierStart[r + 1] = (tierStart[r + 1] ?? 0) + 1;
  }
  for (let r = 0; r < tiers.length; r++) tierStart[r + 1] = (tierStart[r + 1] ?? 0) + (tierStart[r] ?? 0);
  const byTier = int32s(n);
  const placed = tierStart.slice(0, tiers.length);
  for (let i = 0; i < n; i++) {
    const r = rankOf[i] ?? 0;
    byTier[placed[r] ?? 0] = i;
    placed[r] = (placed[r] ?? 0) + 1;
  }
  // The members of one fill, written into reused buffers.
  const floorMembers = int32s(n);
  const restMembers = int32s(n);

  // Per-fill inputs, by claim or group index, reused.
  const weight = float64s(n);
  const cap = float64s(n);
  const room = new Float64Array(groups.length);
  const lots = float64s(n);
  const remainder = float64s(n);
  const candidates = int32s(n);
  // λ in units the statement can name: units per unit of weight, or the coefficient itself.
  const levelScale = problem.rule === 'pro-rata' ? 1 : lot;

  const awards = new AwardLog(n);
  const periodAward = float64s(n);
  const periods: PeriodOutcome[] = [];
  let carried = 0;

  problem.periods.forEach((period, p) => {
    const available = period.supply + carried;
    let left = available;

    /** One fill over `members`, rounded to lots and applied to the state. */
    const fillAndApply = (members: Int32Array, floors: boolean): void => {
      if (members.length === 0) return;
      for (let g = 0; g < groups.length; g++) room[g] = Math.floor((capLeft[g] ?? 0) / lot);
      const supplyLots = Math.floor(left / lot);
      const result = filling.run({ members, weight, cap, room, supply: supplyLots });
      roundToLots(
        members,
        result.amount,
        cap,
        room,
        supplyLots,
        network,
        lots,
        remainder,
        candidates,
        sorter,
      );
      for (let m = 0; m < members.length; m++) {
        const i = members[m] ?? 0;
        const units = (lots[i] ?? 0) * lot;
        // What stopped the claim: kept from the period where it last received something, unless a later
        // period stopped it by something else (a group full since then has nothing new to say).
        const why = result.binding[i] ?? boundByClaim;
        if (!floors && (units > 0 || why !== lastBinding[i] || (boundIn[i] ?? -1) < 0)) {
          lastBinding[i] = why;
          lastLevel[i] = (result.level[i] ?? 0) * levelScale;
          boundIn[i] = p;
        }
        if (units === 0) continue;
        remaining[i] = (remaining[i] ?? 0) - units;
        awarded[i] = (awarded[i] ?? 0) + units;
        left -= units;
        periodAward[i] = (periodAward[i] ?? 0) + units;
        for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
          const g = groupsOf[k] ?? 0;
          capLeft[g] = (capLeft[g] ?? 0) - units;
        }
      }
    };

    for (let r = 0; r < tiers.length; r++) {
      // Floors: each claim's unmet floor is both its weight and its cap, so short supply rations them pro rata.
      let floors = 0;
      for (let k = tierStart[r] ?? 0; anyFloor && k < (tierStart[r + 1] ?? 0); k++) {
        const i = byTier[k] ?? 0;
        if ((fromPeriod[i] ?? 0) > p || (remaining[i] ?? 0) < lot) continue;
        const floorLots = Math.floor(Math.max(0, (floorOf[i] ?? 0) - (awarded[i] ?? 0)) / lot);
        if (floorLots <= 0) continue;
        weight[i] = floorLots;
        cap[i] = floorLots;
        floorMembers[floors++] = i;
      }
      fillAndApply(floorMembers.subarray(0, floors), true);
      let rest = 0;
      for (let k = tierStart[r] ?? 0; k < (tierStart[r + 1] ?? 0); k++) {
        const i = byTier[k] ?? 0;
        if ((fromPeriod[i] ?? 0) > p) continue;
        const capLots = Math.floor((remaining[i] ?? 0) / lot);
        if (capLots <= 0 || (ruleWeight[i] ?? 0) <= 0) continue;
        weight[i] = ruleWeight[i] ?? 0;
        cap[i] = capLots;
        restMembers[rest++] = i;
      }
      fillAndApply(restMembers.subarray(0, rest), false);
    }

    const allocated = available - left;
    carried = problem.carryOver ? left : 0;
    periods.push({ id: period.id, supply: period.supply, available, allocated, carriedOver: carried });
    // In claim id order: a scan of the claims costs less than sorting the ones awarded something.
    for (let i = 0; i < n; i++) {
      const units = periodAward[i] ?? 0;
      if (units === 0) continue;
      awards.add(i, p, units);
      periodAward[i] = 0;
    }
  });
  // What stopped each claim, as the statement will name it: its own quantity when it is not short.
  const stoppedBy = int32s(n);
  for (let i = 0; i < n; i++) {
    stoppedBy[i] = (remaining[i] ?? 0) >= lot ? (lastBinding[i] ?? boundByClaim) : boundByClaim;
  }
  const context: OutcomeContext = {
    claims,
    groups,
    periods: problem.periods,
    awards,
    awarded,
    stoppedBy,
    lastLevel,
    boundIn,
    rule: problem.rule,
    lot,
  };
  return new Allocation(context, inputIndex, periods);
}

/**
 * Every award in order (by period, then claim id), kept as flat arrays while the engine runs, with each
 * claim's awards chained so its statement can list them.
 */
class AwardLog {
  count = 0;
  private claim = int32s(1024);
  private period = int32s(1024);
  private quantity = float64s(1024);
  private next = int32s(1024);
  private readonly first: Int32Array;
  private readonly last: Int32Array;

  constructor(claims: number) {
    this.first = int32s(claims).fill(-1);
    this.last = int32s(claims).fill(-1);
  }

  add(claim: number, period: number, quantity: number): void {
    if (this.count === this.claim.length) this.grow();
    const a = this.count++;
    this.claim[a] = claim;
    this.period[a] = period;
    this.quantity[a] = quantity;
    this.next[a] = -1;
    if ((this.first[claim] ?? -1) < 0) this.first[claim] = a;
    else this.next[this.last[claim] ?? 0] = a;
    this.last[claim] = a;
  }

  award(a: number, claims: OutcomeContext['claims'], periods: OutcomeContext['periods']): Award {
    return {
      claim: claims.at(this.claim[a] ?? 0)?.id ?? '',
      period: periods[this.period[a] ?? 0]?.id ?? '',
      quantity: this.quantity[a] ?? 0,
    };
  }

  /** The awards of one claim, in period order. */
  of(claim: number, claims: OutcomeContext['claims'], periods: OutcomeContext['periods']): Award[] {
    const own: Award[] = [];
    for (let a = this.first[claim] ?? -1; a >= 0; a = this.next[a] ?? -1)
      own.push(this.award(a, claims, periods));
    return own;
  }

  private grow(): void {
    const size = this.claim.length * 2;
    const widen = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.claim = widen(this.claim, int32s(size));
    this.period = widen(this.period, int32s(size));
    this.quantity = widen(this.quantity, float64s(size));
    this.next = widen(this.next, int32s(size));
  }
}

/**
 * The engine's answer. The allocation is complete when `allocate` returns; awards and claim outcomes are
 * materialised from its arrays when first read, so the objects a caller never reads are never made.
 */
class Allocation implements AllocationResult {
  private awardList: Award[] | undefined;
  private claimList: ClaimOutcome[] | undefined;

  constructor(
    private readonly context: OutcomeContext,
    private readonly inputIndex: Int32Array,
    readonly periods: PeriodOutcome[],
  ) {}

  get awards(): Award[] {
    if (!this.awardList) {
      const { awards, claims, periods } = this.context;
      this.awardList = Array.from({ length: awards.count }, (_, a) => awards.award(a, claims, periods));
    }
    return this.awardList;
  }

  /** In input order. */
  get claims(): ClaimOutcome[] {
    if (!this.claimList) {
      const list = new Array<ClaimOutcome>(this.inputIndex.length);
      for (let i = 0; i < this.inputIndex.length; i++) {
        list[this.inputIndex[i] ?? 0] = new AllocatedClaim(this.context, i);
      }
      this.claimList = list;
    }
    return this.claimList;
  }
}

/** The claims by index, i.e. in id order. */
interface ClaimsInIdOrder {
  at(index: number): AllocationClaim | undefined;
}

/** Everything a claim's outcome is read from: the allocation's arrays, by claim index. */
interface OutcomeContext {
  claims: ClaimsInIdOrder;
  groups: readonly AllocationProblem['groups'][number][];
  periods: readonly AllocationProblem['periods'][number][];
  awards: AwardLog;
  awarded: Float64Array;
  stoppedBy: Int32Array;
  lastLevel: Float64Array;
  boundIn: Int32Array;
  rule: AllocationProblem['rule'];
  lot: number;
}

/**
 * A claim's outcome, read from the allocation's arrays when asked: a million claims cost a million small
 * objects, and each statement is written only where someone reads it (a CLI run, a recipient's page).
 */
class AllocatedClaim implements ClaimOutcome {
  constructor(
    private readonly context: OutcomeContext,
    private readonly index: number,
  ) {}

  get id(): string {
    return this.context.claims.at(this.index)?.id ?? '';
  }
  get requested(): number {
    return this.context.claims.at(this.index)?.quantity ?? 0;
  }
  get awarded(): number {
    return this.context.awarded[this.index] ?? 0;
  }
  get binding(): Binding {
    const b = this.context.stoppedBy[this.index] ?? boundByClaim;
    return b === boundByClaim
      ? 'claim'
      : b === boundBySupply
        ? 'supply'
        : `group:${this.context.groups[b]?.id ?? ''}`;
  }
  /** Whether the claim was stopped short of its quantity (by the supply or a group). */
  private get short(): boolean {
    return (this.context.stoppedBy[this.index] ?? boundByClaim) !== boundByClaim;
  }
  get level(): number {
    return this.short ? (this.context.lastLevel[this.index] ?? 0) : 0;
  }
  get boundIn(): string | null {
    const p = this.context.boundIn[this.index] ?? -1;
    return this.short && p >= 0 ? (this.context.periods[p]?.id ?? null) : null;
  }
  get statement(): string {
    const { claims, groups, periods, awards, rule, lot, stoppedBy } = this.context;
    const own = awards.of(this.index, claims, periods);
    const b = stoppedBy[this.index] ?? boundByClaim;
    return statementOf(this, {
      claim: claims.at(this.index) as AllocationClaim,
      rule,
      lot,
      awards: own,
      groupCap: b >= 0 ? (groups[b]?.cap ?? 0) : null,
    });
  }
}

/**
 * Floors each member's fractional fill to whole lots, then hands the lots left over one at a time to the
 * largest remainders (ties to the lower index, i.e. the lower claim id) that still fit the claim's cap,
 * every group's room and the supply; repeats while a lot still fits somewhere, so no supply is left while
 * a claim could take a lot.
 */
function roundToLots(
  members: Int32Array,
  amount: Float64Array,
  cap: Float64Array,
  room: Float64Array,
  supply: number,
  network: FillNetwork,
  lots: Float64Array,
  remainder: Float64Array,
  candidates: Int32Array,
  sorter: RadixSorter,
): void {
  const { groupStart, groupsOf } = network;
  const roomLeft = Float64Array.from(room);
  let supplyLeft = supply;
  let candidateCount = 0;
  for (let m = 0; m < members.length; m++) {
    const i = members[m] ?? 0;
    const x = amount[i] ?? 0;
    const whole = Math.min(cap[i] ?? 0, Math.max(0, Math.floor(x + epsilon)));
    lots[i] = whole;
    supplyLeft -= whole;
    for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
      const g = groupsOf[k] ?? 0;
      roomLeft[g] = (roomLeft[g] ?? 0) - whole;
    }
    if (whole < (cap[i] ?? 0)) {
      remainder[i] = Math.max(0, x - whole);
      candidates[candidateCount++] = i;
    }
  }
  if (supplyLeft < 1) return;
  const order = sorter.sort(candidates.subarray(0, candidateCount), remainder, { descending: true });
  // Caps only tighten as lots are handed out, so a claim that did not fit once never fits later: each
  // further pass looks only at the claims the pass before could serve, kept at the front of `order`.
  let round = order.length;
  while (round > 0 && supplyLeft >= 1) {
    let served = 0;
    for (let m = 0; m < round && supplyLeft >= 1; m++) {
      const i = order[m] ?? 0;
      if ((lots[i] ?? 0) + 1 > (cap[i] ?? 0)) continue;
      let fits = true;
      for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0) && fits; k++) {
        fits = (roomLeft[groupsOf[k] ?? 0] ?? 0) >= 1;
      }
      if (!fits) continue;
      lots[i] = (lots[i] ?? 0) + 1;
      supplyLeft -= 1;
      for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
        const g = groupsOf[k] ?? 0;
        roomLeft[g] = (roomLeft[g] ?? 0) - 1;
      }
      order[served++] = i;
    }
    round = served;
  }
}
