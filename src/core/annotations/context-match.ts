import type { Span } from '../text/span';
import type { TextQuoteSelector } from './model';
import { CONTEXT_CHARS, quoteContext } from './quote-context';
import { normalizeForSearch } from './search-text';
import { alignWords, wordsOf } from './words';

export interface ContextVerdict {
  /** 0..1: the share of stored context words still around the candidate; 1 when none were stored. */
  readonly score: number;
  /** How much stored context there was (normalised characters of the sides that hold words). */
  readonly weight: number;
  /** A stored context word was replaced by another: this is a different passage that looks alike. */
  readonly contradicted: boolean;
}

/**
 * Compares the context stored with a quote against the text around a candidate. The
 * candidate's context is read twice as wide as the stored one, so words pushed away by a
 * small insertion are still found instead of looking lost.
 */
export function compareContext(quote: TextQuoteSelector, text: string, candidate: Span): ContextVerdict {
  const around = quoteContext(text, candidate, 2 * Math.max(CONTEXT_CHARS, quote.prefix.length, quote.suffix.length));
  const sides = [
    { stored: quote.prefix, found: around.prefix },
    { stored: quote.suffix, found: around.suffix },
  ];
  let weight = 0;
  let weighted = 0;
  let contradicted = false;
  for (const side of sides) {
    const expected = wordsOf(side.stored);
    if (expected.length === 0) continue;
    const alignment = alignWords(expected, wordsOf(side.found));
    const sideWeight = normalizeForSearch(side.stored).trim().length;
    weight += sideWeight;
    weighted += sideWeight * (alignment.matched / expected.length);
    if (alignment.exchanged) contradicted = true;
  }
  return { score: weight === 0 ? 1 : weighted / weight, weight, contradicted };
}
