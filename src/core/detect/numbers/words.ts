import { matchAt } from './draft';
import { ORDINALS, SCALES, SMALL_NUMBERS, TENS } from './lexicon';

/** A number spelled in words: "two hundred and fifty", "a dozen", "half a million", "twenty-first". */
export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly scaled: boolean;
  /** "twenty-first": the value is an ordinal. */
  readonly ordinal: boolean;
  /** Just "one", "a" or "an": too often a pronoun or article to stand for a count. */
  readonly bare1: boolean;
}

const WORD = /[A-Za-z]+/y;
const SEPARATOR = /[ \t]+|-|[ \t]*\r?\n[ \t]*/y;
const AND_A_HALF = /[ \t]+and[ \t]+a[ \t]+half(?![A-Za-z])/iy;
const HALF_A = /half[ \t]+an?[ \t]+(thousand|million|billion|trillion|dozen|hundred)(?![A-Za-z])/iy;

type Last = 'none' | 'article' | 'small' | 'tens' | 'hundred' | 'scale' | 'and';

/** Reads the longest well-formed number phrase at `pos`; undefined when there is none. */
export function readWordNumber(text: string, pos: number): WordNumber | undefined {
  const half = matchAt(HALF_A, text, pos);
  if (half) {
    const word = half[1].toLowerCase();
    const base = word === 'dozen' ? 12 : word === 'hundred' ? 100 : SCALES.get(word)!;
    return { start: pos, end: pos + half[0].length, value: base / 2, scaled: true, ordinal: false, bare1: false };
  }
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let end = pos;
  let scaled = false;
  let ordinal = false;
  let p = pos;
  for (;;) {
    const m = matchAt(WORD, text, p);
    if (!m) break;
    const word = m[0].toLowerCase();
    const wordEnd = p + m[0].length;
    const small = SMALL_NUMBERS.get(word);
    const tens = TENS.get(word);
    const scale = SCALES.get(word);
    const ord = ORDINALS.get(word);
    if ((word === 'a' || word === 'an') && last === 'none') {
      current = 1;
      last = 'article';
    } else if (small !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and' || (last === 'tens' && small > 0 && small < 10))) {
      current += small;
      last = 'small';
    } else if (tens !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and')) {
      current += tens;
      last = 'tens';
    } else if ((word === 'hundred' || word === 'dozen') && (last === 'small' || last === 'article') && current < 100) {
      current *= word === 'hundred' ? 100 : 12;
      last = 'hundred';
      scaled = true;
    } else if (scale !== undefined && scale < lastScale && current > 0 && last !== 'and' && last !== 'none') {
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
      scaled = true;
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      last = 'and';
    } else if (ord !== undefined && ord > 0 && ord < 10 && last === 'tens') {
      current += ord;
      ordinal = true;
      end = wordEnd;
      break;
    } else break;
    if (last !== 'and' && last !== 'article') end = wordEnd;
    const sep = matchAt(SEPARATOR, text, wordEnd);
    if (!sep) break;
    p = wordEnd + sep[0].length;
  }
  if (end === pos) return undefined;
  let value = total + current;
  const bare1 = value === 1 && !scaled;
  if (!ordinal && (last === 'small' || last === 'tens' || last === 'hundred' || last === 'and')) {
    const andHalf = matchAt(AND_A_HALF, text, end);
    if (andHalf) {
      value += 0.5;
      end += andHalf[0].length;
    }
  }
  return { start: pos, end, value, scaled, ordinal, bare1 };
}
