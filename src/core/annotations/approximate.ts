/** A stretch of text that matches a pattern with `distance` edits; offsets into the searched string. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
}

/**
 * Every separate place in `text[from, to)` where `pattern` occurs with at most
 * `maxDistance` edits (Sellers' algorithm: edit distance with a free start and end in the
 * text, the start carried along each cell). Cost is pattern length × window length, so
 * callers pass small windows found by exact seeds, never the whole article.
 */
export function approximateMatches(pattern: string, text: string, from: number, to: number, maxDistance: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || to <= from) return [];
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  const ends: ApproximateMatch[] = [];
  if (prevCost[m] <= maxDistance) ends.push({ start: from, end: from, distance: prevCost[m] });
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    cost[0] = 0;
    start[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let best = prevCost[i - 1] + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      let bestStart = prevStart[i - 1];
      if (prevCost[i] + 1 < best) {
        best = prevCost[i] + 1;
        bestStart = prevStart[i];
      }
      if (cost[i - 1] + 1 < best) {
        best = cost[i - 1] + 1;
        bestStart = start[i - 1];
      }
      cost[i] = best;
      start[i] = bestStart;
    }
    if (cost[m] <= maxDistance) ends.push({ start: start[m], end: j + 1, distance: cost[m] });
    [prevCost, cost] = [cost, prevCost];
    [prevStart, start] = [start, prevStart];
  }
  return separate(ends, m);
}

/** Around one true match many ends score nearly as well; keep the best and drop what overlaps it. */
function separate(ends: ApproximateMatch[], patternLength: number): ApproximateMatch[] {
  const ranked = [...ends].sort((a, b) =>
    a.distance - b.distance
    || Math.abs(a.end - a.start - patternLength) - Math.abs(b.end - b.start - patternLength)
    || a.start - b.start);
  const kept: ApproximateMatch[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept;
}

/** 1 for equal strings, 0 for nothing in common: one minus edits over the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

/** Levenshtein distance: insertions, deletions and substitutions of UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
