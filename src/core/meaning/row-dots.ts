import type { WordVectors } from './word-vectors';

/** Slots of the cache: 8 bytes each, 8 MB in all, kept while the table is. */
const SLOT_BITS = 20;

/**
 * Dot products of pairs of word rows, remembered in a fixed table of slots (a pair's slot is a
 * hash of the two rows; a newer pair takes the slot over). Claims of one story repeat the same
 * word pairs: on FNC-1 linking asked for 5.5 million products of 1.3 million pairs. Integers
 * are kept, not cosines, so the cosine is scaled from them exactly as `rowSimilarity` scales it.
 */
export class RowDots {
  private readonly keys: Int32Array;
  private readonly dots: Int32Array;
  /** Pairs are keyed `low * rows + high`; a table with more rows than that fits in 31 bits is not cached. */
  private readonly cached: boolean;

  constructor(readonly vectors: WordVectors) {
    this.cached = vectors.size * vectors.size < 2 ** 31;
    this.keys = new Int32Array(this.cached ? 1 << SLOT_BITS : 0).fill(-1);
    this.dots = new Int32Array(this.keys.length);
  }

  /** The cosine of two different rows, as `WordVectors.rowSimilarity` gives it. */
  similarity(a: number, b: number): number {
    if (!this.cached) return this.vectors.rowSimilarity(a, b);
    const key = a < b ? a * this.vectors.size + b : b * this.vectors.size + a;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
    let dot: number;
    if (this.keys[slot] === key) dot = this.dots[slot];
    else {
      dot = this.vectors.rowDot(a, b);
      this.keys[slot] = key;
      this.dots[slot] = dot;
    }
    return this.vectors.cosineOfDot(dot, a, b);
  }
}
