import { isDigitCode, isLetterCode, matchAt } from './draft';

/** A number written in digits, with any scale word that multiplies it. */
export interface Numeral {
  readonly start: number;
  /** End of the digits, before any scale. */
  readonly digitsEnd: number;
  readonly end: number;
  readonly value: number;
  readonly scaled: boolean;
  /** The scale's multiplier, 1 without one. */
  readonly factor: number;
  /** Digits only, no separator or decimal: "2022" may be a year. */
  readonly plain: boolean;
}

const DIGITS = /\d+(?:[.,]\d+)*/y;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Reads the digits at `pos`. "1,000" is a thousand; a full stop is always a decimal point,
 * so "1.000" is one (English news style; a European "1.000" for a thousand is read as 1).
 * Forms that fit neither reading ("1,5", "10.5.2026") are refused.
 */
export function readDigits(text: string, pos: number): { end: number; value: number; plain: boolean } | undefined {
  const m = matchAt(DIGITS, text, pos);
  if (!m) return undefined;
  const raw = m[0];
  const end = pos + raw.length;
  if (GROUPED.test(raw)) return { end, value: Number(raw.replace(/,/g, '')), plain: false };
  if (DECIMAL.test(raw)) return { end, value: Number(raw), plain: raw.indexOf('.') < 0 };
  return undefined;
}

const SPACED_SCALE = /[ \t]*(thousand|million|billion|trillion|mln|bln|mn|bn|tn)(?![A-Za-z])/iy;
const GLUED_SCALE = /(k|m|mn|mln|b|bn|bln|tn)(?![A-Za-z])/iy;
const FACTORS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, b: 1e9, bn: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12,
};

/**
 * A scale after the digits: " million", " bn", or glued "bn", "k". A glued "m", "b" or "k"
 * is only a scale where `money` says so ("$3.5m", "€2b"); elsewhere "5m" is five metres.
 */
export function readScale(text: string, pos: number, money: boolean): { end: number; factor: number } | undefined {
  const spaced = matchAt(SPACED_SCALE, text, pos);
  if (spaced) return { end: pos + spaced[0].length, factor: FACTORS[spaced[1].toLowerCase()] };
  const glued = matchAt(GLUED_SCALE, text, pos);
  if (!glued) return undefined;
  const word = glued[1].toLowerCase();
  // Glued single letters are scales only in money ("$3.5m", "$10k"); "18K gold" is a carat, "5m" five metres.
  if (!money && word.length === 1) return undefined;
  return { end: pos + glued[0].length, factor: FACTORS[word] };
}

export function readNumeral(text: string, pos: number, money = false): Numeral | undefined {
  const digits = readDigits(text, pos);
  if (!digits) return undefined;
  const scale = readScale(text, digits.end, money);
  return {
    start: pos,
    digitsEnd: digits.end,
    end: scale ? scale.end : digits.end,
    value: scale ? round(digits.value * scale.factor) : digits.value,
    scaled: scale !== undefined,
    factor: scale ? scale.factor : 1,
    plain: digits.plain && !scale,
  };
}

/** Keeps "1.2 billion" at 1200000000, not 1200000000.0000002. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Digits glued to letters are names, not figures: "G7", "COVID-19", "F-16", "MH17".
 * A hyphen after letters counts as glue; "mid-2022" and "pre-2014" do not.
 */
export function gluedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const prev = text.charCodeAt(pos - 1);
  if (isLetterCode(prev) || isDigitCode(prev) || prev === 95 /* _ */ || prev === 35 /* # */) return true;
  if (prev === 46 /* . */ || prev === 44 /* , */) return pos >= 2 && isDigitCode(text.charCodeAt(pos - 2));
  if (prev !== 45 /* - */ || pos < 2) return false;
  // "9-1-1", "555-0100": digits after a dash after digits belong to a token already refused.
  if (isDigitCode(text.charCodeAt(pos - 2))) return true;
  if (!isLetterCode(text.charCodeAt(pos - 2))) return false;
  return !/(?:^|[^A-Za-z])(?:mid|pre|post|early|late)$/i.test(text.slice(Math.max(0, pos - 7), pos - 1));
}
