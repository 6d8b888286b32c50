/**
 * Character-level helpers for looking at a name's neighbours without slicing windows or
 * running backward-anchored regexes, which cost far more than the detector's budget allows.
 */

export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Letters, digits and the marks that live inside words ("U.S.", "O'Brien", "pro-Kremlin"). */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 46 || code === 39 || code === 45 || (code > 191 && code !== 0x2014 && code !== 0x2013)
  );
}

/** The position after the word that ends before `at` once blanks are skipped; `at` itself if none. */
export function skipBlanksBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

export function wordStartBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Up to `count` lower-case words right before `at`, nearest first, separated by blanks only;
 * stops at punctuation. Trailing full stops are dropped ("Mr." → "mr").
 */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  let pos = at;
  while (out.length < count) {
    const end = skipBlanksBack(text, pos);
    if (end === pos && out.length > 0) break;
    const start = wordStartBack(text, end);
    if (start === end) break;
    let word = text.slice(start, end).toLowerCase();
    if (word.endsWith('.')) word = word.slice(0, -1);
    out.push(word);
    pos = start;
  }
  return out;
}

/** Where the last `wordBefore` call found its word: lets a caller step back word by word. */
export const cursor = { start: 0 };

/** The lower-case word ending right before `at` (blanks between allowed), or ''. */
export function wordBefore(text: string, at: number): string {
  const end = skipBlanksBack(text, at);
  const start = wordStartBack(text, end);
  cursor.start = start;
  if (start === end || end - start > 24) return '';
  const word = text.slice(start, end).toLowerCase();
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** What `wordAfter` saw between the name and the word. */
export const after = { comma: false, possessive: false, capitalised: false, end: 0 };

const NON_ASCII_LETTER = /\p{L}/u;

function isLetterOrApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return c === c && NON_ASCII_LETTER.test(text[i]);
}

/**
 * The lower-case word after a name: an optional comma, or a possessive "'s" / "'", then
 * blanks, then the word; '' when something else follows. Details go to `after`.
 */
export function wordAfter(text: string, at: number): string {
  after.comma = false;
  after.possessive = false;
  let i = at;
  let j = at;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (text.charCodeAt(j) === 44) {
    after.comma = true;
    i = j + 1;
  }
  if (text.charCodeAt(i) === 39) {
    after.possessive = true;
    i++;
    if ((text.charCodeAt(i) | 32) === 115) i++;
  }
  const blanks = i;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (i === blanks) return '';
  const start = i;
  while (isLetterOrApostrophe(text, i)) i++;
  if (i === start) return '';
  after.end = i;
  const first = text.charCodeAt(start);
  after.capitalised = first < 128 ? first >= 65 && first <= 90 : text[start] !== text[start].toLowerCase();
  return text.slice(start, i).toLowerCase();
}
