import { foldForComparison } from '../text/fold';
import { editDistanceWithin } from '../link/edit-distance';

/** Words compared case- and accent-blind, typography folded. */
export function wordsOf(text: string): string[] {
  return foldForComparison(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A typo or its fix, not another word. Digits must agree exactly (12 is not 13). Words of
 * up to five letters may only swap two neighbours ("teh", "siad"): one letter more or less
 * already makes another name ("Beta", "Zeta"). Longer words may differ by one edit in four.
 */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  const allowed = longest <= 5 ? 0 : Math.floor(longest / 4);
  if (Math.abs(a.length - b.length) > allowed || HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return false;
  if (longest <= 5) return editDistanceWithin(a, b, 1) <= 1 && [...a].sort().join('') === [...b].sort().join('');
  return editDistanceWithin(a, b, allowed) <= allowed;
}

const HAS_DIGIT = /\p{N}/u;

export interface WordAlignment {
  /** Words of the first list found, in order, in the second. */
  readonly matched: number;
  /**
   * Somewhere a word of the first list is missing and another word stands in its place:
   * "Team Alpha" read as "Team Beta". Added or removed words alone are not an exchange.
   */
  readonly exchanged: boolean;
}

/**
 * Aligns two word lists (longest common subsequence with typo-tolerant equality) and
 * looks at each gap between aligned words. This is what tells an edited passage from a
 * different passage that happens to look alike, which character similarity cannot.
 */
export function alignWords(expected: readonly string[], found: readonly string[]): WordAlignment {
  const n = expected.length;
  const m = found.length;
  if (n === 0 || m === 0) return { matched: 0, exchanged: false };
  const width = m + 1;
  const similar = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) similar[i * m + j] = similarWords(expected[i], found[j]) ? 1 : 0;
  const table = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = similar[i * m + j]
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let missing = 0;
  let added = 0;
  let exchanged = false;
  while (i < n && j < m) {
    if (similar[i * m + j] && table[i * width + j] === table[(i + 1) * width + j + 1] + 1) {
      if (missing > 0 && added > 0) exchanged = true;
      missing = 0;
      added = 0;
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      missing++;
      i++;
    } else {
      added++;
      j++;
    }
  }
  missing += n - i;
  added += m - j;
  if (missing > 0 && added > 0) exchanged = true;
  return { matched: table[0], exchanged };
}
