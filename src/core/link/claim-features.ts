import type { ClaimMention } from '../model';
import { forEachWord, forEachWordIn, MIN_TERM_WORD, termOfOnce } from '../detect/claims/terms';
import { ABSENT, hashOf, WordTable } from '../text/word-table';
import { memoTable } from '../memo-tables';

/** What a claim's own text contributes to linking; nothing in it depends on other documents. */
export interface TextFeatures {
  /** The claim's terms (`claimTerms`) by number (see `termId`), so relinking does not look each up again. */
  readonly termIds: readonly number[];
  /** A quote's words, lower-cased, one space apart. */
  readonly quoteText?: string;
  /** The same words by number (see `quoteWordsOf`): quotes find each other by runs of three. */
  readonly quoteWords?: readonly number[];
  readonly assessment?: string;
}

/**
 * `documentLower` is the document's folded text lower-cased when that keeps every offset
 * (see `sameLengthLower`): claims then read their words in it where they stand.
 */
export function textFeatures(mention: ClaimMention, documentFolded: string, documentLower?: string): TextFeatures {
  const asserted = mention.content ?? mention;
  const folded = documentFolded.slice(asserted.start, asserted.end);
  const lower = documentLower?.slice(asserted.start, asserted.end);
  const quoteText = mention.type === 'quote' ? normaliseQuote(lower ?? folded.toLowerCase()) : undefined;
  // Worked out by detection, which read the sentence for it already (a quote rates nothing).
  const assessment = mention.type === 'claim' ? mention.assessment : undefined;
  const termIds = documentLower === undefined ? termIdsOf(folded) : termIdsIn(documentLower, asserted.start, asserted.end, documentFolded);
  // Built by case rather than with spreads: this runs for every claim of a workspace.
  if (quoteText) {
    const quoteWords = quoteWordsOf(quoteText);
    return assessment ? { termIds, quoteText, quoteWords, assessment } : { termIds, quoteText, quoteWords };
  }
  return assessment ? { termIds, assessment } : { termIds };
}

/**
 * The folded text lower-cased, when each character lower-cases on its own into one: then a
 * slice of the result is the lower-cased slice. Not so when a character grows ("İ") or
 * when a capital sigma is there, whose lower case depends on the letters around it.
 */
export function sameLengthLower(folded: string): string | undefined {
  const lower = folded.toLowerCase();
  return lower.length === folded.length && !folded.includes('\u03a3') ? lower : undefined;
}

/** Runs of letters and digits: everything else, spaces included, only separates them. */
const QUOTE_WORD = /[\p{L}\p{N}]+/gu;

function normaliseQuote(lower: string): string {
  // The runs joined by one space: what blanking every other character, collapsing spaces and
  // trimming gave, in one pass instead of three.
  return lower.match(QUOTE_WORD)?.join(' ') ?? '';
}

/**
 * Every word of a quote read in this process, numbered as first met. Never cleared nor
 * renumbered: features cached across relinks keep the numbers, so a number must keep its
 * word. It grows with the vocabulary of the workspace's quotes, not with edits.
 */
const quoteWordIds = new Map<string, number>();

/** A normalised quote's words by number. */
export function quoteWordsOf(quoteText: string): number[] {
  const out: number[] = [];
  for (let from = 0; from <= quoteText.length; ) {
    let to = quoteText.indexOf(' ', from);
    if (to < 0) to = quoteText.length;
    const word = quoteText.slice(from, to);
    let id = quoteWordIds.get(word);
    if (id === undefined) quoteWordIds.set(word, (id = quoteWordIds.size));
    out.push(id);
    from = to + 1;
  }
  return out.slice();
}

/** Word numbers below this make a run of three into one exact number (3 × 17 bits < 2^51). */
const PACKED_WORDS = 1 << 17;
/** Runs with a larger word number are numbered from here, above every packed key. */
const WIDE_KEYS = 2 ** 52;

/**
 * Each run of three words of a quote (repeats included), as a number equal for equal runs and
 * different for different ones: the three word numbers packed, or, once word numbers outgrow
 * 17 bits, the run's own number in `wide` (one table for every quote of a relink). Numbers,
 * not slices of the quote: a relink made 130,000 such strings on FNC-1.
 */
