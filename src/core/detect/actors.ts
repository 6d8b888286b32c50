import type { ActorMention } from '../model';
import type { PreparedText } from '../text/prepared-text';
import type { Candidate } from './actors/candidate';
import { proseCandidates } from './actors/candidates';
import { mergeConjoined, refineWithDocument } from './actors/document-rules';
import { headlineCandidates } from './actors/pieces';
import { findAliases, resolveDocument } from './actors/consistency';
import { documentWords } from './actors/document-words';
import { FIRST_NAMES } from './actors/first-names';
import { scanChunks, type Chunk } from './actors/tokens';
import { scoreCandidate } from './actors/typing';

/**
 * People, organisations and places named in one document. Rule-based, no NLP dependency:
 *  1. one scan of the typography-folded text groups capitalised words into chunks (tokens.ts);
 *  2. each chunk of prose gives a name: titles go to `role`, sentence-opening common words and
 *     nationality adjectives are dropped (candidates.ts); Title Case headlines only give names
 *     that the body or a gazetteer confirms (headline.ts);
 *  3. each mention gathers evidence for its type from the name and its neighbours (typing.ts);
 *  4. the document decides: partial names take their full name, one name keeps one type
 *     (consistency.ts).
 * Countries, "U.S." and "America" are places even where they act (ECB+ sometimes calls them
 * organisations); seats of power ("Kremlin", "White House") are organisations.
 */
export function detectActors(doc: PreparedText): ActorMention[] {
  const { folded, text } = doc;
  const midSentence = new Set<string>();
  const chunks = scanChunks(folded, doc.sentences, midSentence);
  const words = documentWords(folded, midSentence);
  const prose: Candidate[] = [];
  const headlines: Chunk[] = [];
  for (const chunk of chunks) {
    if (chunk[0].headline) headlines.push(chunk);
    else proseCandidates(chunk, words, prose);
  }
  const candidates = refineWithDocument(mergeConjoined(prose, folded), folded);
  if (headlines.length > 0) {
    const confirmed = confirmedNames(candidates);
    for (const chunk of headlines) headlineCandidates(chunk, folded, confirmed, candidates);
  }
  for (const c of candidates) scoreCandidate(c, folded);
  candidates.sort((a, b) => a.start - b.start);
  findAliases(candidates, folded);
  resolveDocument(candidates, folded);
  const out: ActorMention[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const type = c.type;
    const span = text.slice(c.start, c.end);
    out.push(
      c.role
        ? { kind: 'actor', type, start: c.start, end: c.end, text: span, name: c.name, role: text.slice(c.role.start, c.role.end) }
        : { kind: 'actor', type, start: c.start, end: c.end, text: span, name: c.name },
    );
  }
  return out;
}

/** Names the prose confirms, and the surname of a person's full name ("Lohan" of "Lindsay Lohan"). */
function confirmedNames(candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    out.add(c.key);
    const n = c.tokens.length;
    if (n > 1 && (c.role || FIRST_NAMES.has(c.tokens[0].key) || c.tokens.some((t) => t.key.length === 1))) {
      out.add(c.tokens[n - 1].key);
    }
  }
  return out;
}
