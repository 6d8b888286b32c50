import { approximateMatches, type ApproximateMatch } from './approximate';
import type { SearchText } from './search-text';

/** A seed (a run of the quote's words) found more often than this says little about where the quote went. */
const MAX_SEED_HITS = 200;
/** Seeds used, and seeds looked up at most: each lookup is one pass over the article. */
const MAX_SEEDS = 8;
const MAX_SEED_TRIES = 24;
/** Windows aligned at most, the most strongly seeded and nearest the old position first. */
const MAX_WINDOWS = 1000;
/** Pattern length × window length summed over windows: about a tenth of a second at most. */
const MAX_CELLS = 40_000_000;
/** Around the old position the quote is looked for this far beyond its own length. */
const HINT_SLACK = 256;

interface Window {
  from: number;
  to: number;
  seeds: number;
}

/**
 * Approximate occurrences of `pattern` (lower case, normalised) in `search.lower`, looked
 * for only in windows where a distinctive run of its words occurs exactly, or around the old
 * position. A quote within the allowed distance that has lost every distinctive word is not
 * the same passage anyway, so this costs nothing in recall and keeps a 1 MB article cheap.
 */
export function approximateCandidates(search: SearchText, pattern: string, maxDistance: number, hint: number | undefined): ApproximateMatch[] {
  const windows: Window[] = [];
  const span = pattern.length + maxDistance;
  if (hint !== undefined) windows.push({ from: hint - HINT_SLACK - maxDistance, to: hint + pattern.length + HINT_SLACK + maxDistance, seeds: MAX_SEEDS });
  let usable = 0;
  for (const seed of seedsOf(pattern)) {
    const hits = occurrences(search.lower, seed.text, MAX_SEED_HITS + 1);
    if (hits.length > MAX_SEED_HITS) continue;
    for (const hit of hits) {
      const expectedStart = hit - seed.offset;
      windows.push({ from: expectedStart - maxDistance, to: expectedStart + span, seeds: 1 });
    }
    if (++usable === MAX_SEEDS) break;
  }
  const near = (w: Window): number => (hint === undefined ? 0 : Math.abs(w.from - hint));
  const merged = merge(windows, search.lower.length)
    .sort((a, b) => b.seeds - a.seeds || near(a) - near(b) || a.from - b.from)
    .slice(0, MAX_WINDOWS);
  const found: ApproximateMatch[] = [];
  let cells = 0;
  for (const window of merged) {
    const windowCells = (window.to - window.from) * pattern.length;
    if (cells + windowCells > MAX_CELLS) continue;
    cells += windowCells;
    found.push(...approximateMatches(pattern, search.lower, window.from, window.to, maxDistance));
  }
  return found;
}

/**
 * Runs of one to three words of the pattern, longest first: in a long article single words
 * recur hundreds of times, but three in a row rarely do. A typo spoils only the runs that
 * contain it; the others still point at the place.
 */
function seedsOf(pattern: string): { text: string; offset: number }[] {
  const words = [...pattern.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const seen = new Set<string>();
  const seeds: { text: string; offset: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const text = pattern.slice(words[i].start, words[i + n - 1].end);
      if (text.length < 3 || seen.has(text)) continue;
      seen.add(text);
      seeds.push({ text, offset: words[i].start });
    }
  }
  return seeds.sort((a, b) => b.text.length - a.text.length || a.offset - b.offset).slice(0, MAX_SEED_TRIES);
}

function occurrences(haystack: string, needle: string, limit: number): number[] {
  const hits: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0 && hits.length < limit; at = haystack.indexOf(needle, at + 1)) hits.push(at);
  return hits;
}

function merge(windows: Window[], length: number): Window[] {
  const clamped = windows
    .map((w) => ({ from: Math.max(0, w.from), to: Math.min(length, w.to), seeds: w.seeds }))
    .filter((w) => w.to > w.from)
    .sort((a, b) => a.from - b.from);
  const out: Window[] = [];
  for (const w of clamped) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) {
      last.to = Math.max(last.to, w.to);
      last.seeds += w.seeds;
    } else out.push({ ...w });
  }
  return out;
}
