/** Disjoint sets over string keys, with an optional veto so user splits are never undone. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = this.parent.get(key);
    if (root === undefined) {
      this.parent.set(key, key);
      return key;
    }
    if (root === key) return key;
    root = this.find(root);
    this.parent.set(key, root);
    return root;
  }

  union(a: string, b: string, allowed: (rootA: string, rootB: string) => boolean = () => true): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || !allowed(ra, rb)) return false;
    // Deterministic roots keep cluster ids stable regardless of insertion order.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    return true;
  }

  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}

/** The same over 0..n-1, in typed arrays: for hot loops over many items. */
export class IndexedUnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    for (let next = i; this.parent[next] !== root; ) {
      const up = this.parent[next];
      this.parent[next] = root;
      next = up;
    }
    return root;
  }

  /** Joins the sets of `a` and `b`. The smaller root stays root, so a set's root is always its smallest member. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}
