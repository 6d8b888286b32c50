import type { WordVectors } from './word-vectors';

/**
 * Slots of the cache: 8 bytes each, 2 MB in all, kept while the table is. On FNC-1 it leaves 1.9
 * million products to work out, against 1.5 million with 8 MB and 4.5 million with none.
 */
const SLOT_BITS = 18;

/**
 * Dot products of pairs of word rows, remembered in a fixed table of slots (a pair's slot is a
 * hash of the two rows; a newer pair takes the slot over). Claims of one story repeat the same
 * word pairs: on FNC-1 linking asked for 4.5 million products of 1.3 million pairs. Integers
 * are kept, not cosines, so the cosine is scaled from them exactly as `rowSimilarity` scales it.
 */
export class RowDots {
  /** Each slot's pair key, then its dot product, side by side: one memory read finds both. */
  private readonly slots: Int32Array;
  /** Pairs are keyed `low * rows + high`; a table with more rows than that fits in 31 bits is not cached. */
  private readonly cached: boolean;

  constructor(readonly vectors: WordVectors) {
    this.cached = vectors.size * vectors.size < 2 ** 31;
    this.slots = new Int32Array(this.cached ? 2 << SLOT_BITS : 0).fill(-1);
  }

  /** The cosine of two different rows, as `WordVectors.rowSimilarity` gives it. */
  similarity(a: number, b: number): number {
    if (!this.cached) return this.vectors.rowSimilarity(a, b);
    const key = a < b ? a * this.vectors.size + b : b * this.vectors.size + a;
    const at = (Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS)) << 1;
    let dot: number;
    if (this.slots[at] === key) dot = this.slots[at + 1];
    else {
      dot = this.vectors.rowDot(a, b);
      this.slots[at] = key;
      this.slots[at + 1] = dot;
    }
    return this.vectors.cosineOfDot(dot, a, b);
  }
}
