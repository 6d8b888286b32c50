import type { NumberMention } from '../model';
import type { Clause } from './number-subject';

/**
 * What a reader checks before calling two figures with one subject key a disagreement: that
 * each is a whole count stated as fact (not a part, an increment, a scale or a guessed price),
 * that they cover the same period and scope, and that the passages tell of the same thing.
 * Kept apart from number linking, which only groups.
 */
export interface FigureContext {
  /** "another three people", "14 more officers", "six shots, a pause, four more shots": a part, never the whole. */
  readonly partial: boolean;
  /** "will cost", "could reach": a guess, which sources make differently without disagreeing on a fact. */
  readonly forecast: boolean;
  /** Lower-case content words within a few words either side of the figure, sorted, unique. */
  readonly near: readonly string[];
  /** Capitalised words near the figure, outside any attribution: the names of what it is about. */
  readonly names: readonly string[];
  /** Those inside the figure itself: "two British hostages" are not "three American hostages". */
  readonly ownNames: readonly string[];
  /** The calendar words of its clause outside the figure ("year", "january"), joined: the period it covers. */
  readonly period: string;
}

/** A figure as the comparison needs it: its context, and the actors and dates its sentence names. */
export interface ComparedFigure {
  readonly mention: NumberMention;
  /** A total over a period ("since 2009") rather than one incident. */
  readonly aggregate: boolean;
  readonly context: FigureContext | undefined;
  readonly dates: readonly string[];
}

// Closed classes of English grammar and calendar words, not vocabulary read from any article.
const PART_BEFORE = /\b(?:another|other|additional|further|extra|newly|also|remaining|latest)\s+(?:\S+\s+)?$/i;
const PART_WITHIN = /\b(?:more(?! than)|other|others|additional|newly|further|extra|remaining)\b/i;
const PART_AFTER = /^\s*(?:more(?! than)|other|others|additional|newly|further|extra|of (?:them|whom|the|those|these))\b/i;
const FORECAST = /\b(?:will|would|could|might|may|shall|expects?|expected|forecasts?|projected|predicted|likely|rumou?red|if)\b/i;
/** Where a source is named rather than the counted thing: "X said", "according to X,". */
const ATTRIBUTION = /\b(?:said|says|say|told|tells|reported|reports|stated|announced|claimed|claims|estimated|estimates|according to [^,]*,?)/gi;
const FUNCTION_WORDS = new Set([
  'that', 'this', 'these', 'those', 'with', 'from', 'into', 'onto', 'have', 'been', 'were', 'will', 'would', 'could', 'should',
  'their', 'there', 'they', 'them', 'then', 'than', 'when', 'what', 'which', 'while', 'where', 'also', 'said', 'says', 'about',
  'after', 'before', 'over', 'under', 'some', 'more', 'most', 'such', 'only', 'just', 'very', 'being', 'each', 'other', 'does',
]);
const CALENDAR = /^(?:days?|weeks?|months?|years?|decades?|today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|june|july|august|september|october|november|december)$/;
const WORD = /\p{L}{4,}/gu;
const NAME = /(?<![.!?]["”’']?\s+|^\s*)\b\p{Lu}[\p{L}'’-]+/gu;
/** Words either side of a figure that name what it counts: a noun phrase and its verb. */
const NEAR_WORDS = 6;

export function figureContextOf(clause: Clause, mention: NumberMention): FigureContext {
  const end = clause.at + mention.text.length;
  const before = clause.text.slice(0, clause.at);
  const after = clause.text.slice(end);
  const unit = mention.value.unit;
  // "six shots, a pause, then four or five shots": a figure followed by another of its unit is one of several parts.
  const oneOfSeveral = unit !== undefined && /^\p{L}{3,}$/u.test(unit) && new RegExp(`\\b${unit.toLowerCase()}s?\\b`).test(after.toLowerCase());
  const partial = PART_BEFORE.test(before.slice(-40)) || PART_WITHIN.test(mention.text) || PART_AFTER.test(after.slice(0, 30)) || oneOfSeveral;
  const left = lastWords(afterLastAttribution(before), NEAR_WORDS);
  const right = firstWords(beforeFirstAttribution(after), NEAR_WORDS);
  const words = `${left} ${right}`.toLowerCase().match(WORD) ?? [];
  const clauseWords = `${before} ${after}`.toLowerCase().match(WORD) ?? [];
  return {
    partial,
    forecast: FORECAST.test(before),
    near: [...new Set(words.filter((w) => !FUNCTION_WORDS.has(w)))].sort(),
    names: namesIn(`${left} ${mention.text} ${right}`),
    ownNames: namesIn(mention.text),
    period: clauseWords.filter((w) => CALENDAR.test(w)).join(' '),
  };
}

/** Capitalised words that do not open a sentence, less weekdays and months: dates are compared apart. */
function namesIn(text: string): readonly string[] {
  const names = (text.match(NAME) ?? []).map((n) => n.toLowerCase()).filter((n) => !CALENDAR.test(n));
  return [...new Set(names)].sort();
}

function afterLastAttribution(text: string): string {
  let cut = 0;
  for (const m of text.matchAll(ATTRIBUTION)) cut = m.index + m[0].length;
  return text.slice(cut);
}

function beforeFirstAttribution(text: string): string {
  ATTRIBUTION.lastIndex = 0;
  const m = ATTRIBUTION.exec(text);
  ATTRIBUTION.lastIndex = 0;
  return m ? text.slice(0, m.index) : text;
}

function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - count)).join(' ');
}

