import { splitSentences } from '../text/sentences';
import type { Span } from '../text/span';
import { editDistance, type ApproximateMatch } from './approximate';
import { ANCHORING, type AnchorOutcome } from './anchoring-bars';
import { approximateCandidates } from './candidate-windows';
import { compareContext } from './context-match';
import { keepsItsSurroundings, keepsNeighbours } from './edited-in-place';
import type { TextQuoteSelector } from './model';
import { CONTEXT_CHARS, quoteContext, type QuoteContext } from './quote-context';
import { lowerSameLength, toNormIndex, toOriginalSpan, type SearchText } from './search-text';
import { alignWords, wordsOf } from './words';

/** Word edges tried on each side of an approximate match's start and end. */
const MAX_EDGES = 4;

interface Scored {
  readonly span: Span;
  readonly score: number;
  readonly eligible: boolean;
  /** Words of the quote and its context found in order around this reading. */
  readonly matched: number;
  /** Words of the quote found in order inside this reading. */
  readonly inside: number;
}

/**
 * The quote found approximately, above the bars in `ANCHORING`. The cheapest alignment
 * often starts or ends a word off: with the passage's first word deleted, taking the end of
 * the sentence before costs about as much as leaving it out. So each match is read with its
 * start and end at the nearby word edges too, and the reading that scores best with its
 * context is the one weighed; a reading that swallows a context word loses that word.
 */
export function fuzzyMatch(search: SearchText, needle: string, quote: TextQuoteSelector, hint: number | undefined, hintLength: number): AnchorOutcome {
  if (needle.length > ANCHORING.maxFuzzyQuote) return { state: 'orphaned', reason: 'not-found' };
  const pattern = lowerSameLength(needle);
  const maxDistance = Math.floor(pattern.length * (1 - ANCHORING.minQuoteSimilarity));
  if (maxDistance === 0) return { state: 'orphaned', reason: 'not-found' };
  const hintNorm = hint === undefined ? undefined : toNormIndex(search, hint);
  const hintSpan = hint === undefined ? undefined : { start: hint, end: hint + Math.max(1, hintLength) };
  const quoteWords = inContext(quote, wordsOf(quote.exact));
  const width = 2 * Math.max(CONTEXT_CHARS, quote.prefix.length, quote.suffix.length);
  // An edit in place does not join the passage to the sentence before or after it.
  const quoteSentences = splitSentences(quote.exact).length;
  const score = (match: ApproximateMatch): Scored => {
    const span = toOriginalSpan(search, match.start, match.end);
    const quoteSimilarity = 1 - match.distance / Math.max(pattern.length, match.end - match.start);
    const around = quoteContext(search.original, span, width);
    const words = alignWords(quoteWords, inContext(around, wordsOf(search.original.slice(span.start, span.end))));
    const context = compareContext(quote, search.original, span);
    const weighed = (pattern.length * quoteSimilarity + context.weight * context.score) / (pattern.length + context.weight);
    // A word exchanged inside the quote is an edit only where everything around it is as it was.
    const eligible = quoteSimilarity >= ANCHORING.minQuoteSimilarity && !context.contradicted
      && splitSentences(search.original.slice(span.start, span.end)).length <= quoteSentences
      && (!words.exchanged || keepsItsSurroundings(quote, search.original, span, hintSpan));
    const inside = alignWords(wordsOf(quote.exact), wordsOf(search.original.slice(span.start, span.end))).matched;
    return { span, score: weighed, eligible, matched: words.matched, inside };
  };
  const scored = approximateCandidates(search, pattern, maxDistance, hintNorm).flatMap((found) => {
    const read = readings(search.lower, pattern, found, maxDistance, quote);
    return read.length > 0 ? [bestReading(read.map(score))] : [];
  });
  const eligible = dropOverlaps(scored.filter((c) => c.eligible).sort((a, b) => b.score - a.score));
  if (eligible.length === 0) return { state: 'orphaned', reason: scored.length > 0 ? 'too-different' : 'not-found' };
  const best = eligible[0];
  if (best.score < ANCHORING.minScore) return { state: 'orphaned', reason: 'too-different' };
  const close = eligible.filter((c) => best.score - c.score < ANCHORING.margin);
  if (close.length === 1) return { state: 'fuzzy', ...best.span, score: best.score };
  // Near-equal readings: the one still between the passage's old neighbours is the passage.
  const placed = close.filter((c) => keepsNeighbours(quote, search.original, c.span));
  return placed.length === 1 ? { state: 'fuzzy', ...placed[0].span, score: placed[0].score } : { state: 'orphaned', reason: 'ambiguous' };
}

