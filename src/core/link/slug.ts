import { foldForComparison } from '../text/fold';

/** A readable, URL- and YAML-safe id fragment: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function slugify(text: string): string {
  return foldForComparison(text)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
