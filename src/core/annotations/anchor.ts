import type { Span } from '../text/span';
import { editDistance, type ApproximateMatch } from './approximate';
import { approximateCandidates } from './candidate-windows';
import { compareContext, type ContextVerdict } from './context-match';
import { keepsItsSurroundings } from './edited-in-place';
import type { TextPositionSelector, TextQuoteSelector } from './model';
import { lowerSameLength, normalizeForSearch, prepareSearchText, toNormIndex, toOriginalSpan, type SearchText } from './search-text';
import { alignWords, wordsOf } from './words';

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

/**
 * Finds a quote in the current text: at its old position (`exact`), then as the same words
 * elsewhere told apart by context and nearness (`shifted`), then approximately (`fuzzy`)
 * only above the bars in `ANCHORING`. A stored context word that another word has replaced
 * rules a place out at every stage. A word replaced inside the quote rules a place out
 * unless all the stored surroundings are intact there (`keepsItsSurroundings`): that is the
 * passage edited in place ("2.1 million" now "2.4 million"), not a look-alike. Anything
 * else is `orphaned`: better a note that says its text is gone than a note on the wrong sentence.
 */
export function locate(quote: TextQuoteSelector, hint: TextPositionSelector | undefined, text: string | SearchText): AnchorOutcome {
  const search = typeof text === 'string' ? prepareSearchText(text) : text;
  const needle = normalizeForSearch(quote.exact);
  if (needle.trim().length === 0) return { state: 'orphaned', reason: 'empty-quote' };
  const hintStart = hint && hint.start >= 0 && hint.start <= search.original.length ? hint.start : undefined;

  if (hintStart !== undefined) {
    const at = toNormIndex(search, hintStart);
    if (search.norm.startsWith(needle, at)) {
      const span = toOriginalSpan(search, at, at + needle.length);
      if (span.start === hintStart && !compareContext(quote, search.original, span).contradicted) return { state: 'exact', ...span };
    }
  }

  const exact = exactCandidates(search, needle, quote, hintStart);
  const chosen = chooseExact(exact, hintStart);
  if (chosen) return chosen;

  const fuzzy = fuzzyMatch(search, needle, quote, hintStart, hint ? hint.end - hint.start : 0);
  // The very words are still there, but among other neighbours: say so rather than "too different".
  if (fuzzy.state === 'orphaned' && fuzzy.reason !== 'ambiguous' && exact.length > 0) return { state: 'orphaned', reason: 'context-changed' };
  return fuzzy;
}

interface Candidate {
  readonly span: Span;
  readonly context: () => ContextVerdict;
}

/** Every place the quote occurs word for word, nearest the old position first; context is read on demand. */
function exactCandidates(search: SearchText, needle: string, quote: TextQuoteSelector, hint: number | undefined): Candidate[] {
  const starts: number[] = [];
  for (let at = search.norm.indexOf(needle); at >= 0; at = search.norm.indexOf(needle, at + 1)) starts.push(at);
  const spans = starts.map((at) => toOriginalSpan(search, at, at + needle.length));
  if (hint !== undefined) spans.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return spans.slice(0, ANCHORING.maxExactCandidates).map((span) => {
    let verdict: ContextVerdict | undefined;
    return { span, context: () => (verdict ??= compareContext(quote, search.original, span)) };
  });
}

/**
 * The best context wins; near-ties go to the place nearest the old position, or, when two
 * are equally near or there is no old position, to nobody. Undefined when no place has a
 * fitting context. Candidates come nearest first, so when the nearest fitting place is
 * within the margin of a perfect context, nothing farther can beat it and no more is read.
 */
