/**
 * Which quotes hold each run of three words, in flat typed arrays: an open-addressing table
 * of numeric run keys (see `forEachTrigram`), each slot with its quotes as a linked list.
 * A Map per run cost FNC-1 130,000 entries, each key a boxed number, rehashed as it grew;
 * here the table is sized once from the number of runs and never grows.
 */
export class TrigramPostings {
  private readonly keys: Float64Array;
  /** Per slot: 1 + its newest entry, 0 while the slot is empty. */
  private readonly newest: Int32Array;
  private readonly counts: Int32Array;
  private readonly entryQuote: Int32Array;
  /** Per entry: the entry added before it under the same key, -1 for the first. */
  private readonly entryBefore: Int32Array;
  private entries = 0;
  private readonly mask: number;

  /** `runs`: at most how many runs will be added (repeats included). */
  constructor(runs: number) {
    let capacity = 16;
    while (capacity < runs * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Float64Array(capacity);
    this.newest = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.entryQuote = new Int32Array(Math.max(1, runs));
    this.entryBefore = new Int32Array(Math.max(1, runs));
  }

  get slots(): number {
    return this.mask + 1;
  }

  /**
   * Files `quote` under `key`. Quotes are added in ascending order, so a quote repeating a
   * run meets itself as the newest entry and is filed once.
   */
  add(key: number, quote: number): void {
    let slot = slotOf(key) & this.mask;
    while (this.newest[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    const newest = this.newest[slot] - 1;
    if (newest >= 0 && this.entryQuote[newest] === quote) return;
    this.keys[slot] = key;
    this.entryQuote[this.entries] = quote;
    this.entryBefore[this.entries] = newest;
    this.newest[slot] = ++this.entries;
    this.counts[slot]++;
  }

  /** How many distinct quotes hold the run in `slot` (0 for an empty slot). */
  count(slot: number): number {
    return this.counts[slot];
  }

  /** Writes the quotes of `slot` into `into` in ascending order; returns how many. */
  quotesAt(slot: number, into: Int32Array): number {
    let n = this.counts[slot];
    const count = n;
    for (let entry = this.newest[slot] - 1; entry >= 0; entry = this.entryBefore[entry]) into[--n] = this.entryQuote[entry];
    return count;
  }
}

/** Mixes both halves of an integer key below 2^53 into 32 bits. */
function slotOf(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
