import type { NumberType } from '../../model';
import { addDays, addMonths, isoDate, isoOf } from './calendar';
import type { Core } from './core';
import { matchAt, type Draft, type MutableValue, type ScanState } from './draft';
import { hedgeBefore, orSoAfter, perAfter, scopeAfter, scopeBefore } from './hedges';
import { readCountedNoun, readOrdinalNoun, singularize } from './nouns';
import { phrase } from './relative';
import { readQuantityUnit } from './quantity';
import { CURRENCY_WORDS, QUANTITY_UNITS, TIME_UNITS, type TimeUnit } from './units';

const PERCENT = /(?:[ \t]*%|[ \t]+(?:percent|per[ \t]+cent|pct)(?![A-Za-z]))/iy;
const POINTS = /[ \t]+percentage[ \t]+points?(?![A-Za-z])/iy;
const CURRENCY_AFTER = new RegExp(
  `[ \\t]+(?:(?:US|U\\.S\\.)[ \\t]+)?(${[...CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'iy',
);
const HYPHEN = /-([A-Za-z]+)(?:-(long|old|wide|tall|high|deep|thick))?(?![A-Za-z])/y;
const TIME_AFTER = new RegExp(`[ \\t]+(${[...TIME_UNITS.keys()].join('|')})(?![A-Za-z])`, 'iy');
const TIME_TAIL = /[ \t]+(ago|later|earlier|before|after|prior|previously|old|long)(?![A-Za-z])/iy;
const OF = /[ \t]+of(?=[ \t])/iy;
const SPACED_OLD = /[ \t]+old(?![A-Za-z])/iy;
/** "Kim, 31, said": a small number between commas after a name is an age. */
const NAME_COMMA = /[A-Z][A-Za-z'-]+,[ \t]*$/;
const COMMA_NEXT = /[ \t]*,/y;
const AGE_BEFORE = /(?<![A-Za-z])(?:aged?|ages?[ \t]+of)[ \t]+$/i;
/** A bare number in brackets ("(12)", "[3]") is a reference or a caption count; after "=" it is code. */
const BRACKET_BEFORE = /[([][ \t]*$/;
const BRACKET_AFTER = /[ \t]*[)\]]/y;
const CODE_BEFORE = /=[ \t]*$/;
/** Before "a year" or "one day", the words that make it a length of time and not an article. */
const DURATION_CONTEXT = /(?<![A-Za-z])(?:for|within|in|after|than|about|nearly|almost|over|only|just|past|last|around|roughly|under|least|some|lasted|lasting|took|spent)[ \t]+$/i;
const NOT_HYPHEN_NOUNS = /^(?:thirds?|quarters?|halves|fifths?|sixths?|eighths?|tenths?|odd|plus|something|year|and|or|to|a)$|(?:ed|ing|ly|est)$/;

/** The value every figure starts from: its amount, or its range, or its order of magnitude. */
function baseValue(core: Core): MutableValue {
  if (core.value !== undefined) return core.plus ? { amount: core.value, approx: 'above' } : { amount: core.value };
  return core.vague ? { min: core.min, max: core.max, approx: 'order-of-magnitude' } : { min: core.min, max: core.max };
}

/** Hedges and scope words around the figure, then the finished draft. */
function finish(state: ScanState, core: Core, type: NumberType, end: number, value: MutableValue): Draft {
  const { text } = state;
  let start = core.start;
  if (type !== 'date') {
    const scope = scopeAfter(text, end);
    if (scope) [value.scope, end] = [scope.scope, scope.end];
    const orSo = orSoAfter(text, end);
    if (orSo !== undefined && !value.approx) [value.approx, end] = ['about', orSo];
  }
  const hedge = hedgeBefore(text, start, state.floor, type === 'duration');
  if (hedge && value.approx !== 'order-of-magnitude') [value.approx, start] = [hedge.approx, hedge.start];
  const total = type === 'date' ? undefined : scopeBefore(text, start, state.floor);
  if (total && !value.scope) [value.scope, start] = [total.scope, total.start];
  if (!value.approx && type !== 'date') value.approx = 'exact';
  return { type, start, end, value };
}

function withPer(state: ScanState, end: number, value: MutableValue): number {
  const per = perAfter(state.text, end);
  if (!per) return end;
  value.per = singularize(per.per);
  return per.end;
}

function duration(state: ScanState, core: Core, end: number, time: TimeUnit): Draft {
  const value = { ...baseValue(core), unit: time.unit };
  if (core.value !== undefined) value.days = Math.round(core.value * time.days * 1e6) / 1e6;
  return finish(state, core, 'duration', end, value);
}

/** "four years ago" resolves against the document's date; "two days later" is relative to the story. */
function relativeDate(state: ScanState, core: Core, end: number, time: TimeUnit, tail: string): Draft {
  const doc = state.documentDate;
  const value: MutableValue = {};
  if (doc && tail === 'ago' && core.value !== undefined && Number.isInteger(core.value)) {
    const n = core.value;
    if (time.unit === 'day' || time.unit === 'week') value.iso = isoOf(addDays(doc, -n * (time.unit === 'week' ? 7 : 1)));
    else if (time.unit === 'month') value.iso = isoOf(addMonths(doc, -n)).slice(0, 7);
    else if (time.unit === 'year' || time.unit === 'decade') value.iso = isoDate(doc.year - n * (time.unit === 'decade' ? 10 : 1));
  }
  const draft = finish(state, core, 'date', end, value);
  if (!value.iso) value.relative = phrase(state.text, draft.start, draft.end);
  return draft;
}

/** Types a figure by what follows it: %, a currency, a unit of time or measure, or the noun it counts. */
export function buildFigure(state: ScanState, core: Core, currency?: string): Draft | undefined {
  const { text } = state;
  const p = core.end;
  if (currency !== undefined) {
    const value = { ...baseValue(core), unit: currency };
    return finish(state, core, 'money', withPer(state, p, value), value);
  }
  let m = matchAt(PERCENT, text, p) ?? matchAt(POINTS, text, p);
  if (m) {
    const unit = /point/i.test(m[0]) ? 'percentage point' : 'percent';
    return finish(state, core, 'percent', p + m[0].length, { ...baseValue(core), unit });
  }
  m = matchAt(CURRENCY_AFTER, text, p);
  if (m) {
    const value = { ...baseValue(core), unit: CURRENCY_WORDS.get(m[1].toLowerCase().replace(/\s+/g, ' '))! };
    return finish(state, core, 'money', withPer(state, p + m[0].length, value), value);
  }
  m = matchAt(HYPHEN, text, p);
  if (m) return hyphenated(state, core, m);
  m = matchAt(TIME_AFTER, text, p);
  if (m) {
    const time = TIME_UNITS.get(m[1].toLowerCase())!;
    const end = p + m[0].length;
    const tail = matchAt(TIME_TAIL, text, end);
    const word = tail?.[1].toLowerCase();
    if (tail && word !== 'old' && word !== 'long') return relativeDate(state, core, end + tail[0].length, time, word!);
    if (word === 'old' && time.unit === 'year') {
      return finish(state, core, 'quantity', end + tail![0].length, { ...baseValue(core), unit: 'years old' });
    }
    if (core.bare1 && !DURATION_CONTEXT.test(text.slice(Math.max(state.floor, core.start - 12), core.start))) return undefined;
    return duration(state, core, word === 'long' ? end + tail![0].length : end, time);
  }
  const quantity = readQuantityUnit(text, p);
  if (quantity && !core.bare1) {
    const value = { ...baseValue(core), unit: quantity.unit };
    return finish(state, core, 'quantity', withPer(state, quantity.end, value), value);
  }
  if (core.bare1) return undefined;
  const of = core.vague ? matchAt(OF, text, p) : null;
  const noun = readCountedNoun(text, of ? p + of[0].length : p);
  const headTime = noun && noun.unit === noun.head ? TIME_UNITS.get(noun.head) : undefined;
  if (noun && headTime) {
    const tail = matchAt(TIME_TAIL, text, noun.end);
    const word = tail?.[1].toLowerCase();
    if (tail && word !== 'old' && word !== 'long') return relativeDate(state, core, noun.end + tail[0].length, headTime, word!);
    return duration(state, core, noun.end, headTime);
  }
  const currencyHead = noun ? CURRENCY_WORDS.get(`${noun.head}s`) ?? CURRENCY_WORDS.get(noun.head) : undefined;
  if (noun && currencyHead && noun.unit === noun.head) return finish(state, core, 'money', noun.end, { ...baseValue(core), unit: currencyHead });
  const headQuantity = noun && noun.unit === noun.head ? QUANTITY_UNITS.get(`${noun.head}s`) ?? QUANTITY_UNITS.get(noun.head) : undefined;
  if (noun && headQuantity) return finish(state, core, 'quantity', noun.end, { ...baseValue(core), unit: headQuantity });
  if (noun) {
    const value = { ...baseValue(core), unit: noun.unit };
    return finish(state, core, 'count', withPer(state, noun.end, value), value);
  }
  if (core.words && !core.scaled) return undefined;
  const before = text.slice(Math.max(state.floor, core.start - 30), core.start);
  if (!core.words && core.value !== undefined && Number.isInteger(core.value) && core.value > 0 && core.value < 120 &&
    ((matchAt(COMMA_NEXT, text, p) && NAME_COMMA.test(before)) || AGE_BEFORE.test(before))) {
    return finish(state, core, 'quantity', p, { ...baseValue(core), unit: 'years old' });
  }
  if (CODE_BEFORE.test(before) || (BRACKET_BEFORE.test(before) && matchAt(BRACKET_AFTER, text, p))) return undefined;
  return finish(state, core, 'count', p, baseValue(core));
}

/** "four-year-long", "two-day", "59-year-old", "700-mile", "30-member". */
function hyphenated(state: ScanState, core: Core, m: RegExpExecArray): Draft | undefined {
  const word = m[1].toLowerCase();
  const end = core.end + m[0].length;
  const time = TIME_UNITS.get(word);
  const spacedOld = time?.unit === 'year' && !m[2] ? matchAt(SPACED_OLD, state.text, end) : null;
  if (spacedOld) return finish(state, core, 'quantity', end + spacedOld[0].length, { ...baseValue(core), unit: 'years old' });
  if (time && m[2]?.toLowerCase() === 'old') {
    return time.unit === 'year' ? finish(state, core, 'quantity', end, { ...baseValue(core), unit: 'years old' }) : undefined;
  }
  if (core.bare1 && !(time && DURATION_CONTEXT.test(state.text.slice(Math.max(state.floor, core.start - 12), core.start)))) return undefined;
  if (time) return m[2] === undefined || m[2].toLowerCase() === 'long' ? duration(state, core, end, time) : undefined;
  const quantity = QUANTITY_UNITS.get(word);
  if (quantity) return finish(state, core, 'quantity', end, { ...baseValue(core), unit: quantity });
  if (m[2]) return undefined;
  if (core.vague || NOT_HYPHEN_NOUNS.test(word) || word.length < 3) return undefined;
  return finish(state, core, 'count', end, { ...baseValue(core), unit: singularize(word) });
}

/** An ordinal with the noun it orders: "fifth year", "21st century", "second day". */
export function buildOrdinal(state: ScanState, start: number, end: number, n: number): Draft | undefined {
  const noun = readOrdinalNoun(state.text, end);
  if (!noun) return undefined;
  return { type: 'ordinal', start, end: noun.end, value: { amount: n, unit: noun.unit } };
}
