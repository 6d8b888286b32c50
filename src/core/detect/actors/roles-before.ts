import { DEMONYMS, MONTHS, OPENERS, STOP, WEEKDAYS } from './lexicon';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './roles';
import { isBlank, skipBlanksBack, wordStartBack } from './scan';

const MAX_WORDS = 6;
const DETERMINERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * The start of a role phrase ending right before `nameStart` ("Kremlin spokesman ▸Dmitry"),
 * or -1. With `needNoun` false a run of modifiers alone counts ("former ▸President Obama").
 * Most names have no role: the first word read decides that, so the common case is cheap.
 */
export function roleStartBefore(folded: string, nameStart: number, needNoun: boolean): number {
  if (nameStart === 0 || !isBlank(folded.charCodeAt(nameStart - 1))) return -1;
  let end = skipBlanksBack(folded, nameStart);
  let start = wordStartBack(folded, end);
  if (start === end || hasNewline(folded, end, nameStart)) return -1;
  const first = bare(folded.slice(start, end));
  const sawNoun = ROLE_NOUNS.has(first);
  if (!sawNoun && (needNoun || !isModifier(first))) return -1;
  let roleStart = start;
  for (let n = 1; n < MAX_WORDS; n++) {
    const gapEnd = start;
    end = skipBlanksBack(folded, start);
    if (end === gapEnd || hasNewline(folded, end, gapEnd)) break;
    start = wordStartBack(folded, end);
    if (start === end) break;
    const raw = folded.slice(start, end);
    if (/'s?$/i.test(raw)) break;
    const word = bare(raw);
    if (DETERMINERS.has(word)) break;
    if (ROLE_NOUNS.has(word) || isModifier(word) || isProperWord(raw, word)) roleStart = start;
    else break;
  }
  return roleStart;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function isProperWord(raw: string, lower: string): boolean {
  const c = raw.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c > 191 && raw[0] !== raw[0].toLowerCase())) return false;
  return !STOP.has(lower) && !OPENERS.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower);
}

function isModifier(lower: string): boolean {
  return ROLE_MODIFIERS.has(lower) || DEMONYMS.has(lower) || /^(?:ex|then|former|co)-/.test(lower);
}
