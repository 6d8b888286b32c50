import type { ActorMention } from '../model';
import type { PreparedText } from '../text/prepared-text';
import type { Candidate } from './actors/candidate';
import { headlineCandidates, proseCandidates } from './actors/candidates';
import { resolveDocument } from './actors/consistency';
import { documentWords } from './actors/document-words';
import { ORG_TAILS } from './actors/orgs';
import { PLACE_TAILS } from './actors/places';
import { scanChunks, type Chunk } from './actors/tokens';
import { scoreCandidate } from './actors/typing';

/**
 * People, organisations and places named in one document. Rule-based and single-pass:
 * capitalised words are grouped into names over the typography-folded text, titles go to
 * `role`, possessives stay outside the span, and each name is typed from gazetteers, cue
 * words and context, summed over the document so one name keeps one type.
 */
export function detectActors(doc: PreparedText): ActorMention[] {
  const { folded, text } = doc;
  const chunks = scanChunks(folded, sentenceStarts(doc));
  const words = documentWords(folded, chunks);
  const candidates: Candidate[] = [];
  const headlines: Chunk[] = [];
  for (const chunk of chunks) {
    if (chunk[0].headline) headlines.push(chunk);
    else proseCandidates(chunk, words, candidates);
  }
  const confirmed = confirmedNames(candidates);
  for (const chunk of headlines) headlineCandidates(chunk, folded, confirmed, candidates);
  for (const c of candidates) scoreCandidate(c, folded);
  const types = resolveDocument(candidates);
  candidates.sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const mention: ActorMention = {
      kind: 'actor',
      type: types.get(c) ?? 'person',
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      name: c.name,
      ...(c.role ? { role: text.slice(c.role.start, c.role.end) } : {}),
    };
    out.push(mention);
  }
  return out;
}

/** Sentence starts, moved past opening quotes and brackets to the first word. */
function sentenceStarts(doc: PreparedText): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sentences) {
    let at = s.start;
    while (at < s.end && /["'(\[`*_#>\s-]/.test(doc.folded[at])) at++;
    starts.add(at);
  }
  return starts;
}

/** Names the prose confirms, and each word of a multi-word name ("Lohan" of "Lindsay Lohan"). */
function confirmedNames(candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    out.add(c.key);
    if (c.tokens.length < 2) continue;
    for (const t of c.tokens) if (t.key.length > 2 && !ORG_TAILS.has(t.key) && !PLACE_TAILS.has(t.key)) out.add(t.key);
  }
  return out;
}
