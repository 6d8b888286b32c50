import { matchAt } from './draft';
import { MONTHS, ORDINALS, SCALES, SMALL_NUMBERS, TENS, WEEKDAYS } from './lexicon';

/** The noun a figure counts: "90 attack drones" counts "attack drone". */
export interface CountedNoun {
  readonly end: number;
  /** Singular, lower case, adjectives dropped: "nine different locations" → "location". */
  readonly unit: string;
  /** The head noun alone, singular. */
  readonly head: string;
}

const NEXT_WORD = /(?:[ \t]+|[ \t]*\r?\n[ \t]*)([A-Za-z]+(?:-[A-Za-z]+)*)(?![A-Za-z\d-]|'[A-Za-z])/y;

/** Words that end a noun phrase before its head: articles, prepositions, verbs of being, pronouns. */
const STOP = new Set(
  ('a an the of in on at to for and or but nor with by from as into onto than then per via about over under ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'that which who whom whose this these those it its their his her our your my we they he she you i me them us ' +
    'there here when where while if so not no each every all both some any more most less least such other ' +
    'including across after before since until during between against among without within also only just ' +
    'ago later earlier apiece altogether total percent per cent').split(' '),
);

/** Plural nouns that do not end in "s", with their singular. */
const IRREGULAR = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['police', 'police'],
  ['personnel', 'personnel'], ['staff', 'staff'], ['aircraft', 'aircraft'], ['cattle', 'cattle'], ['sheep', 'sheep'],
  ['livestock', 'livestock'], ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'],
  ['crises', 'crisis'], ['analyses', 'analysis'], ['lives', 'life'], ['wives', 'wife'], ['knives', 'knife'],
  ['thieves', 'thief'], ['halves', 'half'], ['militia', 'militia'], ['data', 'data'], ['media', 'media'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['fishermen', 'fisherman'], ['servicemen', 'serviceman'],
  ['policemen', 'policeman'], ['gunmen', 'gunman'], ['spokesmen', 'spokesman'], ['series', 'series'],
  ['species', 'species'], ['buses', 'bus'], ['viruses', 'virus'], ['statuses', 'status'],
  ...['movies', 'cookies', 'zombies', 'calories', 'rookies', 'selfies', 'sorties', 'pies', 'ties', 'lies', 'goalies',
    'hippies', 'brownies', 'freebies', 'genies', 'prairies'].map((w) => [w, w.slice(0, -1)] as [string, string]),
]);

/** Words ending in "s" that are not plurals. */
const NOT_PLURAL = /(?:ss|us|is|ous|ics|news)$/;

/** Verb forms and adverbs that follow "first" without being what it orders: "first held", "first ever". */
const NOT_ORDERED = new Set(
  ('held made took taken gave given saw seen knew known did done built sent set put showed shown wrote written ' +
    'brought bought found told said paid won lost left led met kept hit struck spent began begun broke broken chose ' +
    'chosen came come went gone got run ran became become drew drawn fell fallen flew flown grew grown ever even ' +
    'still really then now again take make see get go say tell ask try give need want ' +
    // idioms and titles: "in the first place", "at first glance", "first lady", "firstborn"
    'place glance sight hand lady born public physical female male real person').split(' '),
);

const ORDINAL_QUALIFIERS = new Set(['consecutive', 'straight', 'successive', 'annual', 'full', 'official', 'such']);

/** Modifiers that describe rather than name what is counted, so they are left out of the unit. */
const ADJECTIVES = new Set(
  ('different other additional further new old small large big major minor main key senior junior young older ' +
    'former current separate several many few top high low local foreign more extra remaining total whole ' +
    'full same certain various numerous possible potential alleged suspected confirmed unidentified estimated ' +
    'reported known unknown recent previous next last final first second third initial few good bad great').split(' '),
);
const ADJECTIVE_SUFFIX = /(?:ly|ous|ive|ful|ic|ical|al|able|ible|ed|ing|est|less)$/;

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !NOT_PLURAL.test(lower);
}

export function singularize(lower: string): string {
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (!lower.endsWith('s') || NOT_PLURAL.test(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

function isNumberish(lower: string): boolean {
  return SMALL_NUMBERS.has(lower) || TENS.has(lower) || SCALES.has(lower) || ORDINALS.has(lower) || lower === 'hundred' ||
    lower === 'dozen' || MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** A word of a noun phrase: returns its lower-case form, or undefined where the phrase must stop. */
function phraseWord(raw: string): string | undefined {
  const lower = raw.toLowerCase();
  if (STOP.has(lower) || isNumberish(lower)) return undefined;
  return lower;
}

/**
 * The plural noun phrase right after a figure, within `maxWords` words: the head is the first
 * plural word. Without one (a verb follows, or a singular noun) there is no counted noun.
 */
export function readCountedNoun(text: string, pos: number, maxWords = 3): CountedNoun | undefined {
  const kept: string[] = [];
  let p = pos;
  for (let i = 0; i < maxWords; i++) {
    const m = matchAt(NEXT_WORD, text, p);
    if (!m) return undefined;
    const lower = phraseWord(m[1]);
    if (lower === undefined) return undefined;
    p += m[0].length;
    const capitalised = m[1].charCodeAt(0) < 97;
    if (isPluralNoun(lower)) {
      // "police officers", "staff members": a collective noun before a plural is its modifier.
      const after = IRREGULAR.get(lower) === lower ? matchAt(NEXT_WORD, text, p) : null;
      if (after && isPluralNoun(after[1].toLowerCase()) && !STOP.has(after[1].toLowerCase())) {
        const head = singularize(after[1].toLowerCase());
        return { end: p + after[0].length, unit: [...kept, lower, head].join(' '), head };
      }
      const head = /^[A-Z]{2,}s$/.test(m[1]) ? m[1].slice(0, -1) : singularize(lower);
      return { end: p, unit: [...kept, head].join(' '), head };
    }
    if (i === maxWords - 1) return undefined;
    const describes = ADJECTIVES.has(lower) || ADJECTIVE_SUFFIX.test(lower) || (capitalised && /(?:an|ese|ish|i)$/.test(lower));
    if (!describes) kept.push(capitalised && m[1] === m[1].toUpperCase() && m[1].length > 1 ? m[1] : lower);
  }
  return undefined;
}

/**
 * A single noun after an ordinal ("fifth year", "21st century"): not a verb form ("first
 * held"), an adverb or a superlative ("second largest").
 */
export function readOrdinalNoun(text: string, pos: number): { end: number; unit: string } | undefined {
  const skip = matchAt(NEXT_WORD, text, pos);
  // "third consecutive year", "second straight day": the noun comes after the qualifier.
  if (skip && ORDINAL_QUALIFIERS.has(skip[1].toLowerCase())) pos += skip[0].length;
  const m = matchAt(NEXT_WORD, text, pos);
  if (!m || m[1].indexOf('-') >= 0) return undefined;
  const lower = phraseWord(m[1]);
  if (lower === undefined || ADJECTIVES.has(lower) || NOT_ORDERED.has(lower) || /(?:ed|ly|est|ing)$/.test(lower) || lower.length < 3) return undefined;
  // "Second World War" names a thing; a capitalised word after an ordinal is not what it orders.
  if (m[1].charCodeAt(0) < 97) return undefined;
  return { end: pos + m[0].length, unit: singularize(lower) };
}
