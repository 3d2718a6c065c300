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
import { float64s, int32s } from './working-arrays.js';

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

/**
 * A binary min-heap of groups by the λ at which each binds, ties to the lower group index (so the result
 * never depends on the order keys were set). Each group's slot is kept, so a group whose key changes moves
 * in place: the heap never holds more than one entry per group, where pushing a fresh entry on every change
 * grew it to a million stale ones.
 */
class GroupHeap {
  private readonly keys: Float64Array;
  private readonly groups: Int32Array;
  /** By group: its slot, or -1 when it is not in the heap. */
  private readonly slotOf: Int32Array;
  size = 0;

  constructor(groupCount: number) {
    this.keys = new Float64Array(groupCount);
    this.groups = new Int32Array(groupCount);
    this.slotOf = new Int32Array(groupCount).fill(-1);
  }

  clear(): void {
    for (let s = 0; s < this.size; s++) this.slotOf[this.groups[s] ?? 0] = -1;
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0] ?? Infinity;
  }
  topGroup(): number {
    return this.groups[0] ?? -1;
  }

  /** Adds `group` with `key`, or moves it to `key` when it is in already. */
  set(group: number, key: number): void {
    const slot = this.slotOf[group] ?? -1;
    if (slot < 0) {
      this.siftUp(this.size++, key, group);
    } else if (this.less(key, group, this.keys[slot] ?? 0, group)) {
      this.siftUp(slot, key, group);
    } else {
      this.siftDown(slot, key, group);
    }
  }

  remove(group: number): void {
    const slot = this.slotOf[group] ?? -1;
    if (slot < 0) return;
    this.slotOf[group] = -1;
    const last = --this.size;
    if (slot === last) return;
    const key = this.keys[last] ?? 0;
    const moved = this.groups[last] ?? 0;
    if (
      slot > 0 &&
      this.less(key, moved, this.keys[(slot - 1) >> 1] ?? 0, this.groups[(slot - 1) >> 1] ?? 0)
    ) {
      this.siftUp(slot, key, moved);
    } else {
      this.siftDown(slot, key, moved);
    }
  }

  private siftUp(from: number, key: number, group: number): void {
    let slot = from;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.less(key, group, this.keys[parent] ?? 0, this.groups[parent] ?? 0)) break;
      this.place(slot, this.keys[parent] ?? 0, this.groups[parent] ?? 0);
      slot = parent;
    }
    this.place(slot, key, group);
  }

  private siftDown(from: number, key: number, group: number): void {
    const size = this.size;
    let slot = from;
    for (;;) {
      let child = 2 * slot + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
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
      this.place(slot, this.keys[child] ?? 0, this.groups[child] ?? 0);
      slot = child;
    }
    this.place(slot, key, group);
  }

  private place(slot: number, key: number, group: number): void {
    this.keys[slot] = key;
    this.groups[slot] = group;
    this.slotOf[group] = slot;
  }

  private less(k1: number, g1: number, k2: number, g2: number): boolean {
    return k1 < k2 || (k1 === k2 && g1 < g2);
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
  private readonly ownBound: Float64Array;
  private readonly dirtyAt: Int32Array;
  private readonly heap: GroupHeap;
  private fill = 0;

  constructor(
    private readonly network: FillNetwork,
    private readonly sorter: RadixSorter = new RadixSorter(network.claimCount),
  ) {
    this.result = {
      amount: float64s(network.claimCount),
      level: float64s(network.claimCount),
      binding: int32s(network.claimCount),
    };
    this.frozenAt = int32s(network.claimCount);
    this.memberAt = int32s(network.claimCount);
    this.activeWeight = new Float64Array(network.groupCount);
    this.activeCount = new Int32Array(network.groupCount);
    this.frozenSum = new Float64Array(network.groupCount);
    this.heap = new GroupHeap(network.groupCount);
    this.ownBound = float64s(network.claimCount);
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
      const groupLevel = this.heap.size > 0 ? this.heap.topKey() : Infinity;
      const supplyLevel = activeTotalWeight > 0 ? (round.supply - frozenTotal) / activeTotalWeight : Infinity;
      const next = Math.max(lambda, Math.min(ownLevel, groupLevel, supplyLevel));
      lambda = next;
      if (ownLevel <= groupLevel && ownLevel <= supplyLevel) {
        // A claim that reaches its own cap as a group or the supply binds is fully served: say so.
        freeze(ownClaim, lambda, boundByClaim, 'now');
      } else if (groupLevel <= supplyLevel) {
        const g = this.heap.topGroup();
        this.heap.remove(g);
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

  /** Keys `g` by the λ at which its room is used up by its active members, or drops it when it has none. */
  private pushGroup(g: number, room: Float64Array): void {
    if ((this.activeCount[g] ?? 0) <= 0) {
      this.heap.remove(g);
      return;
    }
    const left = Math.max(0, (room[g] ?? 0) - (this.frozenSum[g] ?? 0));
    this.heap.set(g, left / (this.activeWeight[g] ?? 1));
  }
}
