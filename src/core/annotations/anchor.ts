import type { Span } from '../text/span';
import { ANCHORING, type AnchorOutcome } from './anchoring-bars';
import { compareContext, type ContextVerdict } from './context-match';
import { keepsNeighbours } from './edited-in-place';
import { fuzzyMatch } from './fuzzy-match';
import type { TextPositionSelector, TextQuoteSelector } from './model';
import { normalizeForSearch, prepareSearchText, toNormIndex, toOriginalSpan, type SearchText } from './search-text';

export { ANCHORING, type AnchorOutcome, type OrphanReason } from './anchoring-bars';

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
      // Where a look-alike took the old place, the passage's own neighbours are elsewhere: look further.
      const home = span.start === hintStart && !compareContext(quote, search.original, span).contradicted
        && (!hasNeighbours(quote) || keepsNeighbours(quote, search.original, span));
      if (home) return { state: 'exact', ...span };
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
  /** Between the neighbouring sentences stored with the quote. */
  readonly between: () => boolean;
}

/** Every place the quote occurs word for word, nearest the old position first; context is read on demand. */
function exactCandidates(search: SearchText, needle: string, quote: TextQuoteSelector, hint: number | undefined): Candidate[] {
  const starts: number[] = [];
  for (let at = search.norm.indexOf(needle); at >= 0; at = search.norm.indexOf(needle, at + 1)) starts.push(at);
  const spans = starts.map((at) => toOriginalSpan(search, at, at + needle.length));
  if (hint !== undefined) spans.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return spans.slice(0, ANCHORING.maxExactCandidates).map((span) => {
    let verdict: ContextVerdict | undefined;
    let home: boolean | undefined;
    return {
      span,
      context: () => (verdict ??= compareContext(quote, search.original, span)),
      between: () => (home ??= keepsNeighbours(quote, search.original, span)),
    };
  });
}

/**
 * The best context wins; near-ties go to the one place still between the passage's stored
 * neighbouring sentences, then to the place nearest the old position, or, when two are
 * equally near or there is no old position, to nobody. Undefined when no place has a
 * fitting context. Candidates come nearest first, so when the nearest fitting place is
 * within the margin of a perfect context and keeps its neighbours, nothing farther can
 * beat it and no more is read.
 */
function chooseExact(candidates: readonly Candidate[], hint: number | undefined): AnchorOutcome | undefined {
  const distance = (c: Candidate): number => (hint === undefined ? 0 : Math.abs(c.span.start - hint));
  const fits = (c: Candidate): boolean => !c.context().contradicted;
  const place = (c: Candidate): AnchorOutcome => ({ state: c.span.start === hint ? 'exact' : 'shifted', ...c.span });
  const ambiguous: AnchorOutcome = { state: 'orphaned', reason: 'ambiguous' };
  const atHome = (group: readonly Candidate[]): Candidate | undefined => {
    const home = group.filter((c) => c.between());
    return home.length === 1 ? home[0] : undefined;
  };
  if (hint !== undefined) {
    const nearest = candidates.find(fits);
    if (!nearest) return undefined;
    if (nearest.context().score >= 1 - ANCHORING.margin) {
      if (candidates.length === 1 || nearest.between()) return place(nearest);
      const home = atHome(candidates.filter((c) => fits(c) && c.context().score >= 1 - ANCHORING.margin));
      if (home) return place(home);
      return candidates.some((c) => c !== nearest && distance(c) === distance(nearest) && fits(c)) ? ambiguous : place(nearest);
    }
  }
  const eligible = candidates.filter(fits);
  if (eligible.length === 0) return undefined;
  const best = Math.max(...eligible.map((c) => c.context().score));
  const close = eligible.filter((c) => c.context().score >= best - ANCHORING.margin);
  const [first, second] = close;
  if (!second) return place(first);
  const home = atHome(close);
  if (home) return place(home);
  return hint === undefined || distance(first) === distance(second) ? ambiguous : place(first);
}

function hasNeighbours(quote: TextQuoteSelector): boolean {
  return quote.before !== undefined || quote.after !== undefined;
}
