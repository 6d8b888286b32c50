import { foldForComparison } from '../text/fold';
import { memoTable } from '../memo-tables';

/** Slugs of earlier calls: every relink names the same clusters again. Cleared when it grows large. */
const known = memoTable(new Map<string, string>());
const KNOWN_LIMIT = 200_000;
const SLUG_LENGTH = 60;
const slugCodes = new Uint8Array(SLUG_LENGTH);

/** A readable, URL- and YAML-safe id fragment: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function slugify(text: string): string {
  let slug = known.get(text);
  if (slug === undefined) {
    slug = slugOnce(text);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, slug);
  }
  return slug;
}

/**
 * `slugify` without its memo table, for a text named once: the first words of a claim are
 * that claim's own (34,000 on FNC-1), and keeping each would only fill the table.
 */
export function slugOnce(text: string): string {
  return (asciiSlug(text) ?? foldForComparison(text)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, ''))
    .slice(0, SLUG_LENGTH);
}

/**
 * The same slug for a text of ASCII characters only (claim slugs are lower-case terms), in
 * one pass: there folding and normalising change nothing but case, and the four regular
 * expressions were most of the time a workspace scan spent naming claims. Undefined for
 * any other text.
 */
function asciiSlug(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return undefined;
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length && n < SLUG_LENGTH; i++) {
    let code = text.charCodeAt(i);
    if (code === 39) continue; // an apostrophe goes without leaving a gap: "don't" → "dont"
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && n > 0) {
        slugCodes[n++] = 45;
        if (n === SLUG_LENGTH) break;
      }
      gap = false;
      slugCodes[n++] = code;
    } else gap = true;
  }
  return String.fromCharCode.apply(null, slugCodes.subarray(0, n) as unknown as number[]);
}
