import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ClusterRegistry } from '../../src/core/link/clusters';

test('namesake clusters get the smallest free number, as counting from 2 each time would', () => {
  const registry = new ClusterRegistry();
  const ids = (slug: string, times: number): string[] => Array.from({ length: times }, (_, i) => registry.add('number', slug, 'x', [{ path: `${slug}.txt`, index: i }]).id);
  assert.deepEqual(ids('date', 3), ['number:date', 'number:date-2', 'number:date-3']);
  // A slug that is itself a numbered namesake takes that id; the next "date" skips it.
  assert.deepEqual(ids('date-4', 1), ['number:date-4']);
  assert.deepEqual(ids('date', 2), ['number:date-5', 'number:date-6']);
  assert.deepEqual(ids('', 3), ['number:unnamed', 'number:-2', 'number:-3']);
  assert.equal(registry.clusterOf({ path: 'date.txt', index: 1 }), 'number:date-6');
});
