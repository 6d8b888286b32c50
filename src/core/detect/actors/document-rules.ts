import { makeCandidate, type Candidate } from './candidate';
import { FIRST_NAMES } from './first-names';
import { ORG_TAILS, ORGS } from './orgs';
import { PLACES } from './places';
import { splitHyphenated, withToken } from './pieces';

// Rules over all prose names of a document at once, before the headlines are read.

/**
 * "National Security and Defence Council": a name without cues of its own, joined by "and"
 * to one that ends with an organisation word, is the first half of that organisation.
 */
export function mergeConjoined(candidates: Candidate[], folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const gap = prev ? folded.slice(prev.end, c.start) : '';
    if (prev && (gap === ' and ' || gap === ' & ') && !prev.role && ORG_TAILS.has(c.tokens[c.tokens.length - 1].key) &&
        !PLACES.has(prev.key) && !ORGS.has(prev.key) && !FIRST_NAMES.has(prev.tokens[0].key)) {
      out[out.length - 1] = makeCandidate(folded, [...prev.tokens, ...c.tokens.map((t, i) => (i ? t : withToken(t, t.start, t.end, t.key, gap)))]);
    } else out.push(c);
  }
  return out;
}

/**
 * Document-level clean-up of prose names once all are known: an adjective made from a name in
 * the document ("Marendian" beside "Marendia", "Veloran" beside "Veloria") is a nationality,
 * and a hyphenated pair of names the document knows ("Marendia-Veloria") is two names.
 */
export function refineWithDocument(candidates: Candidate[], folded: string): Candidate[] {
  if (!candidates.some(mayNeedDocument)) return candidates;
  const known = new Set(candidates.map((c) => c.key));
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (mayNeedDocument(c)) {
      const key = c.key;
      if (isDemonymOf(key, known)) continue;
      if (key.includes('-') && splitHyphenated(c.tokens[0], folded, known, out)) continue;
    }
    out.push(c);
  }
  return out;
}

function mayNeedDocument(c: Candidate): boolean {
  if (c.tokens.length !== 1 || c.role) return false;
  const k = c.key;
  return (k.length >= 6 && k.charCodeAt(k.length - 1) === 110 && k.charCodeAt(k.length - 2) === 97) || k.includes('-');
}

function isDemonymOf(key: string, known: ReadonlySet<string>): boolean {
  if (key.length < 6 || !key.endsWith('an')) return false;
  const stem = key.endsWith('ian') ? key.slice(0, -3) : key.slice(0, -2);
  return known.has(key.slice(0, -1)) || [stem + 'ia', stem + 'a', stem + 'e', stem].some((k) => k !== key && known.has(k));
}
