import type { Span } from '../text/span';
import { compareContext } from './context-match';
import type { TextQuoteSelector } from './model';
import { outerContext } from './quote-context';
import { alignWords, wordsOf } from './words';

/**
 * True when `span` is the quote's own passage edited in place: it overlaps the place the
 * quote had (`hint`, its old position or that position moved by live edits), starts and
 * ends on word edges where the quote did, and everything stored around the quote is still
 * there: every word of its context within the sentence and the edges of the neighbouring
 * sentences on both sides, with no word put in the place of another. Then words changed
 * inside the quote are an edit of this passage, not a look-alike: one elsewhere has other
 * neighbours or another place, and one that slid into the place of a deleted sentence has
 * other neighbours. A side with nothing stored (the article's start or end) must have
 * nothing there now either.
 */
export function keepsItsSurroundings(quote: TextQuoteSelector, text: string, span: Span, hint: Span | undefined): boolean {
  if (!hint || span.end <= hint.start || span.start >= hint.end) return false;
  if (!sameEdges(quote.exact, text, span)) return false;
  const context = compareContext(quote, text, span);
  if (context.contradicted || context.score < 1) return false;
  const around = outerContext(text, span);
  return sameNeighbours(quote.before, around.before) && sameNeighbours(quote.after, around.after);
}

/** A quote that began or ended with a whole word must not now begin or end inside one. */
function sameEdges(exact: string, text: string, span: Span): boolean {
  const startsWord = WORD.test(exact[0] ?? '');
  const endsWord = WORD.test(exact[exact.length - 1] ?? '');
  return !(startsWord && WORD.test(text[span.start - 1] ?? '')) && !(endsWord && WORD.test(text[span.end] ?? ''));
}

const WORD = /[\p{L}\p{N}]/u;

/** The stored edge of a neighbouring sentence is still there, its words in order, none replaced. */
export function sameNeighbours(stored: string | undefined, found: string | undefined): boolean {
  const expected = wordsOf(stored ?? '');
  const present = wordsOf(found ?? '');
  if (expected.length === 0) return present.length === 0;
  const alignment = alignWords(expected, present);
  return alignment.matched === expected.length && !alignment.exchanged;
}

/**
 * Both stored neighbouring sentences are still around `span`: what tells the passage from a
 * look-alike with the same words and the same context inside its sentence. False for a
 * quote stored before neighbours were recorded, which cannot tell.
 */
export function keepsNeighbours(quote: TextQuoteSelector, text: string, span: Span): boolean {
  if (quote.before === undefined && quote.after === undefined) return false;
  const around = outerContext(text, span);
  return sameNeighbours(quote.before, around.before) && sameNeighbours(quote.after, around.after);
}
