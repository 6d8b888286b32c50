import { isSpaceCode } from './chars';
import type { Span } from './span';

/** Words that end with a full stop without ending the sentence. Lower-cased, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'pres', 'supt', 'insp', 'det', 'rev', 'hon', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co',
  'bros', 'vs', 'etc', 'no', 'nos', 'vol', 'fig', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'cf', 'al',
]);

/** After "U.S." or "a.m." a capitalised word only starts a new sentence if it is one of these. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'their', 'its',
  'our', 'some', 'many', 'most', 'officials', 'however', 'meanwhile', 'still', 'yet',
]);

const TERMINATOR = /[.!?]+["'\u201D\u2019)\]]*(?=\s)/g;

/**
 * Splits text into sentence spans. Line structure is respected first, because news
 * files put headlines, datelines and list items on lines of their own without a full stop.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const block of splitBlocks(text)) splitBlock(text, block, out);
  return out;
}

/** Lines joined where a paragraph was hard-wrapped, split where a new unit begins. */
function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let current: Span | null = null;
  let previousLine = '';
  let blankSincePrevious = false;
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (isBlank(text, m.index, m.index + line.length)) {
      blankSincePrevious = true;
      continue;
    }
    const gap = current ? text.slice(current.end, m.index) : '';
    const blank = blankSincePrevious || /(\r?\n|\r)[ \t]*(\r?\n|\r)/.test(gap);
    const span = { start: m.index, end: m.index + line.length };
    if (current && !blank && continuesPreviousLine(previousLine, line)) current = { start: current.start, end: span.end };
    else {
      if (current) blocks.push(current);
      current = span;
    }
    previousLine = line;
    blankSincePrevious = false;
  }
  if (current) blocks.push(current);
  return blocks.map((b) => trimmed(text, b.start, b.end)).filter((b) => b.end > b.start);
}

function continuesPreviousLine(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  const nxt = next.trimStart();
  if (prev.length === 0 || nxt.length === 0) return false;
  if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/.test(nxt) || /^#{1,6}\s/.test(prev.trimStart())) return false;
  if (/[.!?:"'\u201D\u2019)]$/.test(prev)) return false;
  if (/[,;\-\u2013\u2014]$/.test(prev) || /^[a-z]/.test(nxt)) return true;
  // A wrapped paragraph stops mid-phrase; a headline is Title Case and ends on a content word.
  if (WRAP_WORD.test(prev)) return true;
  return prev.length >= 60 && /[a-z]$/.test(prev) && !isTitleCase(prev);
}

const WRAP_WORD = /\b(a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|that|as|into|than)$/;

function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length === 0) return true;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.6;
}

/** Whether the span holds only what `trim` removes (`isSpaceCode` is exactly that set). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function splitBlock(text: string, block: Span, out: Span[]): void {
  const body = text.slice(block.start, block.end);
  let sentenceStart = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
    const stopAt = m.index + m[0].length;
    if (!isBoundary(body, m.index, stopAt)) continue;
    pushTrimmed(text, block.start + sentenceStart, block.start + stopAt, out);
    sentenceStart = stopAt;
  }
  pushTrimmed(text, block.start + sentenceStart, block.end, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimmed(text, start, end);
  if (span.end > span.start) out.push(span);
}

function isBoundary(body: string, punctAt: number, after: number): boolean {
  let next = after;
  while (next < body.length && isSpaceCode(body.charCodeAt(next))) next++;
  if (next >= body.length) return true;
  // Only a capital, a digit or an opening quote or bracket starts a sentence.
  if (!mayStartSentence(body.charCodeAt(next))) return false;
  if (body.charCodeAt(punctAt) !== 46) return true;
  const wordBefore = wordEndingAt(body, punctAt);
  if (wordBefore.length === 0) return true;
  if (ABBREVIATIONS.has(wordBefore.toLowerCase())) return false;
  // Initials ("J. Smith") and dotted acronyms ("U.S.", "a.m."): a boundary only before a typical opener.
  if (/^\p{L}$/u.test(wordBefore) || /^(\p{L}\.)+\p{L}$/u.test(wordBefore)) {
    const nextWord = (/^["'\u201C\u2018(]*([\p{L}]+)/u.exec(body.slice(next, next + 40))?.[1] ?? '').toLowerCase();
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** `/[A-Z0-9"'\u201C\u2018(\[]/` or an upper-case letter (`\p{Lu}`), for one UTF-16 code unit. */
function mayStartSentence(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91;
  return code === 0x201c || code === 0x2018 || UPPER.test(String.fromCharCode(code));
}

const UPPER = /\p{Lu}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

/** The letters and dots directly before `end` ("U.S" before the final stop of "U.S."). */
function wordEndingAt(body: string, end: number): string {
  let start = end;
  while (start > 0 && start > end - 40 && isLetterOrDot(body.charCodeAt(start - 1))) start--;
  return body.slice(start, end);
}

function isLetterOrDot(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return LETTER_OR_DOT.test(String.fromCharCode(code));
}

/** The sentence holding a span, by binary search over sorted sentence spans. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid];
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}
