import { makeCandidate, type Candidate } from './candidate';
import type { DocumentWords } from './document-words';
import { FIRST_NAMES } from './first-names';
import { COMMON, COMPOUND_DEMONYM_STARTS, COMPOUND_DEMONYMS, DEMONYMS, S_SURNAMES, lookupKey, NON_ACTOR_HEADS, NON_ACTORS, OPENERS, STOP } from './lexicon';
import { ORG_TAILS, ORGS } from './orgs';
import { PLACE_TAILS, PLACES } from './places';
import { isRoleNoun, ROLE_MODIFIERS, TITLE_TAILS } from './roles';
import { roleStartBefore } from './roles-before';
import { isBlank, isWordCode, wordBefore } from './scan';
import { ruleOn } from '../../optional-rules';
import type { Chunk, Token } from './tokens';
import { isKnownCover, knownPieces, splitHyphenated, withToken } from './pieces';

const OF_GAP = /^ of(?: the)? $/;
const PERSON_CUE_AFTER = /^\s+(?:said|says|told|added|asked|explained|wrote|noted|insisted)\b/;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii)$/;
/** Endings of ordinary English words, for a lone capitalised word opening a sentence. */
const COMMON_ENDING = /(?:ly|ing|ed|tion|sion|ment|ness|ity|ance|ence|ism|ful|less|ous|ive|ives|ible|able)$/;

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
  if (tokens.length === 0 || !isActorName(tokens, folded)) return;
  const n = tokens.length;
  // "UN Secretary-General", "Moscow Mayor": a title with no name after it; only known names in it count.
  if (n > 1 && (endsWithTitle(tokens) || isKnownCover(tokens, folded))) {
    knownPieces(tokens, folded, undefined, out);
    return;
  }
  if (ruleOn('glued-descriptors') && role === undefined) tokens = withoutGluedDescriptor(tokens, words);
  if (ruleOn('descriptive-places') && isDescriptivePlace(tokens, folded)) return;
  tokens = withArticlePrefix(tokens, folded);
  if (tokens.length === 1 && tokens[0].key.includes('-') && splitHyphenated(tokens[0], folded, undefined, out)) return;
  out.push(makeCandidate(folded, tokens, role));
}

/**
 * "a Kansas woman", "a Florida court": a place after "a" or "an" and before a common noun
 * describes someone or something else; the place itself is not an actor there.
 */
function isDescriptivePlace(tokens: readonly Token[], folded: string): boolean {
  const last = tokens[tokens.length - 1];
  const next = folded.charCodeAt(last.end + 1);
  if (folded.charCodeAt(last.end) !== 32 || !(next >= 97 && next <= 122)) return false;
  const article = wordBefore(folded, tokens[0].start);
  if (article !== 'a' && article !== 'an') return false;
  return PLACES.has(lookupKey(folded.slice(tokens[0].start, last.end)));
}

/**
 * "Automaker Toyota said": a word that opens the sentence, is written in lower case elsewhere
 * in the article, and is followed by a name the article also writes without it, is a
 * descriptor glued to the name ("Regulator FAA"), not part of it.
 */
function withoutGluedDescriptor(tokens: readonly Token[], words: DocumentWords): readonly Token[] {
  if (tokens.length < 2 || !tokens[0].initial || tokens[1].gap !== ' ') return tokens;
  const key = tokens[0].key;
  if (FIRST_NAMES.has(key) || PLACES.has(key) || ORGS.has(key) || DEMONYMS.has(key) || startsKnownName(tokens)) return tokens;
  if (!words.hasLowercase(key)) return tokens;
  const { folded } = words;
  const rest = folded.slice(tokens[1].start, tokens[tokens.length - 1].end);
  for (let at = folded.indexOf(rest); at >= 0; at = folded.indexOf(rest, at + 1)) {
    if (at === tokens[1].start) continue;
    if (isWordCode(folded.charCodeAt(at - 1)) || isWordCode(folded.charCodeAt(at + rest.length))) continue;
    if (wordBefore(folded, at) !== key) return tokens.slice(1);
  }
  return tokens;
}

/** "Moscow Mayor", but not "Billy King" (a first name before it) nor "Department of Criminal Justice". */
function endsWithTitle(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (!isRoleNoun(tokens[n - 1].key) || FIRST_NAMES.has(tokens[n - 2].key)) return false;
  return tokens.every((t) => t.gap === '' || t.gap === ' ');
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
  const i = demonymPrefix(tokens);
  if (i === 0 || i === tokens.length) return i === 0 ? tokens : [];
  const last = tokens[tokens.length - 1].key;
  if (startsKnownName(tokens) || ORG_TAILS.has(last) || PLACE_TAILS.has(last)) return tokens;
  return tokens.slice(i);
}