export function forEachTrigram(words: readonly number[], wide: Map<string, number>, visit: (key: number) => void): void {
  for (let w = 0; w + 3 <= words.length; w++) {
    const a = words[w];
    const b = words[w + 1];
    const c = words[w + 2];
    if (a < PACKED_WORDS && b < PACKED_WORDS && c < PACKED_WORDS) visit((a * PACKED_WORDS + b) * PACKED_WORDS + c);
    else {
      const text = `${a} ${b} ${c}`;
      let key = wide.get(text);
      if (key === undefined) wide.set(text, (key = WIDE_KEYS + wide.size));
      visit(key);
    }
  }
}

/** Words in a claim's quote, none when it is not one. */
export function quoteWordCount(text: TextFeatures): number {
  return text.quoteWords?.length ?? 0;
}

/**
 * Claim terms as small integers, the same for a term in every relink of this process.
 * Terms are words of the workspace's vocabulary, so the table grows with it, not with edits.
 */
const ids = new Map<string, number>();
const texts: string[] = [];

export function termId(term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    id = texts.length;
    ids.set(term, id);
    texts.push(term);
  }
  return id;
}

/** Every term numbered so far, by its number. */
export function termTexts(): readonly string[] {
  return texts;
}

/** Word → the number of its term (-1 for a stop word): one lookup a word, where going by the term's text took three. */
const termIdOfWord = memoTable(new WordTable());
const WORD_CACHE_LIMIT = 200_000;
/** `seen[id] === stamp` once term `id` is in the claim being read. */
let seen = new Int32Array(1024);
let stamp = 0;

/** `claimTerms(folded).map(termId)`, in the same order (first occurrence), without building the terms' texts. */
export function termIdsOf(folded: string): number[] {
  const lower = folded.toLowerCase();
  const out: number[] = [];
  nextClaim();
  forEachWord(lower, (word) => addTerm(out, termIdOfWordAt(word, 0, word.length, hashOf(word, 0, word.length))), MIN_TERM_WORD);
  return out.slice();
}

/**
 * `termIdsOf(folded.slice(start, end))` for `lower`, the whole document's folded text
 * lower-cased (`sameLengthLower`), reading each word where it stands: no slice, no new
 * string to hash, for the words already met.
 */
export function termIdsIn(lower: string, start: number, end: number, folded: string): number[] {
  const out: number[] = [];
  nextClaim();
  const read = forEachWordIn(lower, start, end, (from, to, hash) => addTerm(out, termIdOfWordAt(lower, from, to, hash)), MIN_TERM_WORD);
  // A copy of exactly its length: an array grown by pushes keeps room for sixteen or more, and
  // these live as long as the features (a sixth of the features' memory on FNC-1 was such room).
  return read ? out.slice() : termIdsOf(folded.slice(start, end));
}

/** The term number of the word at [from, to) of `lower` (-1 for a stop word), `hash` being its `hashOf`: no slice for a word met before. */
export function termIdOfWordAt(lower: string, from: number, to: number, hash: number): number {
  let id = termIdOfWord.get(lower, from, to, hash);
  if (id === ABSENT) {
    const word = lower.slice(from, to);
    // This table keeps the word's term number: `termOf`'s own table would keep the same word again.
    const term = termOfOnce(word);
    id = term ? termId(term) : -1;
    if (termIdOfWord.size >= WORD_CACHE_LIMIT) termIdOfWord.clear();
    termIdOfWord.add(word, hash, id);
  }
  return id;
}

function nextClaim(): void {
  if (++stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
}

/** Appends term `id` unless it is a stop word's or already in the claim being read. */
function addTerm(out: number[], id: number): void {
  if (id < 0) return;
  if (id >= seen.length) {
    const grown = new Int32Array(Math.max(id + 1, seen.length * 2));
    grown.set(seen);
    seen = grown;
  }
  if (seen[id] !== stamp) {
    seen[id] = stamp;
    out.push(id);
  }
}
