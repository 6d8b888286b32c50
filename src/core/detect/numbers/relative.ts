import { addDays, addMonths, isoDate, isoOf, mondayOf, nearestWeekday, weekday } from './calendar';
import { isUpperCode, matchAt, type DateParts, type Draft, type MutableValue, type ScanState } from './draft';
import { wordBefore } from './hedges';
import { DAY_PARTS, MONTHS, MONTH_NAMES, SEASONS, WEEKDAYS, WEEKDAY_NAMES } from './lexicon';

const SHIFTED = new RegExp(
  `(last|next|this|past)[ \\t]+(week|month|year|weekend|decade|${DAY_PARTS}|${SEASONS}|${MONTH_NAMES}|${WEEKDAY_NAMES})(?![A-Za-z])`, 'iy',
);
const EARLIER_THIS = /(?:earlier|later)[ \t]+this[ \t]+(week|month|year)(?![A-Za-z])/iy;
const DAY_WORD = new RegExp(`(yesterday|today|tomorrow|tonight)(?:[ \\t]+(?:${DAY_PARTS}))?(?![A-Za-z'-])`, 'iy');
const THE_DAY = /the[ \t]+(?:day[ \t]+(?:before|after)|(?:previous|next|following)[ \t]+day)(?![A-Za-z])/iy;
const WEEKDAY = new RegExp(`(${WEEKDAY_NAMES})(?:[ \\t]+(?:${DAY_PARTS}))?(?![A-Za-z])`, 'iy');
const THE_BEFORE = /(?<![A-Za-z])the[ \t]+$/i;

type Shift = 'last' | 'next' | 'this' | 'past';

/** The words of a relative date, as stored when there is no document date to resolve it. */
export function phrase(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
}

const DAY_PART = /(morning|afternoon|evening|night)|(tonight)/i;
const EARLY_OR_LATE = /^(early|late)/i;

/** The part of the day a phrase names ("Friday night", "this morning"; "late Thursday" is late), if any. */
function dayPartOf(words: string): string | undefined {
  const m = DAY_PART.exec(words);
  if (m) return m[1] ? m[1].toLowerCase() : 'night';
  return EARLY_OR_LATE.exec(words)?.[1].toLowerCase();
}

function relativeDraft(state: ScanState, start: number, end: number, resolved: MutableValue | undefined): Draft {
  const value: MutableValue = resolved ?? { relative: phrase(state.text, start, end) };
  const part = dayPartOf(state.text.slice(start, end));
  if (part) value.dayPart = part;
  return { type: 'date', start, end, value };
}

const range = (from: DateParts, to: DateParts): MutableValue => ({ iso: isoOf(from), isoEnd: isoOf(to) });

function resolveShift(doc: DateParts, shift: Shift, unit: string): MutableValue | undefined {
  const step = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
  switch (unit) {
    // "this morning" is the day of writing, "last night" the evening before; "next morning" is the story's, not the document's.
    case 'morning': case 'afternoon': case 'evening': case 'night':
      if (shift === 'this') return { iso: isoOf(doc) };
      return shift === 'last' && (unit === 'night' || unit === 'evening') ? { iso: isoOf(addDays(doc, -1)) } : undefined;
    case 'summer': case 'winter': case 'spring': case 'autumn': case 'fall': case 'season':
      return undefined;
    case 'week': {
      if (shift === 'past') return range(addDays(doc, -7), doc);
      const monday = addDays(mondayOf(doc), 7 * step);
      return range(monday, addDays(monday, 6));
    }
    case 'month':
      if (shift === 'past') return range(addMonths(doc, -1), doc);
      return { iso: isoOf(addMonths(doc, step)).slice(0, 7) };
    case 'year':
      if (shift === 'past') return range(addMonths(doc, -12), doc);
      return { iso: isoDate(doc.year + step) };
    case 'decade':
      return shift === 'past' || shift === 'last' ? range(addMonths(doc, -120), doc) : undefined;
    case 'weekend': {
      const day = weekday(doc);
      let saturday = day === 0 ? addDays(doc, -1) : nearestWeekday(doc, 6, 'forward', false);
      if (shift === 'last' || shift === 'past') saturday = day === 6 ? addDays(doc, -7) : nearestWeekday(doc, 6, 'back', true);
      if (shift === 'next') saturday = addDays(saturday, 7);
      return range(saturday, addDays(saturday, 1));
    }
  }
  const month = MONTHS.get(unit);
  if (month !== undefined) {
    if (shift === 'this') return { iso: isoDate(doc.year, month) };
    if (shift === 'next') return { iso: isoDate(month > doc.month ? doc.year : doc.year + 1, month) };
    return { iso: isoDate(month < doc.month ? doc.year : doc.year - 1, month) };
  }
  const target = WEEKDAYS.get(unit)!;
  const day = shift === 'next' || shift === 'this'
    ? nearestWeekday(doc, target, 'forward', shift === 'next')
    : nearestWeekday(doc, target, 'back', true);
  return { iso: isoOf(day) };
}

