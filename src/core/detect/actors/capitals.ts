/**
 * Finds capitalised words: a plain (non-Unicode) regular expression jumps to the next capital
 * that starts a word, `test` allocates no match object, and a character loop reads the word.
 * This is several times cheaper than one Unicode expression for the whole word. The grammar
 * is that of the expression
 *   (?:\p{Lu}\.){2,} | WORD(?:-WORD)*(?:-(?:elect|designate))?
 *   WORD = \p{Lu}[\p{L}\p{M}\p{N}]* then ('\p{L}[\p{L}\p{M}]*)* unless the apostrophe starts
 *          a contraction or possessive ('s, 'm, 'd, 't, 'll, 're, 've)
 * found only at the start of a word.
 */

/** Where the last word found by `nextCapitalised` ends. */
export const found = { end: 0 };

const UPPER = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * A letter of a cased script (Latin, Greek, Cyrillic) not preceded by a letter or digit. The
 * character class comes first so the engine can scan for it quickly; the look-behind that
 * checks the word start runs only where it matched.
 */
const CASED = '\\u00C0-\\u024F\\u0370-\\u052F';
const WORD_START = new RegExp(`[A-Z${CASED}](?<![A-Za-z0-9${CASED}][A-Z${CASED}])`, 'g');

/** Start of the next capitalised word at or after `from` (`from` at a word boundary), or -1. */
export function nextCapitalised(text: string, from: number): number {
  WORD_START.lastIndex = from;
  while (WORD_START.test(text)) {
    const i = WORD_START.lastIndex - 1;
    if (isUpper(text, i)) {
      found.end = tokenEnd(text, i);
      return i;
    }
    WORD_START.lastIndex = wordEnd(text, i + 1);
  }
  return -1;
}

function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : c === c && UPPER.test(text[i]);
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && WORD_CHAR.test(text[i]);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c === c && LETTER.test(text[i]);
}

function wordEnd(text: string, i: number): number {
  while (isWordChar(text, i)) i++;
  return i;
}

function tokenEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) === 46 && isUpper(text, i + 2) && text.charCodeAt(i + 3) === 46) {
    let j = i;
    while (isUpper(text, j) && text.charCodeAt(j + 1) === 46) j += 2;
    return j;
  }
  let j = wordWithApostrophes(text, i + 1);
  while (text.charCodeAt(j) === 45 && isUpper(text, j + 1)) j = wordWithApostrophes(text, j + 2);
  if (text.charCodeAt(j) === 45) {
    for (const tail of TITLE_SUFFIXES) {
      if (text.startsWith(tail, j + 1) && !isWordChar(text, j + 1 + tail.length)) return j + 1 + tail.length;
    }
  }
  return j;
}
const TITLE_SUFFIXES = ['elect', 'designate'];

/** The rest of a word from `i`, continued over "'Brien" but not over "'s", "'m", "'ll". */
function wordWithApostrophes(text: string, i: number): number {
  let j = wordEnd(text, i);
  while (text.charCodeAt(j) === 39 && isLetter(text, j + 1) && !isContraction(text, j + 1)) {
    j += 2;
    while (isLetter(text, j)) j++;
  }
  return j;
}

function isContraction(text: string, i: number): boolean {
  const a = text.charCodeAt(i) | 32;
  if ((a === 115 || a === 109 || a === 100 || a === 116) && !isLetter(text, i + 1) && !isDigitAt(text, i + 1)) return true;
  const b = text.charCodeAt(i + 1) | 32;
  const two = (a === 108 && b === 108) || (a === 114 && b === 101) || (a === 118 && b === 101);
  return two && !isLetter(text, i + 2) && !isDigitAt(text, i + 2);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
