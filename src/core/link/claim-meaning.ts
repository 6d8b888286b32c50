import type { WordVectors } from '../meaning/word-vectors';

/**
 * Below this cosine two different words count as unrelated: vectors put many loosely related
 * words of the news (any two verbs of conflict) around 0.3-0.4, and a claim matched on such
 * pairs would be matched on its topic, not on what it says.
 */
export const WORD_SIMILARITY_FLOOR = 0.5;

/** Each term's row in the vector table (-1: none; actors, figures and unknown words), filled in as terms are met. */
export class TermRows {
  private rows = new Int32Array(0);
  private known = 0;
  /** Word pair → cosine, by their rows: a relink compares the same few word pairs many times. */
  private readonly pairs = new Map<number, number>();

  constructor(readonly vectors: WordVectors) {}

  rowsFor(termOf: readonly string[]): Int32Array {
    if (this.rows.length < termOf.length) {
      const grown = new Int32Array(termOf.length);
      grown.set(this.rows.subarray(0, this.known));
      for (let t = this.known; t < termOf.length; t++) grown[t] = this.vectors.rowOfTerm(termOf[t]);
      this.rows = grown;
      this.known = termOf.length;
    }
    return this.rows;
  }

  /** The cosine of two rows, 0 below `WORD_SIMILARITY_FLOOR`. */
  related(a: number, b: number): number {
    if (a === b) return 1;
    const key = a < b ? a * 65536 + b : b * 65536 + a;
    let value = this.pairs.get(key);
    if (value === undefined) {
      const cosine = this.vectors.rowSimilarity(a, b);
      value = cosine >= WORD_SIMILARITY_FLOOR ? cosine : 0;
      this.pairs.set(key, value);
    }
    return value;
  }
}

/**
 * How much of claim A's weight claim B says too, in 0..1: each term of A counts with its
 * weight times its best match in B (1 for the same term, the cosine of the closest word
 * otherwise; actors and other terms without a vector only match themselves).
 */
export function alignedShare(
  a: readonly number[], b: readonly number[], weightOf: Float64Array, rows: Int32Array, meaning: TermRows,
): number {
  let total = 0;
  let matched = 0;
  for (const t of a) {
    const weight = weightOf[t];
    total += weight;
    let best = 0;
    const rowT = rows[t];
    for (const u of b) {
      if (u === t) {
        best = 1;
        break;
      }
      if (rowT < 0 || rows[u] < 0) continue;
      const similarity = meaning.related(rowT, rows[u]);
      if (similarity > best) best = similarity;
    }
    matched += weight * best;
  }
  return total > 0 ? matched / total : 0;
}