/** How many leading tokens are nationality adjectives ("Russian", "North Korean"). */
function demonymPrefix(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length) {
    if (DEMONYMS.has(tokens[i].key)) i++;
    else if (
      i + 1 < tokens.length && COMPOUND_DEMONYM_STARTS.has(tokens[i].key) &&
      COMPOUND_DEMONYMS.has(`${tokens[i].key} ${tokens[i + 1].key}`)
    ) i += 2;
    else break;
  }
  return i;
}

function isOpener(tokens: readonly Token[], words: DocumentWords): boolean {
  const key = tokens[0].key;
  if (OPENERS.has(key)) return tokens.length === 1 || !startsKnownName(tokens);
  if (tokens.length > 1) return false;
  if (COMMON.has(key)) return true;
  if (PLACES.has(key) || ORGS.has(key) || FIRST_NAMES.has(key) || DEMONYMS.has(key)) return false;
  if (words.midSentence.has(key)) return false;
  if (PERSON_CUE_AFTER.test(words.folded.slice(tokens[0].end, tokens[0].end + 12))) return false;
  // "(NASDAQ: ACMS)": capitals after a colon are an acronym, whatever their letters end with.
  const t = tokens[0];
  if (t.end - t.start > 1 && isUpperAscii(words.folded.charCodeAt(t.start + 1)) && isUpperAscii(words.folded.charCodeAt(t.end - 1))) {
    return words.hasLowercase(key);
  }
  if (key.length > 4 && COMMON_ENDING.test(key)) return true;
  // "Polls show", "Figures vary": a plural noun opening a sentence, never written capitalised elsewhere.
  if (key.length > 3 && /[^siu']s$/.test(key) && !S_SURNAMES.has(key)) return true;
  return words.hasLowercase(key);
}

/** Whether the first words make a known place or organisation ("New York", "Islamic State"). */
function startsKnownName(tokens: readonly Token[]): boolean {
  let key = tokens[0].key;
  for (let i = 1; i < Math.min(tokens.length, 4); i++) {
    key += ' ' + tokens[i].key.replace(/\./g, '');
    if (PLACES.has(key) || ORGS.has(key)) return true;
  }
  return false;
}

function isActorName(tokens: readonly Token[], folded: string): boolean {
  const n = tokens.length;
  const last = n > 1 && ROMAN.test(tokens[n - 1].key) ? tokens[n - 2].key : tokens[n - 1].key;
  if (NON_ACTOR_HEADS.has(last)) return false;
  if ((isRoleNoun(last) || TITLE_TAILS.has(last)) && tokens.every((t) => t.key.length === 1 || isTitleWord(t.key))) {
    return ORGS.has(lookupKey(tokens.map((t) => t.key).join(' ')));
  }
  if (n === 1) {
    const k = tokens[0].key;
    if (NON_ACTORS.has(k) || DEMONYMS.has(k) || k.length === 1) return false;
    // Plural acronyms ("MPs", "ISPs") are common nouns.
    const t = tokens[0];
    if (folded.charCodeAt(t.end - 1) === 115 && isUpperAscii(folded.charCodeAt(t.start + 1)) &&
        PLURAL_ACRONYM.test(folded.slice(t.start, t.end))) return false;
    // Capitals for emphasis ("NOT", "THE") are not acronyms.
    if (STOP.has(k) && k !== 'us' && folded.slice(tokens[0].start, tokens[0].end) === k.toUpperCase()) return false;
  }
  return demonymPrefix(tokens) < n;
}

/** Title words alone ("Prime Minister", "Rear Adm.") name no one. */
function isTitleWord(key: string): boolean {
  return isRoleNoun(key) || TITLE_TAILS.has(key) || ROLE_MODIFIERS.has(key) || key === 'rear';
}

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:al|el)[- ]$/iu;

/** "al-Assad", "al Qaeda": the Arabic article belongs to the name. */
function withArticlePrefix(tokens: readonly Token[], folded: string): readonly Token[] {
  const first = tokens[0];
  const sep = folded.charCodeAt(first.start - 1);
  if ((sep !== 45 && sep !== 32) || (folded.charCodeAt(first.start - 2) | 32) !== 108) return tokens;
  if (!ARTICLE_BEFORE.test(folded.slice(Math.max(0, first.start - 4), first.start))) return tokens;
  const start = first.start - 3;
  const key = folded.slice(start, first.end).toLowerCase();
  return [withToken(first, start, first.end, key, first.gap), ...tokens.slice(1)];
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function trimEnd(folded: string, at: number): number {
  while (at > 0 && isBlank(folded.charCodeAt(at - 1))) at--;
  return at;
}
