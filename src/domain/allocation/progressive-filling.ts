/**
 * Weighted progressive filling (the bottleneck algorithm of max-min fair flow control), on index arrays so
 * a million claims in ten thousand groups fill in well under a second.
 *
 * Every unfrozen claim holds weight × λ. λ rises until the first constraint binds: a claim's own cap (it
 * freezes at its cap), a group's remaining room (every unfrozen member freezes where it stands), or the
 * supply (everyone left freezes). The bound claims freeze and λ rises again for the rest. Claims' own
 * bounds come from one sort; groups sit in a heap whose keys are recomputed as their members freeze.
 * Amounts are real numbers here; rounding to whole lots is the caller's.
 */

import { RadixSorter } from './radix-sort.js';

/** `binding` of a claim stopped by its own cap, or by the supply; a group's index otherwise. */
export const boundByClaim = -1;
export const boundBySupply = -2;

/** Claims and groups, fixed for a whole allocation: claim i belongs to groupsOf[groupStart[i]..groupStart[i+1]). */
export interface FillNetwork {
  claimCount: number;
  groupCount: number;
  groupStart: Int32Array;
  groupsOf: Int32Array;
  /** Members of group g: memberOf[memberStart[g]..memberStart[g+1]). */
  memberStart: Int32Array;
  memberOf: Int32Array;
}

/** One filling: who takes part, with what weight and cap, against what group room and supply. */
export interface FillRound {
  /** Claim indices taking part, ascending. */
  members: Int32Array;
  /** By claim index; > 0 for members. */
  weight: Float64Array;
  /** By claim index; > 0 for members. */
  cap: Float64Array;
  /** By group index: what the group can still take. */
  room: Float64Array;
  supply: number;
}

/** Results by claim index, valid for the members of the last fill. */
export interface FillResult {
  amount: Float64Array;
  level: Float64Array;
  binding: Int32Array;
}

/** A binary min-heap of (key, group, version), stored flat so it allocates only when it grows. */
class GroupHeap {
  private keys = new Float64Array(1024);
  private groups = new Int32Array(1024);
  private versions = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, group: number, version: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(key, group, this.keys[parent] ?? 0, this.groups[parent] ?? 0)) break;
      this.move(parent, i);
      i = parent;
    }
    this.keys[i] = key;
    this.groups[i] = group;
    this.versions[i] = version;
  }

  topKey(): number {
    return this.keys[0] ?? Infinity;
  }
  topGroup(): number {
    return this.groups[0] ?? -1;
  }
  topVersion(): number {
    return this.versions[0] ?? -1;
  }

  pop(): void {
    const last = --this.size;
    if (last <= 0) return;
    const key = this.keys[last] ?? 0;
    const group = this.groups[last] ?? 0;
    const version = this.versions[last] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (
        right < last &&
        this.less(
          this.keys[right] ?? 0,
          this.groups[right] ?? 0,
          this.keys[child] ?? 0,
          this.groups[child] ?? 0,
        )
      ) {
        child = right;
      }
      if (!this.less(this.keys[child] ?? 0, this.groups[child] ?? 0, key, group)) break;
      this.move(child, i);
      i = child;
    }
    this.keys[i] = key;
    this.groups[i] = group;
    this.versions[i] = version;
  }

  /** Ties go to the lower group index, so the result never depends on the order things were pushed. */
  private less(k1: number, g1: number, k2: number, g2: number): boolean {
    return k1 < k2 || (k1 === k2 && g1 < g2);
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from] ?? 0;
    this.groups[to] = this.groups[from] ?? 0;
    this.versions[to] = this.versions[from] ?? 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const groups = new Int32Array(this.groups.length * 2);
    groups.set(this.groups);
    const versions = new Int32Array(this.versions.length * 2);
    versions.set(this.versions);
    this.keys = keys;
    this.groups = groups;
    this.versions = versions;
  }
}

/** Reusable state for the fills of one allocation: allocated once, reset only where a fill touched it. */
export class ProgressiveFilling {
  readonly result: FillResult;
  private readonly frozenAt: Int32Array;
  private readonly memberAt: Int32Array;
  private readonly activeWeight: Float64Array;
  private readonly activeCount: Int32Array;
  private readonly frozenSum: Float64Array;
  private readonly version: Int32Array;
  private readonly ownBound: Float64Array;
  private readonly dirtyAt: Int32Array;
  private readonly heap = new GroupHeap();
  private fill = 0;

  constructor(
    private readonly network: FillNetwork,
    private readonly sorter: RadixSorter = new RadixSorter(network.claimCount),
  ) {
    this.result = {
      amount: new Float64Array(network.claimCount),
      level: new Float64Array(network.claimCount),
      binding: new Int32Array(network.claimCount),
    };
    this.frozenAt = new Int32Array(network.claimCount);
    this.memberAt = new Int32Array(network.claimCount);
    this.activeWeight = new Float64Array(network.groupCount);
    this.activeCount = new Int32Array(network.groupCount);
    this.frozenSum = new Float64Array(network.groupCount);
    this.version = new Int32Array(network.groupCount);
    this.ownBound = new Float64Array(network.claimCount);
    this.dirtyAt = new Int32Array(network.groupCount);
  }

