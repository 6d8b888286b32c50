import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { forEachTrigram, quoteWordsOf } from '../../src/core/link/claim-features';

const keys = (words: readonly number[]): (number | string)[] => {
  const out: (number | string)[] = [];
  forEachTrigram(words, (key) => out.push(key));
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

test('runs of large word numbers get exact text keys instead of numbers that could collide', () => {
  const big = 1 << 17;
  const [first] = keys([big, 1, 2]);
  const [second] = keys([big + 1, 1, 2]);
  assert.equal(typeof first, 'string');
  assert.notEqual(first, second);
  // Small numbers pack into one number, distinct for every order of the three words.
  const packed = [keys([1, 2, 3])[0], keys([3, 2, 1])[0], keys([2, 1, 3])[0]];
  assert.equal(new Set(packed).size, 3);
  assert.ok(packed.every((key) => typeof key === 'number'));
});

test('a quote keeps its word numbers: the same word has the same number in every quote', () => {
  const [x] = quoteWordsOf('prisoners were exchanged');
  const later = quoteWordsOf('all prisoners');
  assert.equal(later[1], x);
});
