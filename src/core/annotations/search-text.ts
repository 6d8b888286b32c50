import { foldTypography } from '../text/fold';
import type { Span } from '../text/span';

/**
 * An article prepared once for anchoring all its annotations. Quotes are compared on
 * typography-folded text with every whitespace run read as one space, so curly versus
 * straight quotes, no-break spaces, CRLF versus LF and re-wrapped lines do not break
 * an anchor. `toOriginal` maps each index of `norm` back to the article.
 */
export interface SearchText {
  readonly original: string;
  readonly norm: string;
  /** `norm` in lower case, index for index, for approximate matching. */
  readonly lower: string;
  /** norm index → original index; one entry more than `norm`, the last is the text's length. */
  readonly toOriginal: Int32Array;
}

export function prepareSearchText(text: string): SearchText {
  const folded = foldTypography(text);
  const norm = folded.replace(SPACE_RUNS, ' ');
  const toOriginal = new Int32Array(norm.length + 1);
  let i = 0;
  for (let j = 0; j < norm.length; j++) {
    toOriginal[j] = i;
    if (isSpace(folded.charCodeAt(i))) while (i < folded.length && isSpace(folded.charCodeAt(i))) i++;
    else i++;
  }
  toOriginal[norm.length] = text.length;
  return { original: text, norm, lower: lowerSameLength(norm), toOriginal };
}

/** Runs of two or more white-space characters, or one that is not a plain space. */
const SPACE_RUNS = /[ \t\n\r\v\f\u0085\u2028\u2029]{2,}|[\t\n\r\v\f\u0085\u2028\u2029]/g;

/** The same normalisation for a quote, prefix or suffix. */
export function normalizeForSearch(text: string): string {
  return foldTypography(text).replace(SPACE_RUNS, ' ');
}

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters ("İ") grow when lowered; keep those as they are so offsets hold.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The first norm index at or after an original offset. */
export function toNormIndex(search: SearchText, offset: number): number {
  const map = search.toOriginal;
  let low = 0;
  let high = map.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (map[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A norm span in original offsets: from its first character to just after its last. */
export function toOriginalSpan(search: SearchText, start: number, end: number): Span {
  const from = search.toOriginal[start];
  if (end <= start) return { start: from, end: from };
  return { start: from, end: search.toOriginal[end - 1] + 1 };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0x85 || code === 0x2028 || code === 0x2029;
}