function chooseExact(candidates: readonly Candidate[], hint: number | undefined): AnchorOutcome | undefined {
  const distance = (c: Candidate): number => (hint === undefined ? 0 : Math.abs(c.span.start - hint));
  const fits = (c: Candidate): boolean => !c.context().contradicted;
  const place = (c: Candidate): AnchorOutcome => ({ state: c.span.start === hint ? 'exact' : 'shifted', ...c.span });
  const ambiguous: AnchorOutcome = { state: 'orphaned', reason: 'ambiguous' };
  if (hint !== undefined) {
    const nearest = candidates.find(fits);
    if (!nearest) return undefined;
    if (nearest.context().score >= 1 - ANCHORING.margin) {
      return candidates.some((c) => c !== nearest && distance(c) === distance(nearest) && fits(c)) ? ambiguous : place(nearest);
    }
  }
  const eligible = candidates.filter(fits);
  if (eligible.length === 0) return undefined;
  const best = Math.max(...eligible.map((c) => c.context().score));
  const [first, second] = eligible.filter((c) => c.context().score >= best - ANCHORING.margin);
  if (!second) return place(first);
  return hint === undefined || distance(first) === distance(second) ? ambiguous : place(first);
}

function fuzzyMatch(search: SearchText, needle: string, quote: TextQuoteSelector, hint: number | undefined, hintLength: number): AnchorOutcome {
  if (needle.length > ANCHORING.maxFuzzyQuote) return { state: 'orphaned', reason: 'not-found' };
  const pattern = lowerSameLength(needle);
  const maxDistance = Math.floor(pattern.length * (1 - ANCHORING.minQuoteSimilarity));
  if (maxDistance === 0) return { state: 'orphaned', reason: 'not-found' };
  const hintNorm = hint === undefined ? undefined : toNormIndex(search, hint);
  const hintSpan = hint === undefined ? undefined : { start: hint, end: hint + Math.max(1, hintLength) };
  const quoteWords = wordsOf(quote.exact);
  const scored = approximateCandidates(search, pattern, maxDistance, hintNorm).map((found) => {
    const match = snapToWords(search.lower, pattern, found, quote, maxDistance);
    const span = toOriginalSpan(search, match.start, match.end);
    const quoteSimilarity = 1 - match.distance / Math.max(pattern.length, match.end - match.start);
    const words = alignWords(quoteWords, wordsOf(search.original.slice(span.start, span.end)));
    const context = compareContext(quote, search.original, span);
    const score = (pattern.length * quoteSimilarity + context.weight * context.score) / (pattern.length + context.weight);
    // A word exchanged inside the quote is an edit only where everything around it is as it was.
    const eligible = quoteSimilarity >= ANCHORING.minQuoteSimilarity && !context.contradicted
      && (!words.exchanged || keepsItsSurroundings(quote, search.original, span, hintSpan));
    return { span, score, eligible };
  });
  const eligible = scored.filter((c) => c.eligible).sort((a, b) => b.score - a.score);
  if (eligible.length === 0) return { state: 'orphaned', reason: scored.length > 0 ? 'too-different' : 'not-found' };
  const [best, runnerUp] = eligible;
  if (best.score < ANCHORING.minScore) return { state: 'orphaned', reason: 'too-different' };
  if (runnerUp && best.score - runnerUp.score < ANCHORING.margin) return { state: 'orphaned', reason: 'ambiguous' };
  return { state: 'fuzzy', ...best.span, score: best.score };
}

/**
 * "Oberholzr" matches "Oberholze" as well as "Oberholzer", one edit each, and "240 detainees"
 * is one edit from the "20 detainees" inside "420 detainees"; a quote that began and ended
 * on word boundaries should match whole words, so the match is widened to them when that
 * stays within the allowed distance.
 */
function snapToWords(lower: string, pattern: string, match: ApproximateMatch, quote: TextQuoteSelector, maxDistance: number): ApproximateMatch {
  let { start, end } = match;
  if (isWordChar(pattern[pattern.length - 1]) && !isWordChar(quote.suffix[0])) {
    while (end < lower.length && end - match.end < maxDistance && isWordChar(lower[end]) && isWordChar(lower[end - 1])) end++;
  }
  if (isWordChar(pattern[0]) && !isWordChar(quote.prefix[quote.prefix.length - 1])) {
    while (start > 0 && match.start - start < maxDistance && isWordChar(lower[start - 1]) && isWordChar(lower[start])) start--;
  }
  if (start === match.start && end === match.end) return match;
  const distance = editDistance(pattern, lower.slice(start, end));
  return distance <= maxDistance ? { start, end, distance } : match;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
