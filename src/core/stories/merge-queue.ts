/**
 * A binary max-heap of merge candidates (an average similarity and two groups with the versions
 * they had), ties going to the smaller positions, so the result does not depend on insertion
 * order. Kept in typed arrays that grow by doubling: an object per candidate, hundreds of
 * thousands per grouping on FNC-1, was garbage that set off collections of the whole heap.
 */
export class MergeQueue {
  private average = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private versionA = new Int32Array(1024);
  private versionB = new Int32Array(1024);
  private length = 0;

  /** The candidate `pop` took last: its two groups and the versions they had then. */
  poppedA = 0;
  poppedB = 0;
  poppedVersionA = 0;
  poppedVersionB = 0;

  push(average: number, a: number, b: number, versionA: number, versionB: number): void {
    if (this.length === this.a.length) this.grow();
    this.put(this.length, average, a, b, versionA, versionB);
    for (let k = this.length++; k > 0; ) {
      const parent = (k - 1) >> 1;
      if (!this.before(k, parent)) break;
      this.swap(k, parent);
      k = parent;
    }
  }

  /** Takes the best candidate into the `popped` fields; false when none is left. */
  pop(): boolean {
    if (this.length === 0) return false;
    this.poppedA = this.a[0];
    this.poppedB = this.b[0];
    this.poppedVersionA = this.versionA[0];
    this.poppedVersionB = this.versionB[0];
    const last = --this.length;
    if (last > 0) {
      this.put(0, this.average[last], this.a[last], this.b[last], this.versionA[last], this.versionB[last]);
      for (let k = 0; ; ) {
        const left = 2 * k + 1;
        let best = k;
        if (left < last && this.before(left, best)) best = left;
        if (left + 1 < last && this.before(left + 1, best)) best = left + 1;
        if (best === k) break;
        this.swap(k, best);
        k = best;
      }
    }
    return true;
  }

  private before(x: number, y: number): boolean {
    if (this.average[x] !== this.average[y]) return this.average[x] > this.average[y];
    const lowX = Math.min(this.a[x], this.b[x]);
    const lowY = Math.min(this.a[y], this.b[y]);
    return lowX !== lowY ? lowX < lowY : Math.max(this.a[x], this.b[x]) < Math.max(this.a[y], this.b[y]);
  }

  private put(at: number, average: number, a: number, b: number, versionA: number, versionB: number): void {
    this.average[at] = average;
    this.a[at] = a;
    this.b[at] = b;
    this.versionA[at] = versionA;
    this.versionB[at] = versionB;
  }

  private swap(x: number, y: number): void {
    const average = this.average[x];
    const a = this.a[x];
    const b = this.b[x];
    const versionA = this.versionA[x];
    const versionB = this.versionB[x];
    this.put(x, this.average[y], this.a[y], this.b[y], this.versionA[y], this.versionB[y]);
    this.put(y, average, a, b, versionA, versionB);
  }

  private grow(): void {
    const grown = <T extends Float64Array | Int32Array>(from: T, into: T): T => {
      into.set(from);
      return into;
    };
    const size = this.a.length * 2;
    this.average = grown(this.average, new Float64Array(size));
    this.a = grown(this.a, new Int32Array(size));
    this.b = grown(this.b, new Int32Array(size));
    this.versionA = grown(this.versionA, new Int32Array(size));
    this.versionB = grown(this.versionB, new Int32Array(size));
  }
}
