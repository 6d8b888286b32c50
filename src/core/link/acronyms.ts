import { ruleOn } from '../optional-rules';

/**
 * Acronyms a document defines itself: "the U.S. Geological Survey (USGS)" or
 * "USGS (U.S. Geological Survey)". Only stated definitions count, so "UN" never
 * swallows an unrelated "Union Nationale" by initials alone.
 */
const EXPANSION_FIRST = /((?:[A-Z][\p{L}.&'-]*\s+)?(?:(?:of|the|and|for|on|de|du|des|la|le|[A-Z][\p{L}.&'-]*)\s+){0,8}[A-Z][\p{L}.&'-]*)\s*\(([A-Z][A-Z.&]{1,9})\)/gu;
const ACRONYM_FIRST = /\b([A-Z][A-Z.&]{1,9})\s*\(((?:[A-Z][\p{L}.&'-]*\s+)(?:(?:of|the|and|for|on|[A-Z][\p{L}.&'-]*)\s+){0,8}[A-Z][\p{L}.&'-]*)\)/gu;

/** "Acme Corp. (NASDAQ: ACME)": a stock ticker after the name, behind an exchange's code and a colon. */
const TICKER = /((?:[A-Z][\p{L}.&'-]*\s+){0,5}[A-Z][\p{L}.&'-]*)\s*\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*([A-Z][A-Z.]{0,5})\s*\)/gu;
const BRACKETED_TICKER = /\([A-Z][A-Za-z]{1,9}\s*:/;

export interface AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
}

/** What each form needs somewhere in the text: both patterns are slow to try at every capital. */
const BRACKETED_ACRONYM = /\([A-Z][A-Z.&]{1,9}\)/;
const BRACKETED_CAPITAL = /\([A-Z]/;

export function findAcronymDefinitions(folded: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  if (!BRACKETED_CAPITAL.test(folded)) return out;
  for (const m of BRACKETED_ACRONYM.test(folded) ? folded.matchAll(EXPANSION_FIRST) : []) {
    const expansion = trimToAcronym(m[1], m[2]);
    if (expansion) out.push({ acronym: m[2], expansion });
  }
  for (const m of folded.matchAll(ACRONYM_FIRST)) {
    const expansion = trimToAcronym(m[2], m[1]);
    if (expansion) out.push({ acronym: m[1], expansion });
  }
  if (ruleOn('ticker') && BRACKETED_TICKER.test(folded)) {
    for (const m of folded.matchAll(TICKER)) out.push({ acronym: m[2], expansion: m[1] });
  }
  return out;
}

/** Keeps the shortest tail of the capitalised run whose initials spell the acronym. */
function trimToAcronym(phrase: string, acronym: string): string | undefined {
  const letters = acronym.replace(/[.&]/g, '').toLowerCase();
  const words = phrase.split(/\s+/);
  // "ABB Group (ABB)": the acronym is the name's own first word.
  const own = words.findIndex((w) => w.replace(/[.&]/g, '').toLowerCase() === letters);
  if (own >= 0 && own < words.length - 1) return words.slice(own).join(' ');
  for (let start = words.length - 1; start >= 0; start--) {
    const tail = words.slice(start);
    const initials = tail
      .filter((w) => /^\p{Lu}/u.test(w))
      // "Rolls-Royce (RR)": each capitalised part of a hyphenated word gives its initial.
      .map((w) => (w.includes('.') ? w.replace(/[^\p{L}]/gu, '') : w.split('-').filter((p) => /^\p{Lu}/u.test(p)).map((p) => p[0]).join('')))
      .join('')
      .toLowerCase();
    if (initials === letters) return tail.join(' ');
    if (initials.length > letters.length) break;
  }
  return undefined;
}
