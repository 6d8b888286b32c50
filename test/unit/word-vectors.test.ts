import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { termOf } from '../../src/core/detect/claims/terms';
import { decodeWordVectors, encodeWordVectors, provideWordVectors, wordVectors } from '../../src/core/meaning/word-vectors';

const TABLE = join(__dirname, '..', '..', '..', 'data', 'word-vectors.bin');

test('a table survives encoding: keys kept, vectors of length 1, cosines within quantisation error', () => {
  const keys = ['harbour', 'port', 'cabbage'];
  const vectors = [[3, 1, 0, 0], [2.8, 1.4, 0.1, 0], [0, 0, 5, -1]];
  const table = decodeWordVectors(encodeWordVectors(keys, vectors, 4));
  assert.equal(table.size, 3);
  assert.equal(table.dimensions, 4);
  const cosine = (a: number[], b: number[]): number => {
    const dot = a.reduce((sum, x, i) => sum + x * b[i], 0);
    return dot / Math.hypot(...a) / Math.hypot(...b);
  };
  assert.ok(Math.abs(table.rowSimilarity(0, 1) - cosine(vectors[0], vectors[1])) < 0.02);
  assert.ok(Math.abs(table.rowSimilarity(0, 2) - cosine(vectors[0], vectors[2])) < 0.02);
  const port = table.vectorOf('port')!;
  assert.ok(Math.abs(Math.hypot(...port) - 1) < 0.02);
  assert.equal(table.vectorOf('turnip'), undefined);
  assert.equal(table.similarity('harbour', 'turnip'), undefined);
});

test('damaged bytes give a plain message, and a host that provides none leaves claims to their words', () => {
  const bytes = encodeWordVectors(['a1', 'b2'], [[1, 0], [0, 1]], 2);
  assert.throws(() => decodeWordVectors(bytes.subarray(0, bytes.length - 1)), /truncated or damaged/);
  assert.throws(() => decodeWordVectors(new TextEncoder().encode('{"words": []}')), /not a CWV1 table/);
  provideWordVectors(() => bytes.subarray(0, 10));
  assert.equal(wordVectors(), undefined);
  provideWordVectors(() => undefined);
  assert.equal(wordVectors(), undefined);
  provideWordVectors(() => bytes);
  assert.equal(wordVectors()?.size, 2);
  provideWordVectors(() => undefined);
});

test('the shipped table is keyed by claim term and knows paraphrases from unrelated words', { skip: !existsSync(TABLE) && 'data/word-vectors.bin not built' }, () => {
  const table = decodeWordVectors(readFileSync(TABLE));
  assert.ok(table.size > 20_000);
  // Keyed by term: a word and its stemmed or mapped term find the same entry.
  assert.ok(table.rowOfTerm(termOf('attacks')) >= 0);
  assert.ok(table.rowOfTerm(termOf('talks')) >= 0);
  assert.ok(table.similarity('assault', 'attack')! > 0.6);
  assert.ok(table.similarity('arrested', 'detained')! > 0.6);
  assert.ok(table.similarity('assault', 'cabbage')! < 0.3);
});
