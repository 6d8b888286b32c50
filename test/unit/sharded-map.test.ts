import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ShardedMap } from '../../src/core/sharded-map';

test('answers as a Map does, iterating in insertion order', () => {
  const sharded = new ShardedMap<number>();
  const plain = new Map<string, number>();
  let seed = 3;
  const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const keys = ['', 'a', 'actor:kyiv', 'claim:talks-were-productive', 'number:prisoners-exchanged', 'é', '日本'];
  for (let i = 0; i < 3000; i++) keys.push(`${['actor', 'claim', 'number'][random(3)]}:${random(5000).toString(36)}`);
  for (const key of keys) {
    const value = random(100);
    sharded.set(key, value);
    plain.set(key, value);
  }
  assert.equal(sharded.size, plain.size);
  assert.deepEqual([...sharded], [...plain]);
  assert.deepEqual([...sharded.keys()], [...plain.keys()]);
  assert.deepEqual([...sharded.values()], [...plain.values()]);
  const visited: [string, number][] = [];
  sharded.forEach((value, key) => visited.push([key, value]));
  assert.deepEqual(visited, [...plain.entries()]);
  for (const key of [...keys, 'missing', 'actor:', 'claim:zz-top']) {
    assert.equal(sharded.has(key), plain.has(key), key);
    assert.equal(sharded.get(key), plain.get(key), key);
  }
});

test('entries added while iterating are met, as in a Map', () => {
  const sharded = new ShardedMap<string>();
  sharded.set('first', 'a');
  const seen: string[] = [];
  for (const [key] of sharded) {
    seen.push(key);
    if (key === 'first') sharded.set('second', 'b');
  }
  assert.deepEqual(seen, ['first', 'second']);
});
