import type { Span } from '../../text/span';

export interface QuoteSpan extends Span {
  /** Offsets of the quotation marks themselves, so the speaker search can start outside them. */
  readonly outerStart: number;
  readonly outerEnd: number;
}

/**
 * Finds double-quoted passages in folded text (curly quotes are already folded to `"`).
 * A quote may run past a sentence end ("… we wait." he said) but never past a paragraph,
 * so one unbalanced mark cannot swallow the rest of the article.
 */
export function findQuotes(folded: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  // The marks and line breaks found with indexOf, in text order, rather than by reading every character.
  let newline = folded.indexOf('\n');
  for (let i = folded.indexOf('"'); i >= 0; i = folded.indexOf('"', i + 1)) {
    for (; newline >= 0 && newline < i; newline = folded.indexOf('\n', newline + 1)) {
      if (open >= 0 && isParagraphBreak(folded, newline)) open = -1;
    }
    if (open < 0) {
      open = i;
      continue;
    }
    const innerStart = open + 1;
    const inner = folded.slice(innerStart, i);
    if (/\p{L}/u.test(inner) && inner.trim().length > 0) {
      const lead = inner.length - inner.trimStart().length;
      const trail = inner.length - inner.trimEnd().length;
      quotes.push({ start: innerStart + lead, end: i - trail, outerStart: open, outerEnd: i + 1 });
    }
    open = -1;
  }
  return quotes;
}

function isParagraphBreak(text: string, newlineAt: number): boolean {
  // A quote continued on the next line is allowed only while the line is not blank.
  let j = newlineAt + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  return j >= text.length || text[j] === '\n';
}
