import { nextAnchor } from './anchors';
import { parseClockTime, parseNoon } from './clock';
import { buildFigure, buildOrdinal } from './figure';
import { readDigitCore, readVagueCore, readWordCore } from './core';
import { isDigitCode, isLetterCode, matchAt, type Draft, type ScanState } from './draft';
import { parseDayFirst, parseIsoDate, parseMonthFirst } from './dates';
import { MONTHS, MONTH_NAMES, ORDINALS, WEEKDAYS, WEEKDAY_NAMES } from './lexicon';
import { parseMoneyPrefix } from './money';
import { readCountedNoun } from './nouns';
import { gluedBefore, readNumeral } from './numerals';
import { parseDayWord, parseEarlyLate, parseShifted, parseWeekday } from './relative';
import { CURRENCY_CODES, GLUED_UNITS } from './units';
import { readWordNumber } from './words';
import { parseEraYear, parseYear } from './years';

const CODES = new Set(CURRENCY_CODES.split('|'));
const TOKEN_END = /[\d.,/:]*\d[A-Za-z]*/y;
const PHONE = /(?:\+\d{1,3}[ \t.-]?)?(?:\(\d{2,4}\)[ \t]?|\d{3}[ \t.-])\d{3}[ \t.-]\d{3,4}(?!\d)|\d{3}-\d{4}(?!\d)/y;
/** "+44 20 7946 0958": after a plus sign, groups of digits are one telephone number. */
const INTERNATIONAL = /\+\d{1,3}(?:[ \t.-]?\(?\d+\)?){2,}/y;
/** "08457 90 90 90", "0800 123": a leading zero starts a telephone number; seven plain digits or more are an id. */
const DIGIT_RUN = /0\d{2,}(?:[ \t.-]\d{2,})*|\d{7,}(?![.,]?\d)/y;
/** "2560 x 1600", "42 x 36 x 10": dimensions are left alone. */
const DIMENSIONS = /\d[\d,.]*(?:[ \t]*[x\u00D7][ \t]*\d[\d,.]*)+(?![A-Za-z])/y;
const TWO_DIGIT_YEAR = /\d\d(?:s|(?![\d'A-Za-z]))/y;
const TIME = /\d{1,2}(?::\d{2})?[ \t]*[ap](?:\.[ \t]?m\.?|m)(?![A-Za-z])|\d{1,2}:\d{2}(?::\d{2})?(?!\d)/iy;
const ORDINAL_SUFFIX = /(st|nd|rd|th)(?![A-Za-z])/iy;
const GLUED_WORD = /[A-Za-z]+/y;
const NAME_BEFORE = /(?<![A-Za-z.'-])([A-Za-z]*[A-Z][A-Za-z]*)[ \t]+$/;
/** "1. The Nobel …", "2) …": a list marker, not a figure. */
const LIST_BEFORE = /(?:^|[\n:?!.;)"'])[ \t]*$/;
const LIST_AFTER = /[.)][ \t]+["'(]?[A-Z]/y;
const REFERENCE_BEFORE = /(?:(?<![A-Za-z])(?:No|Nos|Vol|Art|Sec|Ch|Pt|Fig|Rte|Rt|Flight|Route|Highway)\.?|\u00A7+|[#\u2116])[ \t]*$/i;
/** Capitalised words that may stand before a figure ("In 2022", "About 300"): everything else names a thing ("Boeing 737"). */
const FREE_BEFORE = new Set(
  ('in on at by since until from about around nearly almost some over under more fewer less only just all the of for ' +
    'with after before during between and but or to up roughly approximately exactly another those these its their his ' +
    'her our a an within than least most estimated total when as while where once still yet also another killing ' +
    'about by some than at least just only nearly ' + MONTH_NAMES.replace(/\|/g, ' ') + ' ' + WEEKDAY_NAMES.replace(/\|/g, ' ')).split(' '),
);

/** The end of the digit token at `pos`, so a refused token is skipped whole. */
function tokenEnd(text: string, pos: number): number {
  return pos + (matchAt(TOKEN_END, text, pos)?.[0].length ?? 1);
}

function namedBefore(text: string, pos: number, floor: number): boolean {
  const slice = text.slice(Math.max(floor, pos - 24), pos);
  if (REFERENCE_BEFORE.test(slice)) return true;
  const m = NAME_BEFORE.exec(slice);
  return m !== null && !FREE_BEFORE.has(m[1].toLowerCase());
}

/** A figure, a date or a time that begins with a digit; a number to skip to when there is none. */
function parseDigits(state: ScanState, pos: number): Draft | number {
  const { text } = state;
  if (gluedBefore(text, pos)) return tokenEnd(text, pos);
  const prev = text[pos - 1];
  // "/status/516…", "id=42", "'08": a path, code, or a year cut to two digits; "‘314’" in quotes is fine.
  if (prev === '/' || prev === '=' || prev === '\\') return tokenEnd(text, pos);
  if (prev === "'" && matchAt(TWO_DIGIT_YEAR, text, pos)) return tokenEnd(text, pos);
  const run = matchAt(DIGIT_RUN, text, pos);
  if (run) return pos + run[0].length;
  const dimension = matchAt(DIMENSIONS, text, pos);
  if (dimension) return pos + dimension[0].length;
  const phoneAt = text[pos - 1] === '(' || text[pos - 1] === '+' ? pos - 1 : pos;
  const phone = matchAt(text[pos - 1] === '+' ? INTERNATIONAL : PHONE, text, phoneAt);
  if (phone) return phoneAt + phone[0].length;
  const time = matchAt(TIME, text, pos);
  if (time) return parseClockTime(state, pos) ?? pos + time[0].length;
  const date = parseIsoDate(text, pos) ?? parseDayFirst(text, pos) ?? parseEraYear(text, pos);
  if (date) return date;
  let numeral = readNumeral(text, pos);
  if (!numeral) return tokenEnd(text, pos);
  // "3.5m people": a glued m before a counted noun is millions, not metres.
  if (/^[mb]n?(?![A-Za-z])/i.test(text.slice(numeral.digitsEnd, numeral.digitsEnd + 3)) && readCountedNoun(text, numeral.digitsEnd + 1)) {
    numeral = readNumeral(text, pos, true)!;
  }
  const next = text.charCodeAt(numeral.digitsEnd);
  const nextChar = text[numeral.digitsEnd];
  if ((nextChar === '/' || nextChar === ':') && isDigitCode(text.charCodeAt(numeral.digitsEnd + 1))) return tokenEnd(text, pos);
  if (numeral.plain && numeral.digitsEnd - pos <= 2 && matchAt(LIST_AFTER, text, numeral.digitsEnd) &&
    LIST_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return numeral.digitsEnd + 1;
  if (namedBefore(text, pos, state.floor) && !readCountedNoun(text, numeral.end)) return tokenEnd(text, pos);
  if (!numeral.scaled && isLetterCode(next)) {
    const suffix = matchAt(ORDINAL_SUFFIX, text, numeral.digitsEnd);
    if (suffix && numeral.plain) {
      return buildOrdinal(state, pos, numeral.digitsEnd + suffix[0].length, numeral.value) ?? tokenEnd(text, pos);
    }
    // A letter outside ASCII glued on ("5µg", "40é") reads as no known unit, and the token is passed over.
    const glued = matchAt(GLUED_WORD, text, numeral.digitsEnd)?.[0].toLowerCase() ?? '';
    const decade = glued === 's' && numeral.plain && numeral.digitsEnd - pos === 4;
    if (!decade && !GLUED_UNITS.has(glued)) return tokenEnd(text, pos);
  }
  const year = parseYear(state, numeral);
  if (year === undefined) return tokenEnd(text, pos);
  if (year !== 'figure') return year;
  const core = readDigitCore(state, numeral);
  if (!core) return tokenEnd(text, core === null ? numeral.end + 1 : pos);
  return buildFigure(state, core) ?? tokenEnd(text, pos);
}

/** A figure or date that begins with a word: "two days", "fifth year", "February 4", "last month". */
function parseWord(state: ScanState, pos: number, anchor: string): Draft | undefined {
  const lower = anchor.toLowerCase();
  // "sub-zero", "Su-twenty": a word glued by a hyphen to letters before it is part of a name.
  if (pos >= 2 && state.text[pos - 1] === '-' && isLetterCode(state.text.charCodeAt(pos - 2))) return undefined;
  if (MONTHS.has(lower) || lower === 'early' || lower === 'mid' || lower === 'late') {
    return parseMonthFirst(state.text, pos, state.floor) ?? (lower === 'mid' || MONTHS.has(lower) ? undefined : parseEarlyLate(state, pos));
  }
  if (lower === 'noon' || lower === 'midday' || lower === 'midnight') return parseNoon(state, pos);
  if (WEEKDAYS.has(lower)) return parseWeekday(state, pos);
  if (lower === 'last' || lower === 'next' || lower === 'this' || lower === 'past' || lower === 'earlier' || lower === 'later') {
    return parseShifted(state, pos);
  }
  if (lower === 'yesterday' || lower === 'today' || lower === 'tomorrow' || lower === 'tonight' || lower === 'the') {
    return parseDayWord(state, pos);
  }
  const ordinal = ORDINALS.get(lower);
  if (ordinal !== undefined) return buildOrdinal(state, pos, pos + anchor.length, ordinal);
  const vague = readVagueCore(state, pos);
  if (vague) return buildFigure(state, vague);
  const word = readWordNumber(state.text, pos);
  if (word?.ordinal) return buildOrdinal(state, pos, word.end, word.value);
  if (word) return buildFigure(state, readWordCore(state, word));
  if (lower === 'a' || lower === 'an') {
    return buildFigure(state, { start: pos, end: pos + anchor.length, value: 1, words: true, bare1: true, scaled: false, vague: false });
  }
  return undefined;
}

function parseAt(state: ScanState, pos: number, anchor: string): Draft | number | undefined {
  const code = anchor.charCodeAt(0);
  if (isDigitCode(code)) return parseDigits(state, pos);
  if (!isLetterCode(code) || CODES.has(anchor) || anchor.startsWith('Rs')) return parseMoneyPrefix(state, pos);
  return parseWord(state, pos, anchor);
}

/** Every figure and date in the folded text, left to right, none overlapping. */
export function scanFigures(state: ScanState): Draft[] {
  const out: Draft[] = [];
  for (let m = nextAnchor(state.text, 0); m; ) {
    const found = parseAt(state, m.index, m.text);
    let from = m.index + m.text.length;
    if (typeof found === 'number') from = Math.max(found, m.index + 1);
    else if (found) {
      out.push(found);
      state.floor = found.end;
      from = found.end;
    }
    m = nextAnchor(state.text, from);
  }
  return out;
}
