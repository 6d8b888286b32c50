import type { ClaimMention } from '../model';
import { assessmentOfText, claimTerms } from '../detect/claims/terms';

/** What a claim's own text contributes to linking; nothing in it depends on other documents. */
export interface TextFeatures {
  /** The claim's terms (`claimTerms`) by number (see `termId`), so relinking does not look each up again. */
  readonly termIds: readonly number[];
  /** A quote's words, lower-cased, one space apart. */
  readonly quoteText?: string;
  readonly assessment?: string;
}

export function textFeatures(mention: ClaimMention, documentFolded: string): TextFeatures {
  const asserted = mention.content ?? mention;
  const folded = documentFolded.slice(asserted.start, asserted.end);
  const quoteText = mention.type === 'quote' ? normaliseQuote(folded) : undefined;
  const assessment = mention.type === 'claim' ? assessmentOfText(documentFolded.slice(mention.start, mention.end)) : undefined;
  return {
    termIds: claimTerms(folded).map(termId),
    ...(quoteText ? { quoteText } : {}),
    ...(assessment ? { assessment } : {}),
  };
}

function normaliseQuote(folded: string): string {
  return folded.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A quote's distinct runs of three words, by which quotes find each other. Worked out on
 * each relink rather than kept: kept, they were the largest part of the cached features.
 */
export function trigramsOf(quoteText: string): string[] {
  const words = quoteText.split(' ');
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) seen.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return [...seen];
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
