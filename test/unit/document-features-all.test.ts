import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeTexts } from '../../src/core/analysis';
import { NameNodes } from '../../src/core/link/actor-nodes';
import { documentFeatures, documentFeaturesOfAll } from '../../src/core/link/document-features';

function sampleDocuments(prefix: string): { path: string; text: string; folded: string; sentences: readonly { start: number; end: number }[]; mentions: ReturnType<typeof analyzeTexts>[number]['mentions'] }[] {
  const folder = join(__dirname, '..', '..', '..', 'samples', 'articles');
  const files = readdirSync(folder).filter((f) => f.endsWith('.md') || f.endsWith('.txt'));
  const texts = [...files.map((f) => readFileSync(join(folder, f), 'utf8')), ''];
  return analyzeTexts(texts).map((analysis, i) => ({ path: `${prefix}/${files[i] ?? 'empty.txt'}`, ...analysis }));
}

/** Features with each figure's lazily worked-out context in place of the function that works it out. */
function settled(features: ReturnType<typeof documentFeatures>[]): unknown[] {
  return features.map((f) => ({ ...f, figures: f.figures.map(({ contextOf, ...figure }) => ({ ...figure, context: contextOf() })) }));
}

test('features worked out part by part for many documents equal those worked out one document at a time', () => {
  const alone = sampleDocuments('alone').map((doc) => documentFeatures(doc, new NameNodes()));
  const together = documentFeaturesOfAll(sampleDocuments('alone'), new NameNodes());
  assert.ok(together.some((f) => f.named.length > 0 && f.figures.length > 0 && f.claims.length > 0));
  assert.deepEqual(settled(together), settled(alone));
});

test('features worked out for many documents are kept for each, and kept ones are not worked out again', () => {
  const docs = sampleDocuments('kept');
  const names = new NameNodes();
  const first = documentFeatures(docs[1], names);
  const all = documentFeaturesOfAll(docs, names);
  assert.equal(all[1], first);
  docs.forEach((doc, i) => assert.equal(documentFeatures(doc, names), all[i]));
  assert.equal(documentFeaturesOfAll([], names).length, 0);
});
