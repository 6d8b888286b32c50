import { forEachWord, termOf } from '../detect/claims/terms';
import { isDenialTerm, oppositesOf } from '../meaning/word-opposites';

/**
 * What a claim asserts and what it denies, term by term: the terms it says, the terms a
 * negation governs ("did not confirm" negates "confirm"), the terms that call something
 * untrue ("denied", "a hoax") and the terms that have antonyms. Worked out once per linked claim.
 */
export interface ClaimPolarity {
  /** Every content term (`termOf` of its words). */
  readonly terms: ReadonlySet<string>;
  /** The terms a negation governs, each with the word as written. */
  readonly negated: ReadonlyMap<string, string>;
  /** The words, as written, that call a statement untrue. */
  readonly denials: readonly string[];
  /** The terms that have antonyms, with them. */
  readonly opposable: readonly (readonly [string, readonly string[]])[];
}

/**
 * Function words of general English that negate what follows ("n't" endings too), and
 * "failed/refused/declined to", which deny the verb after them. "Not only", "not just" add
 * rather than deny.
 */
const NEGATION = /\b(?:not(?! only| just| merely| least)|no|never|neither|nor|none|nobody|nothing|cannot|without|(?:fail|refus|declin)e?[ds]? to)\b|\Bn['’]t\b/g;
/** How many words after a negation its verb or noun may come ("has not yet been confirmed"). */
const NEGATION_REACH = 4;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The polarity of a claim read from its text alone: its terms are its words' (tests, the hover). */
export function claimPolarity(text: string): ClaimPolarity {
  const terms: string[] = [];
  forEachWord(text.toLowerCase(), (word) => {
    const term = termOf(word);
    if (term) terms.push(term);
  });
  return polarityOf(new Set(terms), text);
}

/**
 * The polarity of a claim whose terms are known (linking has them): only the words after a
 * negation are read again. `cue` is its attribution verb ("denied"), outside what it asserts;
 * `notOpposed` are the terms of its figures ("first", "second"), compared as figures instead.
 */
export function polarityOf(terms: ReadonlySet<string>, text: string, cue?: string, notOpposed?: ReadonlySet<string>): ClaimPolarity {
  const denials: string[] = [];
  const opposable: [string, readonly string[]][] = [];
  for (const term of terms) {
    if (isDenialTerm(term)) denials.push(writtenAs(text, term));
    const opposites = oppositesOf(term);
    if (opposites.length > 0 && !notOpposed?.has(term)) opposable.push([term, opposites]);
  }
  const cueTerm = cue ? termOf(cue.toLowerCase()) : '';
  if (cueTerm && isDenialTerm(cueTerm)) denials.push(cue!);
  return { terms, negated: negatedTerms(text.toLowerCase()), denials, opposable };
}

const NONE = new Map<string, string>();

/** The first word of `text` that stands for `term`, to show it as the reader wrote it ("denied", not "deni"). */
function writtenAs(text: string, term: string): string {
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let word = WORD.exec(lower); word; word = WORD.exec(lower)) if (termOf(word[0]) === term) return word[0];
  return term;
}

/** For each negation, the first content word within reach after it; adverbs ("immediately") pass it on. */
function negatedTerms(lower: string): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  NEGATION.lastIndex = 0;
  for (let match = NEGATION.exec(lower); match; match = NEGATION.exec(lower)) {
    WORD.lastIndex = match.index + match[0].length;
    for (let reach = NEGATION_REACH, word = WORD.exec(lower); word && reach > 0; word = WORD.exec(lower), reach--) {
      const term = termOf(word[0].replace(/’/g, "'"));
      if (!term || word[0].endsWith('ly') || word[0] === 'longer' || word[0] === 'yet') continue;
      out ??= new Map();
      if (!out.has(term)) out.set(term, word[0]);
      break;
    }
  }
  return out ?? NONE;
}
