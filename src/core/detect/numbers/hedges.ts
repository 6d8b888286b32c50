import type { Approximation, NumberScope } from '../../model';
import { matchAt } from './draft';
import { PER_UNITS } from './units';

/** Words before a figure that hedge it, longest first so "just over" wins over "over". */
const HEDGES: readonly (readonly [string, Approximation])[] = [
  ['slightly less than', 'below'], ['slightly fewer than', 'below'], ['just shy of', 'below'],
  ['just under', 'below'], ['not quite', 'below'], ['nearly', 'below'], ['almost', 'below'], ['less than', 'below'],
  ['fewer than', 'below'], ['under', 'below'], ['below', 'below'],
  ['just over', 'above'], ['well over', 'above'], ['more than', 'above'], ['upwards of', 'above'],
  ['in excess of', 'above'], ['over', 'above'], ['above', 'above'],
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'], ['at least', 'at-least'],
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['a maximum of', 'at-most'], ['as many as', 'at-most'],
  ['as much as', 'at-most'], ['at most', 'at-most'], ['up to', 'at-most'],
  ['an estimated', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['close to', 'about'], ['some', 'about'], ['circa', 'about'],
  ['estimated', 'about'],
];
const HEDGE_MAP = new Map(HEDGES.map(([w, a]) => [w, a]));
const HEDGE_BEFORE = new RegExp(
  `(?<![A-Za-z])(${HEDGES.map(([w]) => w.replace('.', '\\.').replace(/ /g, '[ \\t]+')).join('|')})[ \\t]+$`, 'i',
);
/** Prepositions that would read as hedges before a duration but are not: "over two days" means during. */
const NOT_FOR_DURATIONS = new Set(['over', 'under', 'above', 'below']);

const LOOKBACK = 40;
const PHRASAL_OVER = /(?<![A-Za-z])(?:hand|turn|take|took|fight|fought|argue|clash|pass|give|gave|won|win|watch|rule|roll|hold|held|think|thought|carry|carried|brought|bring|ran|run|knock|knocked|fell|fall|spill|spilled|tip|tipped|start|started|do|did)(?:s|es|ed|d|ing|en|n)?[ \t]+$/i;

export interface Before {
  readonly start: number;
  readonly approx: Approximation;
}

/** The hedge that ends right before `start`, not reaching back past `floor`. */
export function hedgeBefore(text: string, start: number, floor: number, duration = false): Before | undefined {
  const from = Math.max(floor, start - LOOKBACK);
  const m = HEDGE_BEFORE.exec(text.slice(from, start));
  if (!m) return undefined;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  if (duration && NOT_FOR_DURATIONS.has(word)) return undefined;
  // "handed over 157 prisoners", "took over 40 towns": a particle of the verb, not a hedge.
  if (word === 'over' && PHRASAL_OVER.test(text.slice(Math.max(floor, from - 12), from + m.index))) return undefined;
  return { start: from + m.index, approx: HEDGE_MAP.get(word) ?? 'about' };
}

const SCOPE_BEFORE = /(?<![A-Za-z])(a[ \t]+total[ \t]+of|a[ \t]+combined|a[ \t]+grand[ \t]+total[ \t]+of|totall?ing)[ \t]+$/i;

/** "a total of 314": the scope words that end right before `start`. */
export function scopeBefore(text: string, start: number, floor: number): { start: number; scope: NumberScope } | undefined {
  const from = Math.max(floor, start - LOOKBACK);
  const m = SCOPE_BEFORE.exec(text.slice(from, start));
  if (!m) return undefined;
  return { start: from + m.index, scope: 'total' };
}

/**
 * Where `word` (a pattern such as `/(?<![A-Za-z])between[ \t]+$/i`) ends right before
 * `start`; the offset of its first character, or undefined.
 */
export function wordBefore(text: string, start: number, floor: number, word: RegExp): number | undefined {
  const from = Math.max(floor, start - 24);
  const m = word.exec(text.slice(from, start));
  return m ? from + m.index : undefined;
}

const SCOPE_AFTER = /[ \t]+(each|apiece|in[ \t]+total|in[ \t]+all(?![ \t]+of)|altogether|combined)(?![A-Za-z])/iy;

/** "157 each", "314 in total": scope words right after a figure. */
export function scopeAfter(text: string, end: number): { end: number; scope: NumberScope } | undefined {
  const m = matchAt(SCOPE_AFTER, text, end);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return { end: end + m[0].length, scope: word === 'each' || word === 'apiece' ? 'each' : 'total' };
}

const OR_SO = /[ \t]+or[ \t]+so(?![A-Za-z])/iy;

export function orSoAfter(text: string, end: number): number | undefined {
  const m = matchAt(OR_SO, text, end);
  return m ? end + m[0].length : undefined;
}

const PER = new RegExp(`(?:[ \\t]+(?:a|an|per)[ \\t]+|[ \\t]*/[ \\t]*)(${PER_UNITS})(?![A-Za-z])`, 'iy');

/** "$70 a barrel", "1 million barrels per day": the rate's denominator. */
export function perAfter(text: string, end: number): { end: number; per: string } | undefined {
  const m = matchAt(PER, text, end);
  if (!m) return undefined;
  return { end: end + m[0].length, per: m[1].toLowerCase() };
}
