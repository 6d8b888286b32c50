import { forEachWord, forEachWordIn, MIN_TERM_WORD, termOf } from '../detect/claims/terms';
import { sameLengthLower, termId, termIdOfWordAt } from '../link/claim-features';

/**
 * A document's content terms (stemmed, stop words left out, numbered by `termId`) with how
 * often each occurs: what story grouping weighs. Nothing in it depends on other documents,
 * so it is kept with the document's linking features and read once per analysis.
 */
export interface StoryTerms {
  readonly ids: Int32Array;
  readonly counts: Uint16Array;
}

/**
 * For each term number, a word that stands for it, so a story's label reads as words rather than
 * stems: as first written, until the word is met in lower case (a name keeps its capitals, a
 * common noun loses the one a sentence gave it).
 */
const surfaces = new Map<number, string>();

/** Counts by term number for the document being read, and the numbers counted: zeroed again after each document. */
let counts = new Uint16Array(4096);
const touched: number[] = [];

export function storyTermsOf(folded: string): StoryTerms {
  const count = (id: number, written: () => string): void => {
    if (id < 0) return;
    if (id >= counts.length) {
      const grown = new Uint16Array(Math.max(id + 1, counts.length * 2));
      grown.set(counts);
      counts = grown;
    }
    const seen = counts[id];
    if (seen === 0) {
      touched.push(id);
      const surface = surfaces.get(id);
      if (surface === undefined) surfaces.set(id, bare(written()));
      else if (surface !== surface.toLowerCase()) {
        const word = written();
        if (word === word.toLowerCase()) surfaces.set(id, bare(word));
      }
    }
    if (seen < 0xffff) counts[id] = seen + 1;
  };
  const lower = sameLengthLower(folded);
  // Read where the words stand when lower-casing keeps every offset: no slice for a word met before,
  // and the written form at hand for a label.
  const read = lower !== undefined && forEachWordIn(lower, 0, lower.length, (from, to, hash) => count(termIdOfWordAt(lower, from, to, hash), () => folded.slice(from, to)), MIN_TERM_WORD);
  if (!read) {
    for (const id of touched) counts[id] = 0;
    touched.length = 0;
    forEachWord(folded.toLowerCase(), (word) => count(termOf(word) ? termId(termOf(word)) : -1, () => word), MIN_TERM_WORD);
  }
  const ids = Int32Array.from(touched);
  const out = Uint16Array.from(touched, (id) => counts[id]);
  for (const id of touched) counts[id] = 0;
  touched.length = 0;
  return { ids, counts: out };
}

function bare(word: string): string {
  return word.endsWith("'s") || word.endsWith("'S") ? word.slice(0, -2) : word;
}

/** A word for term number `id`, as written in some document. */
export function surfaceOfTerm(id: number): string | undefined {
  return surfaces.get(id);
}
