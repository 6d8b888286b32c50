import { STEP_WORK, WorkBudget, type Steps } from '../link/steps';
import type { StoryVectors } from './story-vectors';

/**
 * The average cosine similarity two groups of documents must share to be one story (pairs that
 * share no feature count as 0). Average link, unlike single link, does not chain two stories
 * through one pair of look-alike articles, so the grouping changes little over a wide range
 * of this value: on the FNC-1 dev labels pairwise F1 stays within 0.90–0.98 from 0.05 to 0.2.
 */
export const STORY_SIMILARITY = 0.1;

/**
 * Groups documents by average-link agglomerative clustering over their cosine similarities.
 * Only pairs that share a feature are ever compared, found through an inverted index, so the
 * work grows with the pairs that have something in common, not with all n² pairs.
 * Gives each document's group as the smallest document position in it.
 */
export function* averageLink(vectors: StoryVectors, threshold = STORY_SIMILARITY): Steps<Int32Array> {
  const n = vectors.features.length;
  const neighbours = yield* similarities(vectors);
  const least = Math.ceil(threshold * SCALE);
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const merged = Int32Array.from({ length: n }, (_, i) => i);
  const queue = new MergeQueue();
  for (let a = 0; a < n; a++) for (const [b, sum] of neighbours[a]) if (a < b && sum >= least) queue.push(sum / SCALE, a, b, 0, 0);
  const budget = new WorkBudget(STEP_WORK);
  for (let next = queue.pop(); next; next = queue.pop()) {
    const { a, b } = next;
    if (version[a] !== next.versionA || version[b] !== next.versionB || merged[a] !== a || merged[b] !== b) continue;
    // The group with fewer neighbours is folded into the other: each merge costs the smaller side.
    const [keep, fold] = neighbours[a].size >= neighbours[b].size ? [a, b] : [b, a];
    merged[fold] = keep;
    size[keep] += size[fold];
    version[keep]++;
    const into = neighbours[keep];
    into.delete(fold);
    for (const [c, sum] of neighbours[fold]) {
      if (c === keep) continue;
      const total = (into.get(c) ?? 0) + sum;
      into.set(c, total);
      neighbours[c].delete(fold);
      neighbours[c].set(keep, total);
    }
    neighbours[fold] = new Map();
    for (const [c, sum] of into) {
      const average = sum / SCALE / (size[keep] * size[c]);
      if (average >= threshold) queue.push(average, keep, c, version[keep], version[c]);
    }
    if (budget.spend(1 + into.size)) yield;
  }
  const group = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    let root = d;
    while (merged[root] !== root) root = merged[root];
    group[d] = root;
  }
  // Named by the smallest position in each group, so a group's name does not depend on merge order.
  const smallest = new Map<number, number>();
  for (let d = 0; d < n; d++) if (!smallest.has(group[d])) smallest.set(group[d], d);
  return group.map((root) => smallest.get(root)!);
}

/**
 * Similarities are kept as integers, in units of 1/SCALE: a Map holds a small integer in place,
 * where each fractional value was an object of its own, hundreds of thousands on FNC-1 and a new
 * one at each update, which made the collector the larger part of grouping. Sums stay below
 * 2^30 / SCALE (16,384) for groups of up to 128 documents on each side of a pair.
 */
const SCALE = 1 << 16;

/** Each document's similarity to every other document it shares a feature with (both ways), in units of 1/SCALE. */
function* similarities(vectors: StoryVectors): Steps<Map<number, number>[]> {
  const n = vectors.features.length;
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  const budget = new WorkBudget(STEP_WORK);
  for (let d = 0; d < n; d++) {
    const features = vectors.features[d];
    for (let i = 0; i < features.length; i++) {
      let list = postings.get(features[i]);
      if (!list) postings.set(features[i], (list = { docs: [], weights: [] }));
      list.docs.push(d);
      list.weights.push(vectors.weights[d][i]);
    }
    if (budget.spend(1 + features.length)) yield;
  }
  const neighbours = Array.from({ length: n }, () => new Map<number, number>());
  const sums = new Float64Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    const features = vectors.features[a];
    let work = 0;
    for (let i = 0; i < features.length; i++) {
      const list = postings.get(features[i])!;
      const weight = vectors.weights[a][i];
      // Postings are in document order: only the later documents, so each pair is summed once.
      for (let p = list.docs.length - 1; p >= 0 && list.docs[p] > a; p--) {
        const b = list.docs[p];
        if (sums[b] === 0) touched.push(b);
        sums[b] += weight * list.weights[p];
        work++;
      }
    }
    for (const b of touched) {
      const scaled = Math.round(sums[b] * SCALE);
      if (scaled > 0) {
        neighbours[a].set(b, scaled);
        neighbours[b].set(a, scaled);
      }
      sums[b] = 0;
    }
    touched.length = 0;
    if (budget.spend(1 + work)) yield;
  }
  return neighbours;
}

interface Candidate {
  readonly average: number;
  readonly a: number;
  readonly b: number;
  readonly versionA: number;
  readonly versionB: number;
}

/** A binary max-heap of merge candidates; ties go to the smaller positions, so the result does not depend on insertion order. */
class MergeQueue {
  private readonly heap: Candidate[] = [];

  push(average: number, a: number, b: number, versionA: number, versionB: number): void {
    const heap = this.heap;
    heap.push({ average, a, b, versionA, versionB });
    for (let k = heap.length - 1; k > 0; ) {
      const parent = (k - 1) >> 1;
      if (!before(heap[k], heap[parent])) break;
      [heap[k], heap[parent]] = [heap[parent], heap[k]];
      k = parent;
    }
  }

  pop(): Candidate | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let k = 0; ; ) {
        const left = 2 * k + 1;
        let best = k;
        if (left < heap.length && before(heap[left], heap[best])) best = left;
        if (left + 1 < heap.length && before(heap[left + 1], heap[best])) best = left + 1;
        if (best === k) break;
        [heap[k], heap[best]] = [heap[best], heap[k]];
        k = best;
      }
    }
    return top;
  }
}

function before(x: Candidate, y: Candidate): boolean {
  if (x.average !== y.average) return x.average > y.average;
  const lowX = Math.min(x.a, x.b);
  const lowY = Math.min(y.a, y.b);
  return lowX !== lowY ? lowX < lowY : Math.max(x.a, x.b) < Math.max(y.a, y.b);
}
