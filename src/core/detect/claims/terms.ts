import { HASH_START, hashStep, hashValue } from '../../text/word-table';
import { memoTable } from '../../memo-tables';
/**
 * Content terms of a claim sentence: lower-cased words without stop words, lightly
 * stemmed, with a few newsroom paraphrases mapped to one concept ("productive",
 * "constructive" and "fruitful" all say the talks went well). The mapping is small and
 * explicit so a reviewer can see why two sentences were matched.
 */
const STOP_WORDS = new Set(
  ('a an the and or but if then than that this these those there here of in on at to for from by with without about ' +
    'as into over under after before during between through against among is are was were be been being am has have had ' +
    'do does did will would shall should can could may might must it its it\'s they them their he him his she her we us our ' +
    'you your i me my who whom whose which what when where why how all any both each few more most other some such no nor ' +
    'not only own same so too very just also still even yet again already while until since because although though ' +
    'said says say told according added noted stated according mr mrs ms dr one two also s t').split(' '),
);

/**
 * A Map, not an object: looked up with any word of any article, an object answered "constructor"
 * with `Object` from its prototype, and the scan stopped on the function it took for a term.
 */
const CONCEPTS: ReadonlyMap<string, string> = new Map(Object.entries({
  productive: '~positive', constructive: '~positive', fruitful: '~positive', useful: '~positive', positive: '~positive',
  meaningful: '~positive', substantive: '~positive', good: '~positive', progress: '~positive', successful: '~positive',
  businesslike: '~positive', encouraging: '~positive', cordial: '~positive', frank: '~positive',
  difficult: '~negative', tough: '~negative', tense: '~negative', hard: '~negative', stalled: '~negative', failed: '~negative',
  talk: '~talks', talks: '~talks', discussion: '~talks', negotiation: '~talks', meeting: '~talks', round: '~talks', dialogue: '~talks',
  negotiating: '~talks', negotiat: '~talks', meet: '~talks', discuss: '~talks', session: '~talks', sessions: '~talks',
  kill: '~casualty', wound: '~casualty', injur: '~casualty', dead: '~casualty', death: '~casualty', casualt: '~casualty',
  exchange: '~swap', swap: '~swap', releas: '~swap', trade: '~swap', free: '~swap', prisoner: '~captive', detainee: '~captive',
  pow: '~captive', captive: '~captive', ceasefire: '~truce', truce: '~truce', armistice: '~truce',
  reject: '~reject', refus: '~reject', dismiss: '~reject', agree: '~agree', accept: '~agree', deal: '~agreement', agreement: '~agreement',
}));

/**
 * Suffixes `stem` strips, longest first. Of the suffixes a word ends with, the longest goes,
 * as `/(?:ations?|ings?|edly|ed|es|ly|s)$/` removes it: that expression's leftmost match is
 * its longest.
 */
const SUFFIXES = ['ations', 'ation', 'edly', 'ings', 'ing', 'ed', 'es', 'ly', 's'];

/**
 * Crude suffix stripping: enough to meet "exchanged" / "exchange" / "exchanges". Then a
 * doubled last letter is halved ("stopped" → "stopp" → "stop"). Worked out by comparing
 * ends rather than with two expressions, which tried their suffixes at every letter: each
 * word a scan meets for the first time is stemmed.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let end = word.length;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix)) {
      end -= suffix.length;
      break;
    }
  }
  if (end >= 2 && word.charCodeAt(end - 1) === word.charCodeAt(end - 2)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Shorter words are never terms; readers may skip them without asking `termOf`. */
export const MIN_TERM_WORD = 3;

/** Word → term (or '' for a stop word). Words repeat across a workspace, so each is worked out once. */
const termOfWord = memoTable(new Map<string, string>());
const TERM_CACHE_LIMIT = 200_000;

/** The term a lower-cased word stands for, or '' for a stop word or a word too short to say anything. */
export function termOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    term = termOfOnce(word);
    if (termOfWord.size >= TERM_CACHE_LIMIT) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
}

/** `termOf` without its memo table, for a caller that keeps the answer itself (claim features keep the term's number). */
export function termOfOnce(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (bare.length < MIN_TERM_WORD || STOP_WORDS.has(bare)) return '';
  const stemmed = stem(bare);
  return CONCEPTS.get(bare) ?? CONCEPTS.get(stemmed) ?? stemmed;
}