/** "last month", "next week", "this year", "the past week", "last May", "next Sunday", "earlier this month". */
export function parseShifted(state: ScanState, pos: number): Draft | undefined {
  const { text, documentDate } = state;
  const earlier = matchAt(EARLIER_THIS, text, pos);
  const m = earlier ?? matchAt(SHIFTED, text, pos);
  if (!m) return undefined;
  const unit = m[earlier ? 1 : 2].toLowerCase();
  const unitAt = pos + m[0].length - unit.length;
  if ((MONTHS.has(unit) || WEEKDAYS.has(unit)) && !isUpperCode(text.charCodeAt(unitAt))) return undefined;
  let shift = (earlier ? 'this' : m[1].toLowerCase()) as Shift;
  let start = pos;
  const the = wordBefore(text, pos, state.floor, THE_BEFORE);
  if (the !== undefined && (shift === 'past' || shift === 'last') && !MONTHS.has(unit) && !WEEKDAYS.has(unit)) {
    start = the;
    shift = 'past';
  }
  const resolved = documentDate ? resolveShift(documentDate, shift, unit) : undefined;
  return relativeDraft(state, start, pos + m[0].length, resolved);
}

/** "yesterday", "today", "the day before", "the following day". */
export function parseDayWord(state: ScanState, pos: number): Draft | undefined {
  const { text, documentDate } = state;
  const m = matchAt(DAY_WORD, text, pos);
  // "the Today show", "said Today": capitalised after a word in the same sentence, it is a name.
  if (m && isUpperCode(text.charCodeAt(pos)) && /[a-z,][ \t]+$/.test(text.slice(Math.max(0, pos - 3), pos))) return undefined;
  if (m) {
    const word = m[1].toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const resolved = documentDate ? { iso: isoOf(addDays(documentDate, offset)) } : undefined;
    return relativeDraft(state, pos, pos + m[0].length, resolved);
  }
  const the = matchAt(THE_DAY, text, pos);
  // Relative to an event in the story, not to the document's date: kept as words.
  return the ? relativeDraft(state, pos, pos + the[0].length, undefined) : undefined;
}

/** "on Sunday": the latest such day on or before the document's date. */
export function parseWeekday(state: ScanState, pos: number): Draft | undefined {
  const { text, documentDate } = state;
  const m = matchAt(WEEKDAY, text, pos);
  if (!m || !isUpperCode(text.charCodeAt(pos))) return undefined;
  const target = WEEKDAYS.get(m[1].toLowerCase())!;
  const resolved = documentDate ? { iso: isoOf(nearestWeekday(documentDate, target, 'back', false)) } : undefined;
  return relativeDraft(state, pos, pos + m[0].length, resolved);
}

const EARLY_LATE = /(?:early|late)[ \t]+/iy;

/** "early Friday", "late last night", "early this morning": a part of the day named after it. */
export function parseEarlyLate(state: ScanState, pos: number): Draft | undefined {
  const m = matchAt(EARLY_LATE, state.text, pos);
  if (!m) return undefined;
  const at = pos + m[0].length;
  const next = state.text.slice(at, at + 4).toLowerCase();
  const day = next === 'last' || next === 'this' ? parseShifted(state, at) : parseWeekday(state, at) ?? parseDayWord(state, at);
  if (!day) return undefined;
  day.start = pos;
  if (day.value.relative !== undefined) day.value.relative = phrase(state.text, pos, day.end);
  day.value.dayPart = dayPartOf(state.text.slice(pos, day.end));
  return day;
}
