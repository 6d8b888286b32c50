import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { TrigramPostings } from '../../src/core/link/trigram-postings';

/** Every key's quotes, as the table gives them back. */
function postingsOf(table: TrigramPostings): number[][] {
  const into = new Int32Array(64);
  const out: number[][] = [];
  for (let slot = 0; slot < table.slots; slot++) {
    const n = table.count(slot);
    if (n > 0) out.push([...into.subarray(0, table.quotesAt(slot, into))]);
  }
  return out.sort((a, b) => a[0] - b[0] || a.length - b.length || a[1] - b[1]);
}

test('each run keeps its distinct quotes in ascending order, a repeat within a quote filed once', () => {
  const table = new TrigramPostings(8);
  table.add(7, 0);
  table.add(7, 0);
  table.add(2 ** 50 + 3, 0);
  table.add(7, 2);
  table.add(2 ** 50 + 3, 5);
  table.add(7, 5);
  table.add(11, 5);
  assert.deepEqual(postingsOf(table), [[0, 5], [0, 2, 5], [5]]);
});

test('keys that land in the same slot stay apart, at any load the table was sized for', () => {
  const runs = 5000;
  const table = new TrigramPostings(runs);
  // Keys that differ only in their high half, and neighbours in the low half: both must spread.
  for (let i = 0; i < runs; i++) table.add(i % 2 ? i * 4294967296 : i, i);
  const postings = postingsOf(table);
  assert.equal(postings.length, runs);
  assert.ok(postings.every((quotes) => quotes.length === 1));
  assert.equal(new Set(postings.map((q) => q[0])).size, runs);
});
