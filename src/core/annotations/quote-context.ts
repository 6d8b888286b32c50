import { splitSentences } from '../text/sentences';
import type { Span } from '../text/span';

/** How much context a quote selector stores on each side, as in Hypothesis. */
export const CONTEXT_CHARS = 32;

/** Sentences are found in a window this much wider than the context, never in the whole article. */
const SENTENCE_MARGIN = 160;

export interface QuoteContext {
  readonly prefix: string;
  readonly suffix: string;
}

export interface OuterContext {
  readonly before?: string;
  readonly after?: string;
}

/**
 * The text around `span` within its sentence, at most `maxChars` on each side and cut
 * at word boundaries. Bounded by the sentence so that editing the next sentence does not
 * age the context; whole words so that a context compares word by word.
 */
export function quoteContext(text: string, span: Span, maxChars = CONTEXT_CHARS): QuoteContext {
  const { before, after } = sentenceBounds(text, span, maxChars + SENTENCE_MARGIN);
  let from = Math.max(before, span.start - maxChars);
  if (from > before && isWordChar(text, from - 1)) while (from < span.start && isWordChar(text, from)) from++;
  let to = Math.min(after, span.end + maxChars);
  if (to < after && isWordChar(text, to)) while (to > span.end && isWordChar(text, to - 1)) to--;
  return { prefix: text.slice(from, span.start).trimStart(), suffix: text.slice(span.end, to).trimEnd() };
}

/**
 * Up to `CONTEXT_CHARS` of the text just before the sentence that holds the span's start
 * and just after the one that holds its end, whole words: the neighbours that tell a
 * sentence edited in place from a look-alike sentence elsewhere. A side with nothing
 * there (the article's start or end) is left out.
 */
export function outerContext(text: string, span: Span): OuterContext {
  const { before, after } = sentenceBounds(text, span, CONTEXT_CHARS + SENTENCE_MARGIN);
  const out: { before?: string; after?: string } = {};
  let from = Math.max(0, before - CONTEXT_CHARS);
  if (from > 0 && isWordChar(text, from - 1)) while (from < before && isWordChar(text, from)) from++;
  const preceding = text.slice(from, before).trim().replace(/^[^\p{L}\p{N}]+/u, '');
  if (preceding) out.before = preceding;
  let to = Math.min(text.length, after + CONTEXT_CHARS);
  if (to < text.length && isWordChar(text, to)) while (to > after && isWordChar(text, to - 1)) to--;
  const following = text.slice(after, to).trim();
  if (following) out.after = following;
  return out;
}

/** Where the sentence holding the span's start begins, and where the one holding its end ends. */
function sentenceBounds(text: string, span: Span, margin: number): { before: number; after: number } {
  const windowStart = Math.max(0, span.start - margin);
  const windowEnd = Math.min(text.length, span.end + margin);
  const sentences = splitSentences(text.slice(windowStart, windowEnd));
  let before = span.start;
  let after = span.end;
  for (const s of sentences) {
    const start = s.start + windowStart;
    const end = s.end + windowStart;
    if (start <= span.start && span.start < end) before = start;
    if (start < span.end && span.end <= end) after = end;
  }
  return { before, after };
}

function isWordChar(text: string, index: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[index] ?? '');
}
