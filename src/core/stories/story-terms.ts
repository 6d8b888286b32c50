import { forEachWord, forEachWordIn, MIN_TERM_WORD, termOf } from '../detect/claims/terms';
import { sameLengthLower } from '../link/claim-features';
import { termId } from '../link/claim-features';

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

export function storyTermsOf(folded: string): StoryTerms {
  const counts = new Map<number, number>();
  const count = (word: string, written: () => string): void => {
    const term = termOf(word);
    if (!term) return;
    const id = termId(term);
    const seen = counts.get(id);
    if (seen === undefined) {
      counts.set(id, 1);
      const surface = surfaces.get(id);
      if (surface === undefined || (surface !== surface.toLowerCase() && written() === word)) surfaces.set(id, bare(written()));
    } else if (seen < 0xffff) counts.set(id, seen + 1);
  };
  const lower = sameLengthLower(folded);
  // Read where the words stand when lower-casing keeps every offset, so the written form is at hand.
  if (lower === undefined || !forEachWordIn(lower, 0, lower.length, (from, to) => count(lower.slice(from, to), () => folded.slice(from, to)), MIN_TERM_WORD)) {
    counts.clear();
    forEachWord(folded.toLowerCase(), (word) => count(word, () => word), MIN_TERM_WORD);
  }
  return { ids: Int32Array.from(counts.keys()), counts: Uint16Array.from(counts.values()) };
}

function bare(word: string): string {
  return word.endsWith("'s") || word.endsWith("'S") ? word.slice(0, -2) : word;
}

/** A word for term number `id`, as written in some document. */
export function surfaceOfTerm(id: number): string | undefined {
  return surfaces.get(id);
}
