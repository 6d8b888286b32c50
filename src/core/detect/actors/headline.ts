/**
 * Headlines and section titles are Title Case: there every word is capitalised, so
 * capitalisation says nothing about names ("Peace Talks Face Hurdles"). Such stretches
 * only yield names confirmed elsewhere (gazetteers, the article body).
 */

/** Small words a Title Case headline may leave lower-case. */
const MINOR = /^(a|an|the|and|or|but|nor|of|in|on|at|to|for|by|as|up|off|with|from|into|over|than|via|vs|is|are|be|its)$/i;
const WORD = /\p{L}[\p{L}\p{M}'-]*/gu;
const MAX_HEADLINE = 200;
const MAX_LABEL = 60;

const NONE: [number, number] = [-1, -1];
const LABEL_AT_END = /(?:^|[.!?]\s+|\s-\s+)([^.!?:]{1,60}):\s*$/;

/**
 * The Title Case stretch of the line [lineStart, lineEnd): the whole line, a "Label:" before
 * a sentence, or a "- Label:" closing the line; [-1, -1] when the line is ordinary prose.
 */
export function headlineRange(folded: string, lineStart: number, lineEnd: number): [number, number] {
  if (lineEnd - lineStart <= MAX_HEADLINE) {
    if (!hasLowerPair(folded, lineStart, lineEnd) && isAllCaps(folded.slice(lineStart, lineEnd))) return [lineStart, lineEnd];
    if (!endsSentence(folded, lineStart, lineEnd) && isTitleCase(folded, lineStart, lineEnd)) return [lineStart, lineEnd];
  }
  const colon = labelColon(folded, lineStart, Math.min(lineEnd - 1, lineStart + MAX_LABEL + 1));
  if (colon > lineStart && isTitleCase(folded, lineStart, colon)) return [lineStart, colon];
  if (folded.charCodeAt(lineEnd - 1) === 58 || folded.charCodeAt(lineEnd - 2) === 58) {
    const tailStart = Math.max(lineStart, lineEnd - MAX_LABEL - 8);
    const m = LABEL_AT_END.exec(folded.slice(tailStart, lineEnd));
    if (m) {
      const from = tailStart + m.index + m[0].lastIndexOf(':') - m[1].length;
      if (isTitleCase(folded, from, lineEnd)) return [from, lineEnd];
    }
  }
  return NONE;
}

/** Two lower-case ASCII letters in a row: the line is not in capitals. Usually found at once. */
function hasLowerPair(text: string, from: number, to: number): boolean {
  let previous = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    if (lower && previous) return true;
    previous = lower;
  }
  return false;
}

/** Whether the line ends with a full stop, perhaps inside closing quotes or brackets; headlines may end with "?" or "!". */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 34 || c === 39 || c === 41 || c === 93) i--;
    else return c === 46;
  }
  return false;
}

/** The colon of a short "Label: text" (or Markdown "**Label:** text") at the start of a line, or -1. */
function labelColon(text: string, from: number, to: number): number {
  // A colon inside brackets ("Acme (NASDAQ: ACME) said") closes no label.
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    if (c !== 58 || depth > 0) continue;
    let j = i + 1;
    while (text.charCodeAt(j) === 42 || text.charCodeAt(j) === 95) j++;
    if (text.charCodeAt(j) === 32) return i;
  }
  return -1;
}

/** Whether most content words of [start, end) are capitalised; a character loop, no word array. */
function isTitleCase(text: string, start: number, end: number): boolean {
  let content = 0;
  let capitalised = 0;
  let i = start;
  while (i < end) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < end && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 45)) i++;
    if (i - from <= 4 && MINOR.test(text.slice(from, i))) continue;
    content++;
    const c = text.charCodeAt(from);
    if ((c >= 65 && c <= 90) || (c > 191 && text[from] !== text[from].toLowerCase())) capitalised++;
  }
  return content > 0 && capitalised / content >= 0.75;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 191 && c !== 0x2014 && c !== 0x2013);
}

export function isAllCaps(line: string): boolean {
  if (/[a-z][a-z]/.test(line)) return false;
  const words = line.match(WORD);
  if (!words || words.length < 2) return false;
  let caps = 0;
  for (const w of words) if (w.length > 1 && w === w.toUpperCase()) caps++;
  return caps >= 2 && caps / words.length >= 0.6;
}