/**
 * The words with their context words within the sentence, or a mark where the sentence
 * begins or ends. Read together, a reading that stops short of a replaced word is still an
 * exchange ("… 2.1 million" is not "… 2.4" with "million" deleted), and so is a look-alike
 * whose first words differ, read from its third word as if two had been deleted.
 */
function inContext(context: QuoteContext, words: readonly string[]): string[] {
  const before = wordsOf(context.prefix);
  const after = wordsOf(context.suffix);
  return [...(before.length > 0 ? before : [SENTENCE_EDGE]), ...words, ...(after.length > 0 ? after : [SENTENCE_EDGE])];
}

/** Matches only itself (see `similarWords`). */
const SENTENCE_EDGE = '\u0000';

/**
 * The eligible reading that keeps most of the quote's words and context, then holds most
 * of the quote's words inside it ("2.1 million" read as "2.4 million", not "million"), then scores best.
 */
function bestReading(readings: readonly Scored[]): Scored {
  const better = (r: Scored, best: Scored): boolean => (r.matched - best.matched || r.inside - best.inside || r.score - best.score) > 0;
  return readings.reduce((best, r) => (r.eligible && (!best.eligible || better(r, best)) ? r : best));
}

/** Two windows can find the same passage; its best reading counts once. */
function dropOverlaps(ranked: readonly Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const c of ranked) if (!kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) kept.push(c);
  return kept;
}

/**
 * The match with its start and end at the nearest word edges on either side (where the
 * quote began or ended on one), each within the allowed distance. None when no such reading
 * is close enough: a quote of whole words found only as pieces of other words is not there.
 */
function readings(lower: string, pattern: string, match: ApproximateMatch, maxDistance: number, quote: TextQuoteSelector): ApproximateMatch[] {
  const startsOnEdge = !isWordChar(quote.prefix[quote.prefix.length - 1]);
  const endsOnEdge = !isWordChar(quote.suffix[0]);
  const starts = startsOnEdge ? edgesNear(lower, match.start, 2 * maxDistance, (at) => startsLike(pattern, lower, at)) : [match.start];
  const ends = endsOnEdge ? edgesNear(lower, match.end, 2 * maxDistance, (at) => endsLike(pattern, lower, at)) : [match.end];
  const out: ApproximateMatch[] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start) continue;
      // The bar is on similarity over the longer of the two, so a reading longer than the quote may differ more.
      const allowed = Math.max(maxDistance, Math.floor((end - start) * (1 - ANCHORING.minQuoteSimilarity)));
      const distance = start === match.start && end === match.end ? match.distance : editDistance(pattern, lower.slice(start, end));
      if (distance <= allowed) out.push({ start, end, distance });
    }
  }
  return out;
}

/** `at` and up to `MAX_EDGES` places on each side of it, nearest first, that pass `isEdge`. */
function edgesNear(lower: string, at: number, reach: number, isEdge: (at: number) => boolean): number[] {
  const edges = isEdge(at) ? [at] : [];
  for (const step of [-1, 1]) {
    let found = 0;
    for (let k = at + step; Math.abs(k - at) <= reach && k >= 0 && k <= lower.length && found < MAX_EDGES; k += step) {
      if (isEdge(k)) {
        edges.push(k);
        found++;
      }
    }
  }
  return edges;
}

/** A quote that starts with a word starts at a word's start; otherwise where its first character is. */
function startsLike(pattern: string, lower: string, at: number): boolean {
  return isWordChar(pattern[0]) ? isWordChar(lower[at]) && !isWordChar(lower[at - 1]) : lower[at] === pattern[0];
}

function endsLike(pattern: string, lower: string, at: number): boolean {
  const last = pattern[pattern.length - 1];
  return isWordChar(last) ? isWordChar(lower[at - 1]) && !isWordChar(lower[at]) : lower[at - 1] === last;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
