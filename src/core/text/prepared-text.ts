import { foldTypography } from './fold';
import { splitSentences } from './sentences';
import type { Span } from './span';

/**
 * One document's text with the work every detector shares done once: the typography-folded
 * copy (same length, same offsets) and the sentence spans.
 */
export interface PreparedText {
  readonly text: string;
  readonly folded: string;
  readonly sentences: readonly Span[];
}

export function prepareText(text: string): PreparedText {
  return { text, folded: foldTypography(text), sentences: splitSentences(text) };
}
