import { matchAt, type ScanState } from './draft';
import { wordBefore } from './hedges';
import { SCALES, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from './lexicon';
import { TIME_UNIT_NAMES } from './units';
import { readNumeral, round, type Numeral } from './numerals';
import { readWordNumber, type WordNumber } from './words';

/** The figure itself, before its unit: one number, a range, or an order of magnitude. */
export interface Core {
  readonly start: number;
  readonly end: number;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly words: boolean;
  /** "one", "a", "an" alone. */
  readonly bare1: boolean;
  readonly scaled: boolean;
  /** "dozens", "tens of thousands", "several hundred". */
  readonly vague: boolean;
  /** "20+": more than the figure. */
  readonly plus?: boolean;
}

const RANGE_JOIN = /[ \t]*(-|to|and|or|through)[ \t]*/iy;
const BETWEEN = /(?<![A-Za-z])between[ \t]+$/i;
const FROM = /(?<![A-Za-z])from[ \t]+$/i;

/** Whether a range joiner may be read as one here: "between 10 and 12", not "from 10 to 12" (a change). */
function joinAllowed(state: ScanState, start: number, join: string): { ok: boolean; between?: number } {
  const between = wordBefore(state.text, start, state.floor, BETWEEN);
  if (join === 'and') return { ok: between !== undefined, between };
  if (join === 'to' && wordBefore(state.text, start, state.floor, FROM) !== undefined) return { ok: false };
  return { ok: true };
}

const single = (start: number, end: number, value: number, words: boolean, scaled: boolean, bare1 = false): Core =>
  ({ start, end, value, words, scaled, bare1, vague: false });

/**
 * Digits with their scale, and a range when one follows ("10-12", "5 to 6 million",
 * "between 10 and 12", "$5-6 billion"). `null` means the digits are part of something
 * that is not a figure, such as a score "2-1".
 */
export function readDigitCore(state: ScanState, numeral: Numeral, currency?: string, from = numeral.start): Core | null {
  const { text } = state;
  const first = single(numeral.start, numeral.end, numeral.value, false, numeral.scaled);
  if (text[numeral.end] === '+' && !/[\d]/.test(text[numeral.end + 1] ?? '')) return { ...first, end: numeral.end + 1, plus: true };
  const join = matchAt(RANGE_JOIN, text, numeral.end);
  if (!join) return first;
  const word = join[1].toLowerCase();
  const allowed = joinAllowed(state, from, word);
  if (!allowed.ok) return first;
  let at = numeral.end + join[0].length;
  if (currency !== undefined && text[at] === currency) at++;
  const second = /\d/.test(text[at] ?? '') ? readNumeral(text, at, currency !== undefined) : undefined;
  if (!second) return first;
  const low = numeral.scaled ? numeral.value : round(numeral.value * second.factor);
  if (second.value <= low) return word === '-' ? null : first;
  const start = allowed.between ?? numeral.start;
  return { start, end: second.end, min: low, max: second.value, words: false, scaled: second.scaled, bare1: false, vague: false };
}

/** A number in words, with a range in words after it ("two to three", "two or three"). */
export function readWordCore(state: ScanState, first: WordNumber): Core {
  const { text } = state;
  const core = single(first.start, first.end, first.value, true, first.scaled, first.bare1);
  const join = matchAt(RANGE_JOIN, text, first.end);
  if (!join || join[1] === '-') return core;
  const allowed = joinAllowed(state, first.start, join[1].toLowerCase());
  if (!allowed.ok) return core;
  const second = readWordNumber(text, first.end + join[0].length);
  if (!second || second.ordinal || second.value <= first.value) return core;
  const start = allowed.between ?? first.start;
  return { start, end: second.end, min: first.value, max: second.value, words: true, scaled: second.scaled, bare1: false, vague: false };
}

const VAGUE = /(tens|dozens|scores|hundreds|thousands|millions|billions|trillions)(?:[ \t]+of[ \t]+(hundreds|thousands|millions|billions|trillions))?(?![A-Za-z])/iy;
const SOME_SCALE = /(several|a[ \t]+few|a[ \t]+couple(?:[ \t]+of)?)[ \t]+(dozen|hundred|thousand|million|billion)(?:[ \t]+(thousand|million|billion))?(?![A-Za-z])/iy;
const OF_NEXT = /[ \t]+of[ \t]/iy;
/** "a few hours", "a couple of days", "several weeks": a small, unsure number of a unit of time. */
const SOME_TIME = new RegExp(`(several|a[ \\t]+few|a[ \\t]+couple(?:[ \\t]+of)?)(?=[ \\t]+(?:${TIME_UNIT_NAMES})(?![A-Za-z]))`, 'iy');

/**
 * An order of magnitude: "dozens", "hundreds", "tens of thousands" span 2 to 9 of their
 * unit (20,000–90,000); "several hundred" 300–900, "a few thousand" 2,000–5,000.
 */
export function readVagueCore(state: ScanState, pos: number): Core | undefined {
  const { text } = state;
  const someTime = matchAt(SOME_TIME, text, pos);
  if (someTime) {
    const [min, max] = VAGUE_MULTIPLIERS.get(someTime[1].toLowerCase().replace(/^a[ \t]+/, '').replace(/[ \t]+of$/, ''))!;
    return { start: pos, end: pos + someTime[0].length, min, max, words: true, scaled: false, bare1: false, vague: false };
  }
  const some = matchAt(SOME_SCALE, text, pos);
  if (some) {
    const key = some[1].toLowerCase().replace(/^a[ \t]+/, '').replace(/[ \t]+of$/, '');
    const [lo, hi] = VAGUE_MULTIPLIERS.get(key)!;
    const word = some[2].toLowerCase();
    const outer = some[3] === undefined ? 1 : SCALES.get(some[3].toLowerCase())!;
    const unit = (word === 'dozen' ? 12 : word === 'hundred' ? 100 : SCALES.get(word)!) * outer;
    return { start: pos, end: pos + some[0].length, min: lo * unit, max: hi * unit, words: true, scaled: true, bare1: false, vague: true };
  }
  const m = matchAt(VAGUE, text, pos);
  if (!m) return undefined;
  const base = VAGUE_PLURALS.get(m[1].toLowerCase())!;
  let unit = 1;
  let end = pos + m[0].length;
  if (m[2] !== undefined) {
    unit = VAGUE_PLURALS.get(m[2].toLowerCase())!;
    if (unit <= base) end = pos + m[1].length;
    if (unit <= base) unit = 1;
  }
  // "tens" and "scores" mean a figure only as "tens of …", "scores of …".
  if ((base === 10 || base === 20) && unit === 1 && !matchAt(OF_NEXT, text, end)) return undefined;
  return { start: pos, end, min: 2 * base * unit, max: 9 * base * unit, words: true, scaled: true, bare1: false, vague: true };
}
