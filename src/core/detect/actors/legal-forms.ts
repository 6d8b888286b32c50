import { US_STATE_CODES } from './place-data';

/**
 * Legal forms after a company's own name ("Siemens AG", "Toyota Motor Corp.", "Acme S.p.A.").
 * No maintained npm package carries the ISO 20275 entity legal forms list, so the abbreviated
 * forms are told by the shape the standard's abbreviations share instead of by a list: a short
 * dotted abbreviation ("Inc.", "N.V."), a short all-capital word ("AG", "PLC", "LLC") or a short
 * word with a capital after its first letter ("GmbH", "SpA"). Only the forms written out in
 * full in English copy are named. Two shapes are places far more often than legal forms after a
 * name, and are left out: two dotted capitals ("Huffington Post B.C.", "Fox N.Y."; "N.V." is lost
 * with them, "NV" is not) and a US state's postal code ("Fox LA"; also Dutch "NV", a cost taken
 * for precision).
 */
const WRITTEN_OUT = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'incorporated', 'llc', 'plc',
  'group', 'holdings', 'sa', 'ag', 'gmbh']);

const DOTTED = /^(?:\p{L}{1,4}\.){1,4}$/u;
const DOTTED_CAPITALS = /^\p{Lu}\.\p{Lu}\.$/u;
const STATE_CODES = new Set(US_STATE_CODES.split('\n'));
const CAPITALS = /^\p{Lu}{2,4}$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{0,3}\p{Lu}\p{L}{0,2}$/u;

/** Whether a word, as written, is a legal form when it ends an organisation's name. */
export function isLegalForm(word: string): boolean {
  if (WRITTEN_OUT.has(word.toLowerCase().replace(/\.$/, ''))) return true;
  if (word.length > 8 || DOTTED_CAPITALS.test(word) || STATE_CODES.has(word)) return false;
  return DOTTED.test(word) || CAPITALS.test(word) || INNER_CAPITAL.test(word);
}

/** The lower-case legal forms written out in full, for matching folded keys. */
export const COMPANY_SUFFIX: ReadonlySet<string> = WRITTEN_OUT;
