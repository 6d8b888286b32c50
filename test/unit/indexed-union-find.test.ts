import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { IndexedUnionFind } from '../../src/core/link/union-find';

test('after any unions, each set is found by its smallest member', () => {
  let seed = 11;
  const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let round = 0; round < 50; round++) {
    const size = 1 + random(60);
    const sets = new IndexedUnionFind(size);
    // The same unions kept as plain lists, to know each set's members.
    const members = Array.from({ length: size }, (_, i) => new Set([i]));
    for (let u = random(size * 2); u > 0; u--) {
      const a = random(size);
      const b = random(size);
      sets.union(a, b);
      if (members[a] !== members[b]) {
        const joined = new Set([...members[a], ...members[b]]);
        for (const m of joined) members[m] = joined;
      }
    }
    for (let i = 0; i < size; i++) assert.equal(sets.find(i), Math.min(...members[i]), `round ${round}, member ${i}`);
  }
});
