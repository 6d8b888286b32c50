import { forEachWord, MIN_TERM_WORD, termOf } from '../detect/claims/terms';
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

/** For each term number, a word that stands for it, so a story's label reads as words rather than stems. */
const surfaces = new Map<number, string>();

export function storyTermsOf(folded: string): StoryTerms {
  const counts = new Map<number, number>();
  forEachWord(folded.toLowerCase(), (word) => {
    const term = termOf(word);
    if (!term) return;
    const id = termId(term);
    const seen = counts.get(id);
    if (seen === undefined) {
      counts.set(id, 1);
      if (!surfaces.has(id)) surfaces.set(id, word.endsWith("'s") ? word.slice(0, -2) : word);
    } else if (seen < 0xffff) counts.set(id, seen + 1);
  }, MIN_TERM_WORD);
  return { ids: Int32Array.from(counts.keys()), counts: Uint16Array.from(counts.values()) };
}

/** A word for term number `id`, as first read in some document. */
export function surfaceOfTerm(id: number): string | undefined {
  return surfaces.get(id);
}
