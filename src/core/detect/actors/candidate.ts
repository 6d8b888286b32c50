import type { ActorType } from '../../model';
import type { Span } from '../../text/span';
import { lookupKey } from './lexicon';
import type { Token } from './tokens';

/** Evidence slots, summed per name across the document. */
export const PERSON = 0;
export const ORG = 1;
export const PLACE = 2;

/** A name found in the text, with the evidence gathered for its type. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** `lookupKey` of the whole name. */
  readonly key: string;
  readonly role?: Span;
  readonly headline: boolean;
  /**
   * Evidence from the name itself (gazetteers, cue words, first names, its shape), indexed
   * PERSON, ORG, PLACE. The same for every mention of a name, so a document counts it once.
   */
  readonly intrinsic: [number, number, number];
  /** Evidence from this mention's context (a title, "in", "said"), summed over the document. */
  readonly evidence: [number, number, number];
  /** The name as compared within the document; the full name for a partial one. */
  name: string;
  /** The earlier name this one is declared a spelling of ("Solovyov (also spelled Solovyev)"). */
  aliasOf?: Candidate;
  /** Decided for the whole document by `resolveDocument`. */
  type: ActorType;
}

/** `lookupKey` of the name, built from the tokens' lower-case keys when that is the same thing. */
function keyOf(tokens: readonly Token[], text: string): string {
  if (tokens.length === 1) {
    const key = tokens[0].key;
    return key.includes('.') ? lookupKey(key) : key;
  }
  let key = tokens[0].key;
  for (let i = 1; i < tokens.length; i++) key += (tokens[i].gap === ' ' ? ' ' : tokens[i].gap.toLowerCase()) + tokens[i].key;
  return key.includes('.') || key.includes('  ') || /[\t\n\r]/.test(key) ? lookupKey(text) : key;
}

export function makeCandidate(folded: string, tokens: readonly Token[], role?: Span): Candidate {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const text = folded.slice(start, end);
  return {
    start,
    end,
    tokens,
    key: keyOf(tokens, text),
    role,
    headline: tokens[0].headline,
    intrinsic: [0, 0, 0],
    evidence: [0, 0, 0],
    name: text.includes('  ') || /[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text,
    aliasOf: undefined,
    type: 'person',
  };
}
