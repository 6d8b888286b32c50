import { foldForComparison } from '../text/fold';

/** Slugs of earlier calls: every relink names the same clusters again. Cleared when it grows large. */
const known = new Map<string, string>();
const KNOWN_LIMIT = 200_000;

/** A readable, URL- and YAML-safe id fragment: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function slugify(text: string): string {
  let slug = known.get(text);
  if (slug === undefined) {
    slug = foldForComparison(text)
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, slug);
  }
  return slug;
}
