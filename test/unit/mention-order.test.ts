import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, analyzeTexts, mergeSorted } from '../../src/core/analysis';
import type { Mention } from '../../src/core/model';

const KIND_ORDER = { claim: 0, actor: 1, number: 2 } as const;
const bySort = (lists: Mention[][]): Mention[] =>
  lists.flat().sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

test('mentions merged from the detectors come out as sorting them all would, ties included', () => {
  const text = 'Envoy Lena Marsh said 314 prisoners, 157 each, were freed in Geneva on March 3, she said. "We wait," Marsh told reporters.';
  const { mentions } = analyzeText(text);
  const actors = mentions.filter((m) => m.kind === 'actor');
  const numbers = mentions.filter((m) => m.kind === 'number');
  const claims = mentions.filter((m) => m.kind === 'claim');
  assert.ok(actors.length > 1 && numbers.length > 1 && claims.length > 1);
  assert.deepEqual(mergeSorted(actors, numbers, claims), bySort([actors, numbers, claims]));
  // Identical positions in two lists: the earlier list's mention first, as a stable sort keeps it.
  const twin = { ...actors[0] };
  assert.equal(mergeSorted([actors[0]], [twin])[0], actors[0]);
  // A list out of order is sorted, not merged.
  const shuffled = [...numbers].reverse();
  assert.deepEqual(mergeSorted(actors, shuffled, claims), bySort([actors, shuffled, claims]));
});

test('analysing texts detector by detector gives each text the analysis it gets alone', () => {
  const folder = join(__dirname, '..', '..', '..', 'samples', 'articles');
  const texts = readdirSync(folder).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).map((f) => readFileSync(join(folder, f), 'utf8'));
  // A dateline resolves relative dates in its own text only; empty and date-less texts sit between.
  texts.push('', 'KYIV, March 4, 2025 — Officials said 40 people left last week.', 'Last week 12 more arrived, she said.');
  assert.ok(texts.length > 5);
  assert.deepEqual(analyzeTexts(texts), texts.map((text) => analyzeText(text)));
  assert.deepEqual(analyzeTexts([]), []);
});
