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
