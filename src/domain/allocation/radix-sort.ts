/**
 * Orders claim indices by a non-negative numeric key, ties kept in the order given (stable): an LSD radix
 * sort on the key's IEEE-754 bits, whose order as unsigned integers is the numbers' order for keys ≥ 0.
 * Array.prototype.sort with a comparator took most of an allocation's time at a million claims; this takes
 * a few passes over flat arrays, skips the byte positions every key shares (small whole numbers share most
 * of theirs), and reuses its buffers from one sort to the next.
 */

import { int32s, uint32s } from './working-arrays.js';

const scratchKey = new Float64Array(1);
const scratchWords = new Uint32Array(scratchKey.buffer);
const lowWord = new Uint32Array(new Uint16Array([1, 0]).buffer)[0] === 1 ? 0 : 1;

export class RadixSorter {
  private order: Int32Array;
  private nextOrder: Int32Array;
  private lo: Uint32Array;
  private hi: Uint32Array;
  private nextLo: Uint32Array;
  private nextHi: Uint32Array;
  private readonly counts = new Int32Array(256 * 8);

  constructor(capacity: number) {
    this.order = int32s(capacity);
    this.nextOrder = int32s(capacity);
    this.lo = uint32s(capacity);
    this.hi = uint32s(capacity);
    this.nextLo = uint32s(capacity);
    this.nextHi = uint32s(capacity);
  }

  /**
   * `indices` reordered by `key[index]`, ascending, or descending with `descending` (ties still in the
   * given order). Keys must be finite and ≥ 0. The result is a view valid until the next sort.
   */
  sort(indices: Int32Array, key: Float64Array, options: { descending?: boolean } = {}): Int32Array {
    const n = indices.length;
    this.order.set(indices);
    if (n < 2) return this.order.subarray(0, n);
    const flip = options.descending ? 0xffffffff : 0;
    for (let m = 0; m < n; m++) {
      scratchKey[0] = key[indices[m] ?? 0] ?? 0;
      this.lo[m] = ((scratchWords[lowWord] ?? 0) ^ flip) >>> 0;
      this.hi[m] = ((scratchWords[1 - lowWord] ?? 0) ^ flip) >>> 0;
    }
    // Every byte's counts in one pass over the keys, rather than one pass per byte.
    const counts = this.counts;
    counts.fill(0);
    for (let m = 0; m < n; m++) {
      const lo = this.lo[m] ?? 0;
      const hi = this.hi[m] ?? 0;
      for (let b = 0; b < 4; b++) {
        const low = b * 256 + ((lo >>> (8 * b)) & 0xff);
        counts[low] = (counts[low] ?? 0) + 1;
        const high = (b + 4) * 256 + ((hi >>> (8 * b)) & 0xff);
        counts[high] = (counts[high] ?? 0) + 1;
      }
    }
    for (let pass = 0; pass < 8; pass++) {
      const words = pass < 4 ? this.lo : this.hi;
      const shift = (pass % 4) * 8;
      const base = pass * 256;
      // Every key has the same byte here: this pass would not move anything.
      if ((counts[base + (((words[0] ?? 0) >>> shift) & 0xff)] ?? 0) === n) continue;
      // Counts become the first slot of each digit.
      let next = 0;
      for (let d = 0; d < 256; d++) {
        const count = counts[base + d] ?? 0;
        counts[base + d] = next;
        next += count;
      }
      const { order, lo, hi, nextOrder, nextLo, nextHi } = this;
      for (let m = 0; m < n; m++) {
        const digit = base + (((words[m] ?? 0) >>> shift) & 0xff);
        const at = counts[digit] ?? 0;
        counts[digit] = at + 1;
        nextOrder[at] = order[m] ?? 0;
        nextLo[at] = lo[m] ?? 0;
        nextHi[at] = hi[m] ?? 0;
      }
      this.order = nextOrder;
      this.nextOrder = order;
      this.lo = nextLo;
      this.nextLo = lo;
      this.hi = nextHi;
      this.nextHi = hi;
    }
    return this.order.subarray(0, n);
  }
}
