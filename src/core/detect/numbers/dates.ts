import { isoDate, validDay } from './calendar';
import { isUpperCode, matchAt, type Draft, type PartialDate } from './draft';
import { wordBefore } from './hedges';
import { MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES } from './lexicon';

const MONTH = `(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z]|:\\d)';
const JOIN = '[ \\t]*(?:-|to|through|and|&)[ \\t]*';
const YEAR = '(?:,?[ \\t]+(?:of[ \\t]+)?(\\d{4})(?![\\d:A-Za-z]))';

/** "February 24, 2022", "Feb. 4-5", "February 4th and 5th", "February 28 - March 2", "mid-February", "January 2026". */
const MONTH_FIRST = new RegExp(
  `(?:(early|mid|late)(?:[ \\t]+|-))?${MONTH}(\\.)?(?:[ \\t]+${DAY}(?:${JOIN}(?:${MONTH}\\.?[ \\t]+)?${DAY})?)?${YEAR}?`,
  'iy',
);
/** "24 February 2022", "4-5 February", "4 and 5 February", "the 4th of February". */
const DAY_FIRST = new RegExp(`${DAY}(?:${JOIN}${DAY})?[ \\t]+(?:of[ \\t]+)?${MONTH}(?![A-Za-z])\\.?${YEAR}?`, 'iy');
const ISO = /(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/-])/y;

/** Words after which a month name alone is a date: "in February", "since October". */
const MONTH_CONTEXT = /(?<![A-Za-z])(?:in|since|by|until|till|from|during|before|after|through|throughout|of|between|and|to|or|early|mid|late|end)[ \t]+$/i;

const FULL_MONTHS = new Set(MONTH_NAMES.split('|'));

const capitalised = (text: string, at: number): boolean => isUpperCode(text.charCodeAt(at));

function dateDraft(start: number, end: number, year: number | undefined, partial: PartialDate): Draft {
  const { month, day, endMonth, endDay } = partial;
  if (year === undefined) return { type: 'date', start, end, value: {}, partial };
  const value: Draft['value'] = { iso: isoDate(year, month, day) };
  if (endDay !== undefined) {
    const last = endMonth ?? month;
    value.isoEnd = isoDate(last < month ? year + 1 : year, last, endDay);
  }
  return { type: 'date', start, end, value, explicitYear: year };
}

/** Checks a day range: the end is after the start, both days exist. */
function validRange(p: PartialDate, year: number | undefined): boolean {
  if (p.day !== undefined && !validDay(p.month, p.day, year)) return false;
  if (p.endDay === undefined) return true;
  const endMonth = p.endMonth ?? p.month;
  if (!validDay(endMonth, p.endDay, year)) return false;
  return endMonth !== p.month || p.endDay > (p.day ?? 0);
}

const yearOf = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

export function parseMonthFirst(text: string, pos: number, floor: number): Draft | undefined {
  const m = matchAt(MONTH_FIRST, text, pos);
  if (!m) return undefined;
  const [whole, modifier, monthWord, dot, day, month2, day2, yearText] = m;
  const monthAt = pos + whole.toLowerCase().indexOf(monthWord.toLowerCase(), modifier ? modifier.length : 0);
  if (!capitalised(text, monthAt)) return undefined;
  // "early"/"mid"/"late" qualify a month, not a day: "late November 29" is November 29.
  if (modifier && m[4] !== undefined) return parseMonthFirst(text, monthAt, floor);
  const month = MONTHS.get(monthWord.toLowerCase())!;
  const year = yearOf(yearText);
  const abbreviated = !FULL_MONTHS.has(monthWord.toLowerCase());
  if (dot && !abbreviated && (day !== undefined || year !== undefined)) return undefined;
  if (month2 !== undefined && !capitalised(text, pos + whole.indexOf(month2, monthAt - pos + monthWord.length))) return undefined;
  if (day === undefined && year === undefined) {
    // A month alone: only after a preposition ("in February") or "early"/"mid"/"late"; never "May" the verb.
    if (abbreviated) return undefined;
    if (!modifier && wordBefore(text, pos, floor, MONTH_CONTEXT) === undefined) return undefined;
  }
  const partial: PartialDate = {
    month,
    day: day === undefined ? undefined : Number(day),
    endMonth: month2 === undefined ? undefined : MONTHS.get(month2.toLowerCase()),
    endDay: day2 === undefined ? undefined : Number(day2),
  };
  if (!validRange(partial, year)) return undefined;
  let end = pos + whole.length;
  if (year === undefined && day === undefined && dot) end--;
  return dateDraft(pos, end, year, partial);
}

export function parseDayFirst(text: string, pos: number): Draft | undefined {
  const m = matchAt(DAY_FIRST, text, pos);
  if (!m) return undefined;
  const [whole, day, day2, monthWord, yearText] = m;
  if (!capitalised(text, pos + whole.lastIndexOf(monthWord, whole.length - (yearText ? yearText.length : 0)))) return undefined;
  const year = yearOf(yearText);
  const partial: PartialDate = {
    month: MONTHS.get(monthWord.toLowerCase())!,
    day: Number(day),
    endDay: day2 === undefined ? undefined : Number(day2),
  };
  if (!validRange(partial, year)) return undefined;
  let end = pos + whole.length;
  if (!yearText && whole.endsWith('.')) end--;
  return dateDraft(pos, end, year, partial);
}

/** "2026-02-06" or "2026/02/06"; a time after it ("T10:00Z") is left alone. */
export function parseIsoDate(text: string, pos: number): Draft | undefined {
  const m = matchAt(ISO, text, pos);
  if (!m) return undefined;
  const year = Number(m[1]);
  const partial = { month: Number(m[3]), day: Number(m[4]) };
  if (!validDay(partial.month, partial.day, year)) return undefined;
  return dateDraft(pos, pos + m[0].length, year, partial);
}
