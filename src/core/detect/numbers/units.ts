/** Units a figure can carry, keyed by how they are written (lower case). */

export interface TimeUnit {
  readonly unit: string;
  readonly days: number;
}

const YEAR = 365.25;
const time = (unit: string, days: number, ...forms: string[]): [string, TimeUnit][] =>
  forms.map((f) => [f, { unit, days }]);

/** Month and year are averages, so "12 months" and "a year" compare equal. */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ...time('second', 1 / 86400, 'second', 'seconds', 'sec', 'secs'),
  ...time('minute', 1 / 1440, 'minute', 'minutes', 'min', 'mins'),
  ...time('hour', 1 / 24, 'hour', 'hours', 'hr', 'hrs'),
  ...time('day', 1, 'day', 'days'),
  ...time('week', 7, 'week', 'weeks'),
  ...time('fortnight', 14, 'fortnight', 'fortnights'),
  ...time('month', YEAR / 12, 'month', 'months'),
  ...time('year', YEAR, 'year', 'years', 'yr', 'yrs'),
  ...time('decade', YEAR * 10, 'decade', 'decades'),
  ...time('century', YEAR * 100, 'century', 'centuries'),
]);

/** Spelled-out units for "a day", "an hour"; not "a second", which in news is nearly always an ordinal. */
export const TIME_UNIT_NAMES = [...TIME_UNITS.keys()]
  .filter((k) => !/^(?:secs?|mins?|hrs?|yrs?|seconds?)$/.test(k))
  .join('|');

const unit = (canonical: string, ...forms: string[]): [string, string][] => forms.map((f) => [f, canonical]);

/** Physical units written as words or symbols after a figure. */
export const QUANTITY_UNITS: ReadonlyMap<string, string> = new Map([
  ...unit('mile', 'mile', 'miles', 'mi'),
  ...unit('km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'),
  ...unit('m', 'metre', 'metres', 'meter', 'meters', 'm'),
  ...unit('cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'),
  ...unit('mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'),
  ...unit('ft', 'foot', 'feet', 'ft'),
  ...unit('yd', 'yard', 'yards', 'yd'),
  ...unit('inch', 'inch', 'inches'),
  ...unit('tonne', 'tonne', 'tonnes', 'metric ton', 'metric tons'),
  ...unit('ton', 'ton', 'tons'),
  ...unit('kg', 'kilogram', 'kilograms', 'kilo', 'kilos', 'kg', 'kgs'),
  ...unit('g', 'gram', 'grams'),
  ...unit('lb', 'pound', 'pounds', 'lb', 'lbs'),
  ...unit('barrel', 'barrel', 'barrels', 'bbl'),
  ...unit('litre', 'litre', 'litres', 'liter', 'liters'),
  ...unit('gallon', 'gallon', 'gallons'),
  ...unit('hectare', 'hectare', 'hectares', 'ha'),
  ...unit('acre', 'acre', 'acres'),
  ...unit('kW', 'kilowatt', 'kilowatts', 'kw'),
  ...unit('MW', 'megawatt', 'megawatts', 'mw'),
  ...unit('GW', 'gigawatt', 'gigawatts', 'gw'),
  ...unit('kWh', 'kilowatt-hour', 'kilowatt-hours', 'kwh'),
  ...unit('MWh', 'megawatt-hour', 'megawatt-hours', 'mwh'),
  ...unit('GWh', 'gigawatt-hour', 'gigawatt-hours', 'gwh'),
  ...unit('mph', 'mph'),
  ...unit('km/h', 'km/h', 'kmh', 'kph'),
  ...unit('knot', 'knot', 'knots'),
  ...unit('degree', 'degree', 'degrees'),
  ...unit('bcm', 'bcm'),
  ...unit('carat', 'carat', 'carats', 'karat', 'karats'),
  ...unit('hp', 'horsepower', 'hp'),
]);

/** Symbols that may be glued to digits ("5km", "155mm", "10kg"); longer words need a space. */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'm', 'cm', 'mm', 'ft', 'mi', 'kg', 'kgs', 'lb', 'lbs', 'bbl', 'ha', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh',
  'mph', 'kmh', 'kph', 'bcm', 'yd', 'hp',
]);

/** Prefixes written as "square"/"cubic" before a length unit. */
export const AREA_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['square', 'sq '], ['sq', 'sq '], ['cubic', 'cu '],
]);

/** ISO 4217 codes for currency symbols; `$` alone is read as US dollars. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['\u20AC', 'EUR'], ['\u00A3', 'GBP'], ['\u00A5', 'JPY'], ['\u20B9', 'INR'], ['\u20BD', 'RUB'],
  ['\u20B4', 'UAH'],
]);

/** Letters glued before `$`: "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD'],
]);

export const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CNY|RUB|UAH|CHF|INR|CAD|AUD';

/** Currency names written after a figure ("5 million dollars"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'],
  ['pounds sterling', 'GBP'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yen', 'JPY'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['swiss francs', 'CHF'],
  ...CURRENCY_CODES.split('|').map((c) => [c.toLowerCase(), c] as [string, string]),
]);

/** What a rate is per: "$70 a barrel", "1 million barrels per day". */
export const PER_UNITS = 'day|week|month|year|hour|person|head|capita|barrel|tonne|ton|kilogram|kg|litre|liter|gallon|share|night|kwh|mwh|megawatt-hour|kilowatt-hour';
