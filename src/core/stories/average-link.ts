import { STEP_WORK, WorkBudget, type Steps } from '../link/steps';
import { IndexedUnionFind } from '../link/union-find';
import type { StoryVectors } from './story-vectors';
import { MergeQueue } from './merge-queue';

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
  const neighbours = yield* similarities(vectors, threshold);
  const least = Math.ceil(threshold * SCALE);
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const merged = Int32Array.from({ length: n }, (_, i) => i);
  const queue = new MergeQueue();
  const budget = new WorkBudget(STEP_WORK);
  for (let a = 0; a < n; a++) {
    neighbours[a].forEach((sum, b) => {
      if (a < b && sum >= least) queue.push(sum / SCALE, a, b, 0, 0);
    });
    if (budget.spend(1 + neighbours[a].size)) yield;
  }
  while (queue.pop()) {
    const a = queue.poppedA;
    const b = queue.poppedB;
    if (version[a] !== queue.poppedVersionA || version[b] !== queue.poppedVersionB || merged[a] !== a || merged[b] !== b) continue;
    // The group with fewer neighbours is folded into the other: each merge costs the smaller side.
    const [keep, fold] = neighbours[a].size >= neighbours[b].size ? [a, b] : [b, a];
    merged[fold] = keep;
    size[keep] += size[fold];
    version[keep]++;
    const into = neighbours[keep];
    // Entries for groups folded away are left where they are and skipped (`merged[c] !== c`):
    // deleting them made V8 shrink and rehash the maps over and over, most of grouping's time.
    // `forEach`, not `for…of` with a destructured pair: an array per entry, a million per grouping on FNC-1.
    neighbours[fold].forEach((sum, c) => {
      if (c === keep || merged[c] !== c) return;
      const total = (into.get(c) ?? 0) + sum;
      into.set(c, total);
      neighbours[c].set(keep, total);
    });
    neighbours[fold] = new Map();
    const pairs = size[keep];
    into.forEach((sum, c) => {
      if (c === keep || merged[c] !== c) return;
      const average = sum / SCALE / (pairs * size[c]);
      if (average >= threshold) queue.push(average, keep, c, version[keep], version[c]);
    });
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

/**
 * Pairs less similar than this share of the threshold are not kept: each moves a group average
 * by less than that share of the threshold, well inside the range where the grouping holds (see
 * `STORY_SIMILARITY`), and leaving them out halves grouping's time and memory on FNC-1 (the
 * same 232 stories there).
 */
const PAIR_FLOOR = 0.25;

/**
 * Each document's similarity to the other documents it shares a feature with, in units of
 * 1/SCALE, kept only for pairs that average link could ever bring together. Two groups average
 * at least `threshold` only if some pair across them reaches it, so no merge ever crosses the
 * components of the pairs that do: pairs across components are summed, then forgotten. On
 * FNC-1 that keeps a small share of the pairs that share a feature, and the grouping is the same.
 */
function* similarities(vectors: StoryVectors, threshold: number): Steps<Map<number, number>[]> {
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
  const components = new IndexedUnionFind(n);
  const least = Math.max(1, Math.round(threshold * PAIR_FLOOR * SCALE));
  // The pairs above the floor, kept from the one pass that also finds the components (three
  // small integers each), instead of summing every pair through the postings a second time.
  const kept: number[] = [];
  yield* eachPair(vectors, postings, (a, b, similarity) => {
    if (similarity >= threshold) components.union(a, b);
    const scaled = Math.round(similarity * SCALE);
    if (scaled >= least) kept.push(a, b, scaled);
  });
  const neighbours = Array.from({ length: n }, () => new Map<number, number>());
  for (let k = 0; k < kept.length; k += 3) {
    const a = kept[k];
    const b = kept[k + 1];
    if (components.find(a) !== components.find(b)) continue;
    neighbours[a].set(b, kept[k + 2]);
    neighbours[b].set(a, kept[k + 2]);
    if (k % 3072 === 3069) yield;
  }
  return neighbours;
}

/** Visits each pair of documents that share a feature once, with their cosine similarity, summed through the postings. */
function* eachPair(
  vectors: StoryVectors, postings: ReadonlyMap<number, { docs: number[]; weights: number[] }>, visit: (a: number, b: number, similarity: number) => void,
): Steps<void> {
  const n = vectors.features.length;
  const sums = new Float64Array(n);
  const touched: number[] = [];
  const budget = new WorkBudget(STEP_WORK);
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
      visit(a, b, sums[b]);
      sums[b] = 0;
    }
    touched.length = 0;
    if (budget.spend(1 + work)) yield;
  }
}
