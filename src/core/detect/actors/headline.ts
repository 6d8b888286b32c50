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
  const length = lineEnd - lineStart;
  if (length <= MAX_HEADLINE) {
    const line = folded.slice(lineStart, lineEnd);
    if (isAllCaps(line)) return [lineStart, lineEnd];
    const sentenceEnd = /[.!?]["')\]]*\s*$/.test(line);
    if (!sentenceEnd && isTitleCase(folded, lineStart, lineEnd)) return [lineStart, lineEnd];
  }
  const head = folded.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LABEL + 2));
  const colon = lineStart + head.indexOf(': ');
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

function isTitleCase(folded: string, start: number, end: number): boolean {
  const words = folded.slice(start, end).match(WORD);
  if (!words) return false;
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (MINOR.test(w)) continue;
    content++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
  }
  return content > 0 && capitalised / content >= 0.75;
}

export function isAllCaps(line: string): boolean {
  if (/[a-z][a-z]/.test(line)) return false;
  const words = line.match(WORD);
  if (!words || words.length < 2) return false;
  let caps = 0;
  for (const w of words) if (w.length > 1 && w === w.toUpperCase()) caps++;
  return caps >= 2 && caps / words.length >= 0.6;
}
