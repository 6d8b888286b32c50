import { isoDate } from './calendar';
import { matchAt, type Draft, type ScanState } from './draft';
import { hedgeBefore, wordBefore } from './hedges';
import { readCountedNoun } from './nouns';
import type { Numeral } from './numerals';
import { readQuantityUnit } from './quantity';

const DECADE = /(\d{3}0)s(?![A-Za-z])/y;
const ERA = /(\d{1,4})[ \t]*(AD|A\.D\.|CE|C\.E\.|BCE|BC|B\.C\.|B\.C\.E\.)(?![A-Za-z])/y;

/**
 * "31 AD", "44 BC": a year of an era. BC years use astronomical numbering, as ISO 8601
 * does: 1 BC is year 0, 44 BC is "-0043".
 */
export function parseEraYear(text: string, pos: number): Draft | undefined {
  const m = matchAt(ERA, text, pos);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n === 0) return undefined;
  const bc = m[2].toUpperCase().startsWith('B');
  const iso = bc ? (n === 1 ? '0000' : `-${String(n - 1).padStart(4, '0')}`) : isoDate(n);
  return { type: 'date', start: pos, end: pos + m[0].length, value: { iso }, explicitYear: bc ? 1 - n : n };
}
const YEAR_RANGE = /(\d{4})[ \t]*(-|to|through|and)[ \t]*(\d{4}|\d{2})(?![\d:A-Za-z])/iy;
const PERCENT_NEXT = /[ \t]*(?:%|percent|per[ \t]+cent)/iy;
/** Words after which four digits are a year: "in 2022", "since 2014", "Russia's 2022 invasion", "mid-2022". */
const YEAR_CONTEXT = /(?:(?<![A-Za-z])(?:in|since|by|until|till|from|of|during|before|after|through|throughout|early|late|circa|year|spring|summer|autumn|fall|winter|end|start|beginning|between|and|or|to)[ \t]+|(?<![A-Za-z])(?:mid|pre|post|early|late)-|'s[ \t]+)$/i;
/** "the 1994 Budapest Memorandum", "its 2022 invasion": a determiner, then the year used as a modifier. */
const DETERMINER = /(?<![A-Za-z])(?:the|its|their|his|her|our|this|that|a|an)[ \t]+$/i;
const WORD_AFTER = /[ \t]+[A-Za-z]/y;
const MODIFIER = /(?<![A-Za-z])(?:mid|pre|post|early|late)-$/i;
const BETWEEN = /(?<![A-Za-z])between[ \t]+$/i;

/**
 * Four plain digits at `numeral`: a year, a decade ("the 1990s") or a range of years
 * ("2014-2022", "2022-23"), or `'figure'` when they count something ("2000 troops"),
 * or `undefined` when nothing says which (a bare "2022" is left alone).
 */
export function parseYear(state: ScanState, numeral: Numeral): Draft | 'figure' | undefined {
  const { text } = state;
  const pos = numeral.start;
  const value = numeral.value;
  if (!numeral.plain || numeral.digitsEnd - pos !== 4 || value < 1000 || value > 2999) return 'figure';
  const decade = matchAt(DECADE, text, pos);
  if (decade) {
    return { type: 'date', start: pos, end: pos + decade[0].length, value: { iso: isoDate(value), isoEnd: isoDate(value + 9) } };
  }
  const after = numeral.digitsEnd;
  if (readCountedNoun(text, after) || matchAt(PERCENT_NEXT, text, after) || readQuantityUnit(text, after)) return 'figure';
  const hedge = hedgeBefore(text, pos, state.floor);
  if (hedge) {
    // "since at least 2010", "by around 2030": a hedged year; "about 2000" alone is a figure.
    if (wordBefore(text, hedge.start, state.floor, YEAR_CONTEXT) === undefined) return 'figure';
    return { type: 'date', start: hedge.start, end: after, value: { iso: isoDate(value), approx: hedge.approx }, explicitYear: value };
  }
  const between = wordBefore(text, pos, state.floor, BETWEEN);
  const range = matchAt(YEAR_RANGE, text, pos);
  const rangeEnd = range ? pos + range[0].length : after;
  const context = between !== undefined || wordBefore(text, pos, state.floor, YEAR_CONTEXT) !== undefined ||
    (wordBefore(text, pos, state.floor, DETERMINER) !== undefined && matchAt(WORD_AFTER, text, rangeEnd) !== null);
  if (!context) return value >= 1900 && value <= 2100 ? undefined : 'figure';
  const start = wordBefore(text, pos, state.floor, MODIFIER) ?? pos;
  if (range && (range[2].toLowerCase() !== 'and' || between !== undefined)) {
    const second = range[3].length === 2 ? Math.floor(value / 100) * 100 + Number(range[3]) : Number(range[3]);
    if (second > value) {
      return { type: 'date', start: between ?? start, end: pos + range[0].length, value: { iso: isoDate(value), isoEnd: isoDate(second) }, explicitYear: second };
    }
  }
  return { type: 'date', start, end: after, value: { iso: isoDate(value) }, explicitYear: value };
}