function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}

/**
 * Sums of money need this many near words in common: a story prices many things (each model,
 * a fund, a meal) in the same few words.
 */
const SHARED_WORDS_FOR_MONEY = 4;

export type FigurePairing = 'compare' | 'updated' | 'apart';

/**
 * Whether two figures of one subject key may be called a conflict: 'compare' when both are
 * whole counts stated as fact about the same thing over the same period, 'updated' when their
 * sentences date them to different days, 'apart' when anything says otherwise or too little
 * says they meet.
 */
export function pairFigures(a: ComparedFigure, b: ComparedFigure): FigurePairing {
  const ca = a.context;
  const cb = b.context;
  if (!ca || !cb || ca.partial || cb.partial) return 'apart';
  const money = a.mention.type === 'money';
  if (money && (ca.forecast || cb.forecast)) return 'apart';
  // "Thousands of people" sets a scale, not a count a source can be caught out on.
  if (a.mention.value.approx === 'order-of-magnitude' || b.mention.value.approx === 'order-of-magnitude') return 'apart';
  if ((a.mention.value.per ?? '') !== (b.mention.value.per ?? '')) return 'apart';
  // A total since the war began and a toll of one attack are not two counts of one thing.
  if (a.aggregate !== b.aggregate) return 'apart';
  // "At least 15 bodies" at first, "28 bodies" later: an incident's lower bound a later count passes is not contradicted.
  if (!a.aggregate && (passesLowerBound(a.mention, b.mention) || passesLowerBound(b.mention, a.mention))) return 'apart';
  if (a.dates.length > 0 && b.dates.length > 0 && !a.dates.some((d) => b.dates.some((e) => mayBeOneDate(d, e)))) return 'updated';
  // An incident's time words must agree ("last week" is not a figure with none); a total's may be said once.
  if (a.aggregate ? ca.period && cb.period && ca.period !== cb.period : ca.period !== cb.period) return 'apart';
  if (ca.ownNames.length > 0 && cb.ownNames.length > 0 && !ca.ownNames.some((n) => cb.ownNames.includes(n))) return 'apart';
  // Each names something the other does not ("Haines, 44" and "Henning, 47"; the Sport and the Edition): two things.
  if (hasOwn(ca.names, cb.names) && hasOwn(cb.names, ca.names)) return 'apart';
  // A name beside one figure and none beside the other, or a person's age with no name at all: unsure.
  const named = ca.names.length > 0 || cb.names.length > 0 || a.mention.value.unit === 'years old';
  if (named && !ca.names.some((n) => cb.names.includes(n))) return 'apart';
  if (a.aggregate && !money) return 'compare';
  const shared = sharedCount(ca.near, cb.near);
  if (money) return shared >= SHARED_WORDS_FOR_MONEY ? 'compare' : 'apart';
  return tellTheSame(shared, ca.near.length, cb.near.length) ? 'compare' : 'apart';
}

/**
 * Two passages tell of one thing when they share two near words, or most words of the barer one: "14 people
 * were killed." and "12 people were killed as the water rose" do; "six killed in an airstrike
 * on two cars" and "67 killed in the siege of a mall" share only the verb and do not.
 */
function tellTheSame(shared: number, a: number, b: number): boolean {
  return shared >= 2 || (shared > 0 && shared * 2 >= Math.min(a, b));
}

/**
 * Whether two date keys ("date:03-11", "date:2026-01", "date:--01", "date:friday") can name one
 * time at their precision: a day lies within its month, a month without a year within any year,
 * and a weekday may be any date. Only dates that cannot meet make an update.
 */
function mayBeOneDate(a: string, b: string): boolean {
  const years = [a, b].map((key) => /^date:(\d{4})$/.exec(key)?.[1]);
  if (years[0] !== undefined && years[1] !== undefined) return years[0] === years[1];
  const x = monthOrDay(a);
  const y = monthOrDay(b);
  if (x === undefined || y === undefined) return true;
  return x.startsWith(y) || y.startsWith(x);
}

/** "date:03-11" → "03-11", "date:2026-01" and "date:--01" → "01"; a weekday, a range or a year alone → undefined. */
function monthOrDay(key: string): string | undefined {
  const value = key.slice(key.indexOf(':') + 1);
  return /^(?:(?:\d{4}|-)-)?(\d{2}(?:-\d{2})?)$/.exec(value)?.[1];
}

function passesLowerBound(bound: NumberMention, other: NumberMention): boolean {
  const { approx, amount, min } = bound.value;
  const floor = min ?? amount;
  const reached = other.value.max ?? other.value.amount;
  return (approx === 'at-least' || approx === 'above') && floor !== undefined && reached !== undefined && reached >= floor;
}

function hasOwn(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => !b.includes(x));
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
