/**
 * The bars a fuzzy match must clear. Hypothesis takes the best candidate whatever its
 * score, which is how a note on "Team Alpha …" lands on "Team Beta …"; these do not.
 */
export const ANCHORING = {
  /** Quote and context together, weighted by their lengths. */
  minScore: 0.75,
  /** The quote alone: one character in four may differ, no more. */
  minQuoteSimilarity: 0.75,
  /** The winner must beat the next eligible candidate by this much, or nothing is chosen. */
  margin: 0.1,
  /** Longer quotes anchor only exactly: approximate matching costs length squared. */
  maxFuzzyQuote: 4000,
  /** Occurrences of an exact quote weighed by context, nearest the old position first. */
  maxExactCandidates: 1000,
} as const;

export type OrphanReason = 'empty-quote' | 'not-found' | 'ambiguous' | 'context-changed' | 'too-different';

export type AnchorOutcome =
  | { readonly state: 'exact' | 'shifted'; readonly start: number; readonly end: number }
  | { readonly state: 'fuzzy'; readonly start: number; readonly end: number; readonly score: number }
  | { readonly state: 'orphaned'; readonly reason: OrphanReason };
