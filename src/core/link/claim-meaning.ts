import type { WordVectors } from '../meaning/word-vectors';
import { RowDots } from '../meaning/row-dots';

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
  private readonly dots: RowDots;

  constructor(readonly vectors: WordVectors) {
    this.dots = new RowDots(vectors);
  }

  rowsFor(termOf: readonly string[]): Int32Array {
    if (this.rows.length < termOf.length) {
      const grown = new Int32Array(termOf.length);
      grown.set(this.rows.subarray(0, this.known));
      // Concepts (~talks, ~positive) match only themselves: a vector averaged over their words
      // made "optimistic" the same as "productive" and matched ratings of different things.
      for (let t = this.known; t < termOf.length; t++) grown[t] = termOf[t].charCodeAt(0) === 126 ? -1 : this.vectors.rowOfTerm(termOf[t]);
      this.rows = grown;
      this.known = termOf.length;
    }
    return this.rows;
  }

  /** The cosine of two rows, 0 below `WORD_SIMILARITY_FLOOR`. */
  // Kept in a fixed table of recent pairs (`RowDots`): a map of every pair met, millions on
  // FNC-1, cost more than the hundred small products it saved, in time and in memory.
  related(a: number, b: number): number {
    if (a === b) return 1;
    const cosine = this.dots.similarity(a, b);
    return cosine >= WORD_SIMILARITY_FLOOR ? cosine : 0;
  }
}

/**
 * Below this cosine of their weighted mean vectors two claims are not compared word by word:
 * claims the aligned share matches sit well above it, and most pairs of a large folder below.
 */
export const CENTROID_FLOOR = 0.6;

/** Each claim's weighted mean word vector, of length 1 (zero when no word has one), made on first use. */
export class Centroids {
  private readonly values: Float32Array;
  private readonly made: Uint8Array;

  constructor(
    count: number,
    private readonly meaning: TermRows,
  ) {
    this.values = new Float32Array(count * meaning.vectors.dimensions);
    this.made = new Uint8Array(count);
  }

  /** Cosine of two claims' centroids; 0 when either has no word with a vector. */
  similarity(a: number, b: number, ids: readonly (readonly number[])[], weightOf: Float64Array, rows: Int32Array): number {
    this.make(a, ids[a], weightOf, rows);
    this.make(b, ids[b], weightOf, rows);
    const dims = this.meaning.vectors.dimensions;
    let dot = 0;
    for (let d = 0, i = a * dims, j = b * dims; d < dims; d++, i++, j++) dot += this.values[i] * this.values[j];
    return dot;
  }

  private make(order: number, terms: readonly number[], weightOf: Float64Array, rows: Int32Array): void {
    if (this.made[order]) return;
    this.made[order] = 1;
    const dims = this.meaning.vectors.dimensions;
    const base = order * dims;
    for (const t of terms) if (rows[t] >= 0) this.meaning.vectors.addRow(rows[t], weightOf[t], this.values, base);
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += this.values[base + d] * this.values[base + d];
    if (norm > 0) for (let d = 0, scale = 1 / Math.sqrt(norm); d < dims; d++) this.values[base + d] *= scale;
  }
}
