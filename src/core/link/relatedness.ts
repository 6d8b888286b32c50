import { drain, STEP_WORK, WorkBudget, type Steps } from './steps';

/**
 * Whether two documents are about the same story, judged by the actors they share,
 * each weighted by how rare it is in the workspace (a smoothed inverse document
 * frequency). Figures and claims are only linked between related documents, so that
 * "killed" figures from two different wars in a big archive never meet.
 */
const SMALL_WORKSPACE = 12;
/** Up to this many documents the pair answers live in an n² byte table (16 MB at 4,096). */
const MAX_TABLE_DOCUMENTS = 4096;

/** Each document's actor clusters as small integers, in the order the document names them, and each cluster's weight. */
export interface RelatednessInput {
  readonly paths: readonly string[];
  readonly clusters: readonly (readonly number[])[];
  readonly weights: Float64Array;
}

/** Numbers the clusters and weighs them, in steps (see `Steps`), for `new Relatedness`. */
export function* relatednessInput(actorsByDocument: ReadonlyMap<string, ReadonlySet<string>>): Steps<RelatednessInput> {
  const ordinal = new Map<string, number>();
  const documentFrequency: number[] = [];
  const clusters: number[][] = [];
  const budget = new WorkBudget(STEP_WORK);
  for (const ids of actorsByDocument.values()) {
    if (budget.spend(1 + ids.size)) yield;
    const ordinals: number[] = [];
    for (const id of ids) {
      let n = ordinal.get(id);
      if (n === undefined) {
        ordinal.set(id, (n = documentFrequency.length));
        documentFrequency.push(0);
      }
      documentFrequency[n]++;
      ordinals.push(n);
    }
    clusters.push(ordinals);
  }
  const total = actorsByDocument.size;
  return { paths: [...actorsByDocument.keys()], clusters, weights: Float64Array.from(documentFrequency, (df) => Math.log(1 + total / df)) };
}

export class Relatedness {
  private readonly memo = new Map<number, boolean>();
  private readonly indexOf = new Map<string, number>();
  private readonly clusters: readonly (readonly number[])[];
  private readonly weights: Float64Array;
  /** `marks[cluster] === d + 1` once document `d` has been marked and names the cluster (see `markClusters`). */
  private readonly marks: Int32Array;
  private marked = -1;
  /** Answers by pair (0 unknown, 1 related, 2 not) while n² bytes stay small; a map beyond. */
  private readonly table?: Uint8Array;

  constructor(source: ReadonlyMap<string, ReadonlySet<string>> | RelatednessInput, private readonly threshold = 3) {
    const input = 'weights' in source ? source : drain(relatednessInput(source));
    input.paths.forEach((path, i) => this.indexOf.set(path, i));
    this.clusters = input.clusters;
    this.weights = input.weights;
    this.marks = new Int32Array(input.weights.length);
    if (input.paths.length <= MAX_TABLE_DOCUMENTS) this.table = new Uint8Array(input.paths.length * input.paths.length);
  }

  related(a: string, b: string): boolean {
    if (a === b) return true;
    return this.relatedAt(this.indexOfDocument(a), this.indexOfDocument(b));
  }

  /** The document's position for `relatedAt`, or -1 when it is not in the workspace. */
  indexOfDocument(path: string): number {
    return this.indexOf.get(path) ?? -1;
  }

  /** `related` by document positions: for hot loops that look the positions up once. */
  relatedAt(ia: number, ib: number): boolean {
    if (ia === ib && ia >= 0) return true;
    if (ia < 0 || ib < 0) return false;
    const n = this.indexOf.size;
    const key = ia < ib ? ia * n + ib : ib * n + ia;
    if (this.table) {
      const known = this.table[key];
      if (known !== 0) return known === 1;
    } else {
      const known = this.memo.get(key);
      if (known !== undefined) return known;
    }
    // A folder of a dozen articles is usually one story: one shared actor is enough there.
    const score = this.scoreAt(ia, ib);
    const result = n <= SMALL_WORKSPACE ? score > 0 : score >= this.threshold;
    if (this.table) this.table[key] = result ? 1 : 2;
    else this.memo.set(key, result);
    return result;
  }

  score(a: string, b: string): number {
    const ia = this.indexOfDocument(a);
    const ib = this.indexOfDocument(b);
    return ia < 0 || ib < 0 ? 0 : this.scoreAt(ia, ib);
  }

  /** The shared clusters' weights, summed in the order the smaller document names them. */
  private scoreAt(ia: number, ib: number): number {
    // Chosen without a destructured pair: that was an array per pair compared, hundreds of thousands per relink.
    const aSmaller = this.clusters[ia].length <= this.clusters[ib].length;
    const small = aSmaller ? ia : ib;
    const large = aSmaller ? ib : ia;
    this.markClusters(large);
    const stamp = large + 1;
    let score = 0;
    for (const id of this.clusters[small]) if (this.marks[id] === stamp) score += this.weights[id];
    return score;
  }

  /**
   * Marks the clusters a document names, for membership tests by array lookup: a Set per
   * document was a hash lookup per cluster per pair. Pairs come mostly with one document in
   * common, so its marks usually stand. A mark only ever says its document names the
   * cluster, so marks left by earlier documents never mislead.
   */
  private markClusters(document: number): void {
    if (this.marked === document) return;
    this.marked = document;
    for (const id of this.clusters[document]) this.marks[id] = document + 1;
  }

  /** Splits documents into groups in which each is related to at least one other (single link). */
  components(documents: readonly string[]): string[][] {
    const seen = new Set<string>();
    const groups: string[][] = [];
    for (const start of documents) {
      if (seen.has(start)) continue;
      const group = [start];
      seen.add(start);
      for (let i = 0; i < group.length; i++) {
        for (const other of documents) {
          if (!seen.has(other) && this.related(group[i], other)) {
            seen.add(other);
            group.push(other);
          }
        }
      }
      groups.push(group);
    }
    return groups;
  }
}
