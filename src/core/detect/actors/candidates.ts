import { makeCandidate, type Candidate } from './candidate';
import type { DocumentWords } from './document-words';
import { FIRST_NAMES } from './first-names';
import { DEMONYMS, lookupKey, NON_ACTOR_HEADS, NON_ACTORS, OPENERS } from './lexicon';
import { ORG_TAILS, ORGS } from './orgs';
import { PLACE_TAILS, PLACES } from './places';
import { isRoleNoun, roleStartBefore, TITLE_TAILS } from './roles';
import type { Chunk, Token } from './tokens';

const OF_GAP = /^ of(?: the)? $/;
const PERSON_CUE_AFTER = /^\s+(?:said|says|told|added|asked|explained|wrote|noted|insisted)\b/;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii)$/;

/** The names in one chunk of ordinary prose: titles split off, openers and demonyms dropped. */
export function proseCandidates(chunk: Chunk, words: DocumentWords, out: Candidate[]): void {
  const { folded } = words;
  let tokens: readonly Token[] = chunk;
  const k = titleEnd(tokens);
  let role: { start: number; end: number } | undefined;
  if (k >= 0) {
    const before = roleStartBefore(folded, tokens[0].start, false);
    role = { start: before >= 0 ? before : tokens[0].start, end: tokens[k].end };
    knownPieces(tokens.slice(0, k), folded, undefined, out);
    tokens = tokens.slice(k + 1);
  } else {
    tokens = stripLeading(tokens, words);
    if (tokens.length === 0) return;
    const before = roleStartBefore(folded, tokens[0].start, true);
    if (before >= 0) role = { start: before, end: trimEnd(folded, tokens[0].start) };
  }
  if (tokens.length === 0 || !isActorName(tokens)) return;
  if (tokens.length === 1 && tokens[0].key.includes('-') && splitHyphenated(tokens[0], folded, undefined, out)) return;
  out.push(makeCandidate(folded, tokens, role));
}

/**
 * In a Title Case headline only names confirmed elsewhere count: the longest run of words
 * the body or a gazetteer knows, or a known first name with the word after it.
 */
export function headlineCandidates(chunk: Chunk, folded: string, confirmed: ReadonlySet<string>, out: Candidate[]): void {
  knownPieces(chunk, folded, confirmed, out, true);
}

function knownPieces(
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

function isSurnameLike(token: Token): boolean {
  const k = token.key;
  return !OPENERS.has(k) && !isRoleNoun(k) && !NON_ACTOR_HEADS.has(k) && !DEMONYMS.has(k) && !PLACES.has(k);
}

/** "Russia-Ukraine" is two places; "Jean-Pierre" and "ITAR-TASS" stay one name. */
function splitHyphenated(token: Token, folded: string, confirmed: ReadonlySet<string> | undefined, out: Candidate[]): boolean {
  const parts = folded.slice(token.start, token.end).split('-');
  const keys = parts.map(lookupKey);
  if (!keys.every((p) => PLACES.has(p) || ORGS.has(p) || (confirmed && confirmed.has(p)))) return false;
  let at = token.start;
  parts.forEach((p, i) => {
    out.push(makeCandidate(folded, [{ ...token, start: at, end: at + p.length, key: keys[i], gap: '' }]));
    at += p.length + 1;
  });
  return true;
}

/** Index of the last title word before the name ("Ukrainian President ▸Volodymyr"), or -1. */
function titleEnd(tokens: readonly Token[]): number {
  const n = tokens.length;
  let k = -1;
  for (let i = 0; i < n - 1; i++) if (isRoleNoun(tokens[i].key)) k = i;
  if (k < 0) return -1;
  if (k > 0 && FIRST_NAMES.has(tokens[k - 1].key) && !isRoleNoun(tokens[k - 1].key)) return -1;
  if (ORGS.has(lookupKey(tokens.map((t) => t.key).join(' ')))) return -1;
  while (k + 1 < n - 1 && TITLE_TAILS.has(tokens[k + 1].key)) k++;
  if (k + 1 < n - 1 && OF_GAP.test(tokens[k + 1].gap)) {
    k++;
    while (k + 1 < n - 1 && !FIRST_NAMES.has(tokens[k + 1].key) && /^ +$/.test(tokens[k + 1].gap)) k++;
  }
  return k;
}

/** Drops a sentence-opening common word and leading nationality adjectives. */
function stripLeading(tokens: readonly Token[], words: DocumentWords): readonly Token[] {
  if (tokens[0].initial && isOpener(tokens, words)) tokens = tokens.slice(1);
  let i = 0;
  while (i < tokens.length && DEMONYMS.has(tokens[i].key)) i++;
  if (i === 0 || i === tokens.length) return i === 0 ? tokens : [];
  const last = tokens[tokens.length - 1].key;
  const whole = lookupKey(tokens.map((t) => t.key).join(' '));
  if (ORGS.has(whole) || PLACES.has(whole) || ORG_TAILS.has(last) || PLACE_TAILS.has(last)) return tokens;
  return tokens.slice(i);
}

function isOpener(tokens: readonly Token[], words: DocumentWords): boolean {
  const key = tokens[0].key;
  if (OPENERS.has(key)) return true;
  if (PLACES.has(key) || ORGS.has(key) || FIRST_NAMES.has(key) || DEMONYMS.has(key)) return false;
  if (words.midSentence.has(key)) return false;
  if (tokens.length === 1 && PERSON_CUE_AFTER.test(words.folded.slice(tokens[0].end, tokens[0].end + 12))) return false;
  if (key.length > 4 && /(?:ly|ing|ed)$/.test(key)) return true;
  return words.hasLowercase(key);
}

function isActorName(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const last = n > 1 && ROMAN.test(tokens[n - 1].key) ? tokens[n - 2].key : tokens[n - 1].key;
  if (NON_ACTOR_HEADS.has(last)) return false;
  if (n === 1) {
    const k = tokens[0].key;
    if (NON_ACTORS.has(k) || DEMONYMS.has(k) || k.length === 1) return false;
  }
  return !tokens.every((t) => t.key.length === 1);
}

function trimEnd(folded: string, at: number): number {
  while (at > 0 && /\s/.test(folded[at - 1])) at--;
  return at;
}
