import { DENIAL_TERMS, OPPOSITE_PAIRS } from './word-opposites-table';

/**
 * Word knowledge claim relations read, keyed by claim term (`termOf`): WordNet's antonyms of
 * verbs and adjectives, and the words that call a statement untrue. Built on first use from
 * the generated table (scripts/build-word-opposites.mjs), which is 50 KB of text.
 */
let opposites: Map<string, string[]> | undefined;
let denials: ReadonlySet<string> | undefined;

/** The terms WordNet gives as antonyms of `term` ("rise" → "fall"), or none. */
export function oppositesOf(term: string): readonly string[] {
  if (!opposites) {
    opposites = new Map();
    for (const line of OPPOSITE_PAIRS) {
      for (const pair of line.split(',')) {
        const space = pair.indexOf(' ');
        addOpposite(opposites, pair.slice(0, space), pair.slice(space + 1));
        addOpposite(opposites, pair.slice(space + 1), pair.slice(0, space));
      }
    }
  }
  return opposites.get(term) ?? NONE;
}

const NONE: readonly string[] = [];

function addOpposite(map: Map<string, string[]>, a: string, b: string): void {
  const list = map.get(a);
  if (list) list.push(b);
  else map.set(a, [b]);
}

/** Whether a term says a statement is untrue ("denied", "hoax", "false", "debunked"). */
export function isDenialTerm(term: string): boolean {
  denials ??= new Set(DENIAL_TERMS);
  return denials.has(term);
}
