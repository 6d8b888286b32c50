import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { forEachTrigram, quoteWordsOf } from '../../src/core/link/claim-features';

const keys = (words: readonly number[], wide = new Map<string, number>()): number[] => {
  const out: number[] = [];
  forEachTrigram(words, wide, (key) => out.push(key));
  return out;
};

test('quotes that share a run of three words share its key, and only then', () => {
  const a = keys(quoteWordsOf('we will not give up our land'));
  const b = keys(quoteWordsOf('they said we will not give in'));
  const shared = a.filter((key) => b.includes(key));
  // "we will not" and "will not give" are in both; "not give up" and "not give in" are not the same run.
  assert.equal(shared.length, 2);
  assert.deepEqual(keys(quoteWordsOf('two words')), []);
  // A repeated run gives its key twice, in order.
  const repeated = keys(quoteWordsOf('no no no no'));
  assert.equal(repeated.length, 2);
  assert.equal(repeated[0], repeated[1]);
});

test('runs of large word numbers get numbers of their own, never one a packed run has', () => {
  const big = 1 << 17;
  const wide = new Map<string, number>();
  const [first] = keys([big, 1, 2], wide);
  const [second] = keys([big + 1, 1, 2], wide);
  const [again] = keys([9, big, 1, 2], wide).slice(1);
  assert.notEqual(first, second);
  assert.equal(again, first);
  // Small numbers pack into one number, distinct for every order of the three words.
  const packed = [keys([1, 2, 3])[0], keys([3, 2, 1])[0], keys([2, 1, 3])[0], keys([big - 1, big - 1, big - 1])[0]];
  assert.equal(new Set(packed).size, 4);
  assert.ok(packed.every((key) => Number.isSafeInteger(key) && key < first));
});

test('a quote keeps its word numbers: the same word has the same number in every quote', () => {
  const [x] = quoteWordsOf('prisoners were exchanged');
  const later = quoteWordsOf('all prisoners');
  assert.equal(later[1], x);
});
