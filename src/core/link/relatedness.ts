/**
 * Whether two documents are about the same story, judged by the actors they share,
 * each weighted by how rare it is in the workspace (a smoothed inverse document
 * frequency). Figures and claims are only linked between related documents, so that
 * "killed" figures from two different wars in a big archive never meet.
 */
const SMALL_WORKSPACE = 12;
/** Up to this many documents the pair answers live in an n² byte table (16 MB at 4,096). */
const MAX_TABLE_DOCUMENTS = 4096;

export class Relatedness {
  private readonly weights = new Map<string, number>();
  private readonly memo = new Map<number, boolean>();
  private readonly indexOf = new Map<string, number>();
  private readonly paths: string[];
  /** Answers by pair (0 unknown, 1 related, 2 not) while n² bytes stay small; a map beyond. */
  private readonly table?: Uint8Array;

  constructor(
    private readonly actorsByDocument: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly threshold = 3,
  ) {
    const documentFrequency = new Map<string, number>();
    for (const clusters of actorsByDocument.values()) {
      for (const id of clusters) documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
    }
    for (const path of actorsByDocument.keys()) this.indexOf.set(path, this.indexOf.size);
    this.paths = [...actorsByDocument.keys()];
    if (this.paths.length <= MAX_TABLE_DOCUMENTS) this.table = new Uint8Array(this.paths.length * this.paths.length);
    const total = actorsByDocument.size;
    for (const [id, df] of documentFrequency) this.weights.set(id, Math.log(1 + total / df));
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
    const score = this.score(this.paths[ia], this.paths[ib]);
    const result = n <= SMALL_WORKSPACE ? score > 0 : score >= this.threshold;
    if (this.table) this.table[key] = result ? 1 : 2;
    else this.memo.set(key, result);
    return result;
  }

  score(a: string, b: string): number {
    const clustersA = this.actorsByDocument.get(a);
    const clustersB = this.actorsByDocument.get(b);
    if (!clustersA || !clustersB) return 0;
    const [small, large] = clustersA.size <= clustersB.size ? [clustersA, clustersB] : [clustersB, clustersA];
    let score = 0;
    for (const id of small) if (large.has(id)) score += this.weights.get(id) ?? 0;
    return score;
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