/** Whether a character may start a word as `/\p{L}[\p{L}'-]*\/u` reads one, and whether it may continue it. */
const LETTER = /^\p{L}$/u;
const letterKnown = new Uint8Array(0x10000); // 0 not yet asked, 1 a letter, 2 not
memoTable({ clear: () => letterKnown.fill(0) });
function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letterKnown[code];
  if (known === 0) letterKnown[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * Calls `visit` with each word of `lower` (a lower-cased text), as `/\p{L}[\p{L}'-]*\/gu`
 * would find them, without a regular expression: the words of every claim in a workspace
 * are read on each link, and the expression was a third of that time. A text with
 * characters outside the Basic Multilingual Plane (letters there are two code units) takes
 * the expression.
 */
export function forEachWord(lower: string, visit: (word: string) => void, minLength = 1): void {
  if (OUTSIDE_BMP.test(lower)) forEachWordSlowly(lower, visit, minLength);
  else forEachWordIn(lower, 0, lower.length, (from, to) => visit(lower.slice(from, to)), minLength);
}

/** A code unit of a character outside the Basic Multilingual Plane. */
const OUTSIDE_BMP = /[\ud800-\udfff]/;

/**
 * `forEachWord(lower.slice(start, end), …)` by position: `visit` gets each word's start and end
 * in `lower` and its `hashOf`, worked out in the same pass; nothing is sliced. Returns false
 * on meeting a character outside the Basic Multilingual Plane, having visited the words
 * before it: the caller then drops what it was given and takes `forEachWord`.
 */
export function forEachWordIn(
  lower: string, start: number, end: number, visit: (from: number, to: number, hash: number) => void, minLength = 1,
): boolean {
  for (let i = start; i < end; i++) {
    let code = lower.charCodeAt(i);
    if (!isLetterCode(code)) {
      if (code >= 0xd800 && code <= 0xdfff) return false;
      continue;
    }
    let hash = hashStep(HASH_START, code);
    let to = i + 1;
    for (; to < end; to++) {
      code = lower.charCodeAt(to);
      if (code !== 39 && code !== 45 && !isLetterCode(code)) break;
      hash = hashStep(hash, code);
    }
    if (to - i >= minLength) visit(i, to, hashValue(hash));
    // The character that ended the word is passed over here, not read by the loop.
    if (to < end && code >= 0xd800 && code <= 0xdfff) return false;
    i = to;
  }
  return true;
}

const WORD = /\p{L}[\p{L}'-]*/gu;

function forEachWordSlowly(lower: string, visit: (word: string) => void, minLength: number): void {
  for (const m of lower.matchAll(WORD)) if (m[0].length >= minLength) visit(m[0]);
}

export function claimTerms(folded: string): string[] {
  const terms = new Set<string>();
  forEachWord(folded.toLowerCase(), (word) => {
    const term = termOf(word);
    if (term) terms.add(term);
  }, MIN_TERM_WORD);
  return [...terms];
}

/** Negation flips what a sentence asserts; claims that differ only in it contradict. */
export function isNegated(folded: string): boolean {
  return /\b(not|no|never|denied|denies|deny|rejected|refused|failed to|n't|neither|nor)\b/i.test(folded);
}

const TOPICS = ['~talks', '~agreement', '~truce', '~swap'];
const STANCES = ['~positive', '~negative'];

/**
 * An evaluation of a topic ("the talks were productive", "described the meeting as
 * constructive"): sources that evaluate the same topic with the same stance make the same
 * claim however they word it. Returns e.g. "~talks~positive", or undefined.
 */
export function assessmentOf(terms: readonly string[]): string | undefined {
  const topic = TOPICS.find((t) => terms.includes(t));
  const stance = STANCES.find((t) => terms.includes(t));
  return topic && stance ? `${topic}${stance}` : undefined;
}

/**
 * `assessmentOf(claimTerms(text))` for a text known to hold a stance word as a word start
 * (`weighedWords` tells): a text without one rates nothing, so its terms need not be built.
 */
export function assessmentOfStanceText(folded: string): string | undefined {
  return assessmentOf(claimTerms(folded));
}

/** Words that rate an event, as an alternation; a text with none of them (as word starts) rates nothing. */
export const STANCE_WORDS = [...CONCEPTS].filter(([, concept]) => STANCES.includes(concept)).map(([word]) => word).join('|');
