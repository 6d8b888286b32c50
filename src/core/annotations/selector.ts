import type { Span } from '../text/span';
import { compareContext } from './context-match';
import type { TextQuoteSelector } from './model';
import { CONTEXT_CHARS, outerContext, quoteContext } from './quote-context';
import { normalizeForSearch, prepareSearchText, toOriginalSpan, type SearchText } from './search-text';

/** Context widths tried in turn; the sentence bounds every one of them. */
export const CONTEXT_WIDTHS = [CONTEXT_CHARS, CONTEXT_CHARS * 2, CONTEXT_CHARS * 4];
/** Other occurrences of the quote checked against the context, nearest first. */
const MAX_OTHERS = 100;

/**
 * The quote selector for `span` as the text reads now. The context is 32 characters a side
 * unless that would also fit another place where the same words occur ("percent." after
 * "reduced latency by twelve " in two sentences); then it grows, within the sentence, until
 * it tells them apart. A selector that fits two places is how a note later lands on the wrong one.
 */
export function selectorAt(text: string | SearchText, span: Span): TextQuoteSelector {
  const search = typeof text === 'string' ? prepareSearchText(text) : text;
  const exact = search.original.slice(span.start, span.end);
  const needle = normalizeForSearch(exact);
  const others: Span[] = [];
  if (needle.trim().length > 0) {
    for (let at = search.norm.indexOf(needle); at >= 0; at = search.norm.indexOf(needle, at + 1)) {
      const other = toOriginalSpan(search, at, at + needle.length);
      if (other.start !== span.start) others.push(other);
    }
  }
  others.sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start));
  const nearest = others.slice(0, MAX_OTHERS);
  let quote: TextQuoteSelector = { exact, prefix: '', suffix: '' };
  for (const width of CONTEXT_WIDTHS) {
    quote = { exact, ...quoteContext(search.original, span, width) };
    if (nearest.every((other) => compareContext(quote, search.original, other).contradicted)) break;
  }
  return { ...quote, ...outerContext(search.original, span) };
}
