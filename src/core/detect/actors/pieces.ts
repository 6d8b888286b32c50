import { makeCandidate, type Candidate } from './candidate';
import { FIRST_NAMES } from './first-names';
import { DEMONYMS, lookupKey, NON_ACTOR_HEADS, OPENERS } from './lexicon';
import { ORGS } from './orgs';
import { PLACES } from './places';
import { isRoleNoun } from './roles';
import type { Chunk, Token } from './tokens';

// Names made of known pieces: headline words the body or a gazetteer confirms, known names
// side by side ("UN Geneva"), hyphenated pairs ("Russia-Ukraine").

/**
 * In a Title Case headline only names confirmed elsewhere count: the longest run of words
 * the body or a gazetteer knows, or a known first name with the word after it.
 */
export function headlineCandidates(chunk: Chunk, folded: string, confirmed: ReadonlySet<string>, out: Candidate[]): void {
  knownPieces(chunk, folded, confirmed, out, true);
}

export function knownPieces(
  tokens: readonly Token[],
  folded: string,
  confirmed: ReadonlySet<string> | undefined,
  out: Candidate[],
  firstNames = false,
): void {
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    let stop = -1;
    for (let j = Math.min(n, i + 5); j > i && stop < 0; j--) {
      const key = lookupKey(folded.slice(tokens[i].start, tokens[j - 1].end));
      if (PLACES.has(key) || ORGS.has(key) || (confirmed && confirmed.has(key))) stop = j;
    }
    if (stop < 0 && firstNames && FIRST_NAMES.has(tokens[i].key) && i + 1 < n && isSurnameLike(tokens[i + 1])) {
      stop = i + 2;
      if (tokens[i + 1].key.length === 1 && i + 2 < n && isSurnameLike(tokens[i + 2])) stop = i + 3;
    }
    if (stop < 0) {
      if (tokens[i].key.includes('-')) splitHyphenated(tokens[i], folded, confirmed, out);
      i++;
      continue;
    }
    out.push(makeCandidate(folded, tokens.slice(i, stop)));
    i = stop;
  }
}

/** Whether the words are all known names side by side ("UN Geneva", "Moscow Kyiv") but not one name. */
export function isKnownCover(tokens: readonly Token[], folded: string): boolean {
  const first = tokens[0].key;
  if (!PLACES.has(first) && !ORGS.has(first) && !first.includes('.')) return false;
  const whole = lookupKey(folded.slice(tokens[0].start, tokens[tokens.length - 1].end));
  if (PLACES.has(whole) || ORGS.has(whole)) return false;
  return tokens.every((t) => t.gap === '' || t.gap === ' ') && tokens.every((t) => {
    const k = t.key.replace(/\./g, '');
    return PLACES.has(k) || ORGS.has(k);
  });
}

function isSurnameLike(token: Token): boolean {
  const k = token.key;
  return !OPENERS.has(k) && !isRoleNoun(k) && !NON_ACTOR_HEADS.has(k) && !DEMONYMS.has(k) && !PLACES.has(k);
}

/** "Russia-Ukraine" is two places; "Jean-Pierre" and "ITAR-TASS" stay one name. */
export function splitHyphenated(token: Token, folded: string, confirmed: ReadonlySet<string> | undefined, out: Candidate[]): boolean {
  const parts = folded.slice(token.start, token.end).split('-');
  const keys = parts.map(lookupKey);
  if (!keys.every((p) => PLACES.has(p) || ORGS.has(p) || (confirmed && confirmed.has(p)))) return false;
  let at = token.start;
  parts.forEach((p, i) => {
    out.push(makeCandidate(folded, [withToken(token, at, at + p.length, keys[i], '')]));
    at += p.length + 1;
  });
  return true;
}

/** A token like `t` with other bounds: written out in full so every token keeps one shape. */
export function withToken(t: Token, start: number, end: number, key: string, gap: string): Token {
  return { start, end, key, gap, initial: t.initial, headline: t.headline };
}
