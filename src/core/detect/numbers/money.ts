import { buildFigure } from './figure';
import { readDigitCore } from './core';
import { isLetterCode, matchAt, type Draft, type ScanState } from './draft';
import { readNumeral } from './numerals';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './units';

const CODE_BEFORE = new RegExp(`(${CURRENCY_CODES}|Rs\\.?)[ \\t]?(?=\\d)`, 'y');
const DOLLAR_PREFIX = /(?<![A-Za-z])(US|AU|CA|HK|NZ|A|C|S)$/;
const GAP = /[ \t]?/y;

/**
 * Money written with its currency first: "$5 billion", "€3m", "£200", "US$1.2bn",
 * "USD 5 million", "$5-6 billion". `$` alone is taken as US dollars.
 */
export function parseMoneyPrefix(state: ScanState, pos: number): Draft | undefined {
  const { text } = state;
  let start = pos;
  let currency: string | undefined;
  let symbol: string | undefined;
  let after: number;
  const code = matchAt(CODE_BEFORE, text, pos);
  if (code) {
    currency = code[1].startsWith('Rs') ? 'INR' : code[1];
    after = pos + code[0].length;
  } else {
    symbol = text[pos];
    currency = CURRENCY_SYMBOLS.get(symbol);
    if (currency === undefined) return undefined;
    if (symbol === '$') {
      const prefix = DOLLAR_PREFIX.exec(text.slice(Math.max(state.floor, pos - 2), pos));
      if (prefix) {
        currency = DOLLAR_PREFIXES.get(prefix[1].toLowerCase()) ?? currency;
        start = pos - prefix[1].length;
      }
    }
    after = pos + 1 + matchAt(GAP, text, pos + 1)![0].length;
  }
  if (start > 0 && isLetterCode(text.charCodeAt(start - 1))) return undefined;
  const numeral = readNumeral(text, after, true);
  if (!numeral) return undefined;
  const core = readDigitCore(state, numeral, symbol, start);
  if (!core) return undefined;
  const draft = buildFigure(state, { ...core, start: core.start === numeral.start ? start : core.start }, currency);
  return draft;
}
