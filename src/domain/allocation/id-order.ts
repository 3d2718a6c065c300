/**
 * The order of claims by id, in code units (the order of `<` on strings, the same on every machine).
 *
 * Sorting a million ids with a comparator took a tenth of an allocation's time: twenty million calls, each
 * chasing two strings. This sorts on integers instead: eight code units at a time packed into two 32-bit words
 * (each unit + 1 in a byte, 0 past the end, so a shorter id sorts before its extensions), a radix sort on
 * the keys, then the same again eight units further on, only within the runs whose keys were equal. An id
 * with a code unit above 254 cannot be packed; the run it is in falls back to comparing strings.
 */

/** Runs this short are sorted by insertion: a radix pass costs more than it saves. */
const shortRun = 24;

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `order[i]` is the position in `items` of the item i-th by id, or null when `items` are in id order
 * already (claims usually come from the database that way). Equal ids keep their input order.
 */
export function idOrder(items: readonly { id: string }[]): Int32Array | null {
  const n = items.length;
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) sorted = (items[k - 1]?.id ?? '') <= (items[k]?.id ?? '');
  if (sorted) return null;

  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  // The key of items[order[k]].id at the depth its run is being sorted at: units depth..depth+3 in high[k],
  // the next four in low[k].
  const keys: SortKeys = { order, high: new Uint32Array(n), low: new Uint32Array(n) };
  const scratch: SortKeys = { order: new Int32Array(n), high: new Uint32Array(n), low: new Uint32Array(n) };
  const counts = new Int32Array(256 * 8);
  // Runs still to sort: start, end, depth in code units, flattened.
  const runs: number[] = [0, n, 0];
  while (runs.length > 0) {
    const depth = runs.pop() ?? 0;
    const end = runs.pop() ?? 0;
    const start = runs.pop() ?? 0;
    let packable = true;
    for (let k = start; k < end && packable; k++) {
      const id = items[order[k] ?? 0]?.id ?? '';
      let high = 0;
      let low = 0;
      for (let u = depth; u < depth + 8; u++) {
        const unit = u < id.length ? id.charCodeAt(u) + 1 : 0;
        if (unit > 255) packable = false;
        if (u < depth + 4) high = high * 256 + unit;
        else low = low * 256 + unit;
      }
      keys.high[k] = high;
      keys.low[k] = low;
    }
    if (!packable) {
      order.subarray(start, end).sort((a, b) => compareIds(items[a]?.id ?? '', items[b]?.id ?? ''));
      continue;
    }
    if (end - start <= shortRun) insertionSort(keys, start, end);
    else radixSort(keys, scratch, counts, start, end);
    // Ids whose keys are equal share these eight units; where they go on past them, the run is sorted again
    // further on (where they end, they are the same id, kept in input order as a stable sort would).
    for (let k = start; k < end;) {
      let runEnd = k + 1;
      while (runEnd < end && keys.high[runEnd] === keys.high[k] && keys.low[runEnd] === keys.low[k]) runEnd++;
      if (runEnd - k > 1 && ((keys.low[k] ?? 0) & 0xff) !== 0) runs.push(k, runEnd, depth + 8);
      k = runEnd;
    }
  }
  return order;
}

interface SortKeys {
  order: Int32Array;
  high: Uint32Array;
  low: Uint32Array;
}

function insertionSort({ order, high, low }: SortKeys, start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    const h = high[k] ?? 0;
    const l = low[k] ?? 0;
    const index = order[k] ?? 0;
    let at = k;
    for (; at > start; at--) {
      const h0 = high[at - 1] ?? 0;
      if (h0 < h || (h0 === h && (low[at - 1] ?? 0) <= l)) break;
      high[at] = h0;
      low[at] = low[at - 1] ?? 0;
      order[at] = order[at - 1] ?? 0;
    }
    high[at] = h;
    low[at] = l;
    order[at] = index;
  }
}

/** LSD radix sort of keys[start..end) a byte at a time, low word first, skipping bytes every key shares. */
function radixSort(keys: SortKeys, scratch: SortKeys, counts: Int32Array, start: number, end: number): void {
  counts.fill(0);
  for (let k = start; k < end; k++) {
    const low = keys.low[k] ?? 0;
    const high = keys.high[k] ?? 0;
    for (let b = 0; b < 4; b++) {
      const atLow = b * 256 + ((low >>> (8 * b)) & 0xff);
      counts[atLow] = (counts[atLow] ?? 0) + 1;
      const atHigh = (b + 4) * 256 + ((high >>> (8 * b)) & 0xff);
      counts[atHigh] = (counts[atHigh] ?? 0) + 1;
    }
  }
  let from = keys;
  let to = scratch;
  for (let pass = 0; pass < 8; pass++) {
    const base = pass * 256;
    const shift = 8 * (pass % 4);
    const sample = ((pass < 4 ? from.low[start] : from.high[start]) ?? 0) >>> shift;
    if ((counts[base + (sample & 0xff)] ?? 0) === end - start) continue;
    // Counts become the first slot of each digit.
    let next = start;
    for (let d = 0; d < 256; d++) {
      const count = counts[base + d] ?? 0;
      counts[base + d] = next;
      next += count;
    }
    const word = pass < 4 ? from.low : from.high;
    for (let k = start; k < end; k++) {
      const digit = base + (((word[k] ?? 0) >>> shift) & 0xff);
      const at = counts[digit] ?? 0;
      counts[digit] = at + 1;
      to.order[at] = from.order[k] ?? 0;
      to.high[at] = from.high[k] ?? 0;
      to.low[at] = from.low[k] ?? 0;
    }
    [from, to] = [to, from];
  }
  if (from !== keys) {
    keys.order.set(from.order.subarray(start, end), start);
    keys.high.set(from.high.subarray(start, end), start);
    keys.low.set(from.low.subarray(start, end), start);
  }
}
