/**
 * Words that spell numbers, ordinals, months and weekdays. Maps, not object literals, so
 * that a word such as "constructor" never finds a prototype property.
 */
const entries = <V>(list: readonly (readonly [string, V])[]): ReadonlyMap<string, V> => new Map(list);

const SMALL_LIST = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
export const SMALL_NUMBERS = entries(SMALL_LIST.map((w, i) => [w, i] as const));

const TENS_LIST = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const TENS = entries(TENS_LIST.map((w, i) => [w, (i + 2) * 10] as const));

export const SCALES = entries([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

const ORDINAL_LIST = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
export const ORDINALS = entries([
  ...ORDINAL_LIST.map((w, i) => [w, i] as const),
  ...TENS_ORDINALS.map((w, i) => [w, (i + 2) * 10] as const),
  ['hundredth', 100], ['thousandth', 1000], ['millionth', 1e6],
]);

/**
 * Plural scale words that give an order of magnitude, not a figure: "dozens", "tens of
 * thousands". The value is the base; the figure spans 2 to 9 times it.
 */
export const VAGUE_PLURALS = entries([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12],
]);

/** "several hundred" is 3–9 hundred; "a few thousand" 2–5 thousand. */
export const VAGUE_MULTIPLIERS = entries([
  ['several', [3, 9] as const], ['few', [2, 5] as const], ['couple', [2, 3] as const],
]);

const MONTH_LIST = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
export const MONTH_NAMES = MONTH_LIST.join('|');
/** Abbreviations a news style uses; "May" and "June" are never abbreviated in them. */
export const MONTH_ABBREVIATIONS = 'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
export const MONTHS = entries([
  ...MONTH_LIST.map((w, i) => [w, i + 1] as const),
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);

const WEEKDAY_LIST = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_NAMES = WEEKDAY_LIST.join('|');
/** Sunday is 0, as `Date.getUTCDay` counts. */
export const WEEKDAYS = entries(WEEKDAY_LIST.map((w, i) => [w, i] as const));

export const NUMBER_WORDS = [...SMALL_LIST, ...TENS_LIST].join('|');
export const ORDINAL_WORDS = [...ORDINAL_LIST.slice(1), ...TENS_ORDINALS, 'hundredth', 'thousandth'].join('|');

/** Parts of a day, after a day word or a weekday ("Friday night") or as "this morning", "last night". */
export const DAY_PARTS = 'morning|afternoon|evening|night';
/** Seasons, which the text does not place in a hemisphere or a sports calendar: kept as words. */
export const SEASONS = 'summer|winter|spring|autumn|fall|season';
