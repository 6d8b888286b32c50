import { WordSet, isAsciiLetterCode, isWordCode } from '../../text/word-set';
import { DAY_PARTS, MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, WEEKDAY_NAMES } from './lexicon';
import { CURRENCY_CODES, TIME_UNIT_NAMES } from './units';

const MONTH_WORDS = `${MONTH_NAMES}|${MONTH_ABBREVIATIONS}`;
const SCALE_AHEAD = '(?:dozen|hundred|thousand|million|billion|trillion)';
const CURRENCY_SIGNS = '$\u20AC\u00A3\u00A5\u20B9\u20BD\u20B4';

/** Anchors that are a whole word; the word must end where its letters end (`\b`). */
const DAY_WORDS = 'yesterday|today|tomorrow|tonight';
const WORDS = `${NUMBER_WORDS}|${ORDINAL_WORDS}|${MONTH_WORDS}|${WEEKDAY_NAMES}|${DAY_WORDS}|noon|midday|midnight`;
const PLURALS = 'tens|dozens|scores|hundreds|thousands|millions|billions|trillions';

/** Anchors that are a word only when what follows says so; keyed by that word, none shared. */
const GUARDED: readonly string[] = [
  `\\b(?:${CURRENCY_CODES}|Rs\\.?)(?=[ \\t]?\\d)`,
  `\\b(?:last|next|this|past)(?=[ \\t]+(?:week|month|year|weekend|decade|${DAY_PARTS}|${SEASONS}|${MONTH_NAMES}|${WEEKDAY_NAMES})\\b)`,
  '\\b(?:earlier|later)(?=[ \\t]+this\\b)',
  `\\b(?:(?:early|mid|late)(?=(?:[ \\t]+|-)(?:${MONTH_NAMES})\\b)|(?:early|late)(?=[ \\t]+(?:this|last|${DAY_WORDS}|${WEEKDAY_NAMES})\\b))`,
  `\\ban?(?=[ \\t-]+(?:${SCALE_AHEAD}|(?:few[ \\t]+|couple[ \\t]+(?:of[ \\t]+)?)(?:${SCALE_AHEAD}|${TIME_UNIT_NAMES})|${TIME_UNIT_NAMES})\\b)`,
  `\\b(?:several(?=[ \\t]+(?:${SCALE_AHEAD}|${TIME_UNIT_NAMES})\\b)|half(?=[ \\t]+an?[ \\t]+${SCALE_AHEAD}\\b))`,
  '\\bthe(?=[ \\t]+(?:day[ \\t]+(?:before|after)|(?:previous|next|following)[ \\t]+day)\\b)',
];
const GUARD_WORDS = [
  `${CURRENCY_CODES}|Rs`, 'last|next|this|past', 'earlier|later', 'early|mid|late', 'a|an', 'several|half', 'the',
];

/**
 * Where a figure or date may start (about one word in twenty in news); each is then parsed
 * where it stands. Lookaheads keep common words ("a", "last", "the") from being tried unless
 * a unit follows. Exported for the test that checks `nextAnchor` finds exactly its matches.
 */
export const ANCHOR = new RegExp(
  ['\\d', `[${CURRENCY_SIGNS}]`, GUARDED[0], `\\b(?:${WORDS})\\b`, `\\b(?:${PLURALS})\\b`, ...GUARDED.slice(1)].join('|'),
  'gi',
);

const STARTS = new WordSet(`${WORDS}|${PLURALS}|${GUARD_WORDS.join('|')}`.split('|'));
/** Each guarded first word, lower-cased, with the sticky pattern that decides it. */
const GUARDS = new Map<string, RegExp>(GUARD_WORDS.flatMap((words, i) => {
  const re = new RegExp(GUARDED[i], 'iy');
  return words.toLowerCase().split('|').map((w) => [w, re] as [string, RegExp]);
}));

/** Where an anchor starts and its text, as `ANCHOR.exec` gives `index` and `[0]`. */
export interface Anchor {
  readonly index: number;
  readonly text: string;
}

/**
 * The next match of `ANCHOR` at or after `from`, as `ANCHOR.exec` would find it, without
 * trying its long alternation at every character (the largest single cost of figure
 * detection): a digit or currency sign is an anchor by itself; otherwise only the start of a
 * word (after a non-`\w` character) can be one, and its first word says which part decides.
 */
export function nextAnchor(text: string, from: number): Anchor | null {
  const n = text.length;
  for (let p = from; p < n; p++) {
    const code = text.charCodeAt(p);
    if ((code >= 48 && code <= 57) || isCurrencySign(code)) return { index: p, text: text[p] };
    if (!isAsciiLetterCode(code) || (p > 0 && isWordCode(text.charCodeAt(p - 1)))) continue;
    let end = p + 1;
    while (end < n && isAsciiLetterCode(text.charCodeAt(end))) end++;
    if (STARTS.hasRun(text, p, end)) {
      const word = text.slice(p, end);
      const guard = GUARDS.get(word.toLowerCase());
      if (!guard) {
        if (end >= n || !isWordCode(text.charCodeAt(end))) return { index: p, text: word };
      } else if (mayFollowGuard(text.charCodeAt(end))) {
        guard.lastIndex = p;
        const m = guard.exec(text);
        if (m) return { index: p, text: m[0] };
      }
    }
    // No anchor starts inside a run of letters: none of those positions follows a non-word character.
    p = end - 1;
  }
  return null;
}

/** Every guarded word is followed by a blank, a hyphen, a full stop ("Rs.") or a digit ("USD5"). */
function mayFollowGuard(code: number): boolean {
  return code === 32 || code === 9 || code === 45 || code === 46 || (code >= 48 && code <= 57);
}

/** The characters of `CURRENCY_SIGNS`. */
function isCurrencySign(code: number): boolean {
  return code === 36 || code === 0xa3 || code === 0xa5 || code === 0x20ac || code === 0x20b9 || code === 0x20bd || code === 0x20b4;
}