  /** Fills `round`; the amounts, levels and bindings of its members are in `this.result`. */
  run(round: FillRound): FillResult {
    const { groupStart, groupsOf, memberStart, memberOf } = this.network;
    const { members, weight, cap, room } = round;
    const { amount, level, binding } = this.result;
    const stamp = ++this.fill;
    const touched: number[] = [];
    let activeTotalWeight = 0;
    let frozenTotal = 0;
    let active = members.length;

    for (let m = 0; m < members.length; m++) {
      const i = members[m] ?? 0;
      this.memberAt[i] = stamp;
      activeTotalWeight += weight[i] ?? 0;
      for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
        const g = groupsOf[k] ?? 0;
        if (this.activeCount[g] === 0) {
          touched.push(g);
          this.activeWeight[g] = 0;
          this.frozenSum[g] = 0;
        }
        this.activeWeight[g] = (this.activeWeight[g] ?? 0) + (weight[i] ?? 0);
        this.activeCount[g] = (this.activeCount[g] ?? 0) + 1;
      }
    }
    this.heap.clear();
    for (const g of touched) this.pushGroup(g, room);

    // Claims in the order their own caps bind: cap ÷ weight, then index.
    const ownBound = this.ownBound;
    for (let m = 0; m < members.length; m++) {
      const i = members[m] ?? 0;
      ownBound[i] = (cap[i] ?? 0) / (weight[i] ?? 1);
    }
    const byOwnBound = this.sorter.sort(members, ownBound);
    let nextOwn = 0;

    let lambda = 0;
    // Groups whose keys changed while several members froze at once: re-keyed once, after the batch.
    const dirty: number[] = [];
    const freeze = (i: number, at: number, why: number, rekey: 'now' | 'later' | 'never'): void => {
      const w = weight[i] ?? 0;
      const x = why === boundByClaim ? (cap[i] ?? 0) : w * at;
      this.frozenAt[i] = stamp;
      amount[i] = x;
      level[i] = at;
      binding[i] = why;
      active -= 1;
      activeTotalWeight -= w;
      frozenTotal += x;
      for (let k = groupStart[i] ?? 0; k < (groupStart[i + 1] ?? 0); k++) {
        const g = groupsOf[k] ?? 0;
        this.activeWeight[g] = (this.activeWeight[g] ?? 0) - w;
        this.activeCount[g] = (this.activeCount[g] ?? 0) - 1;
        this.frozenSum[g] = (this.frozenSum[g] ?? 0) + x;
        if (rekey === 'now') this.pushGroup(g, room);
        else if (rekey === 'later' && this.dirtyAt[g] !== stamp) {
          this.dirtyAt[g] = stamp;
          dirty.push(g);
        }
      }
    };

    while (active > 0) {
      while (nextOwn < byOwnBound.length && this.frozenAt[byOwnBound[nextOwn] ?? 0] === stamp) nextOwn++;
      const ownClaim = byOwnBound[nextOwn] ?? -1;
      const ownLevel = ownClaim >= 0 ? (ownBound[ownClaim] ?? Infinity) : Infinity;
      while (this.heap.size > 0 && this.heap.topVersion() !== this.version[this.heap.topGroup()])
        this.heap.pop();
      const groupLevel = this.heap.size > 0 ? this.heap.topKey() : Infinity;
      const supplyLevel = activeTotalWeight > 0 ? (round.supply - frozenTotal) / activeTotalWeight : Infinity;
      const next = Math.max(lambda, Math.min(ownLevel, groupLevel, supplyLevel));
      lambda = next;
      if (ownLevel <= groupLevel && ownLevel <= supplyLevel) {
        // A claim that reaches its own cap as a group or the supply binds is fully served: say so.
        freeze(ownClaim, lambda, boundByClaim, 'now');
      } else if (groupLevel <= supplyLevel) {
        const g = this.heap.topGroup();
        this.heap.pop();
        for (let k = memberStart[g] ?? 0; k < (memberStart[g + 1] ?? 0); k++) {
          const i = memberOf[k] ?? 0;
          if (this.memberAt[i] === stamp && this.frozenAt[i] !== stamp) freeze(i, lambda, g, 'later');
        }
        for (const d of dirty) {
          this.dirtyAt[d] = 0;
          this.pushGroup(d, room);
        }
        dirty.length = 0;
      } else {
        for (let m = 0; m < members.length; m++) {
          const i = members[m] ?? 0;
          // Everyone left freezes here, so no group needs a new key.
          if (this.frozenAt[i] !== stamp) freeze(i, lambda, boundBySupply, 'never');
        }
      }
    }
    for (const g of touched) this.activeCount[g] = 0;
    return this.result;
  }

  private pushGroup(g: number, room: Float64Array): void {
    const version = (this.version[g] = (this.version[g] ?? 0) + 1);
    const count = this.activeCount[g] ?? 0;
    if (count <= 0) return;
    const left = Math.max(0, (room[g] ?? 0) - (this.frozenSum[g] ?? 0));
    this.heap.push(left / (this.activeWeight[g] ?? 1), g, version);
  }
}
