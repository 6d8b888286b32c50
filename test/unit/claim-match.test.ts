import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { MutualBest } from '../../src/core/link/claim-match';

test('only pairs where each claim is the other\'s best in its document are kept, the closest first', () => {
  const best = new MutualBest(3);
  // Claims 0 and 1 are in document 0, claim 2 in document 1, claim 3 in document 2.
  best.offer(0, 0, 2, 1, 0.6);
  best.offer(1, 0, 2, 1, 0.8);
  best.offer(0, 0, 3, 2, 0.5);
  best.offer(1, 0, 3, 2, 0.4);
  assert.deepEqual(best.mutual(), [[1, 2], [0, 3]]);
});

test('a tie keeps the pair offered first, so the result does not depend on the order of equal scores in a map', () => {
  const best = new MutualBest(2);
  best.offer(0, 0, 2, 1, 0.5);
  best.offer(1, 0, 2, 1, 0.5);
  assert.deepEqual(best.mutual(), [[0, 2]]);
});
