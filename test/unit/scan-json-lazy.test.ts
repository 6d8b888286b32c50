/**
 * `scan` writes its JSON from a lazily built document list; the text must be exactly what
 * stringifying the whole `ScanJson` at once gives, indented or compact.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodedBatches, jsonChunks } from '../../src/cli/json-chunks';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { toLazyScanJson, toScanJson, type ScanDocument } from '../../src/core/report/scan-json';

const articles = join(__dirname, '..', '..', '..', 'samples', 'articles');
const documents: ScanDocument[] = readdirSync(articles).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ path: f, ...analyzeText(readFileSync(join(articles, f), 'utf8')) }));
const linking = linkWorkspace(documents);

test('the lazy scan JSON writes the same text as the whole ScanJson, indented and compact', () => {
  const whole = toScanJson(documents, linking);
  assert.ok(whole.documents.length > 1 && whole.clusters.length > 0);
  for (const indent of [0, 2] as const) {
    const lazy = Buffer.concat([...encodedBatches(jsonChunks(toLazyScanJson(documents, linking), indent), 4096)]).toString('utf8');
    assert.equal(lazy, JSON.stringify(whole, null, indent));
  }
});

test('a lazy list with no documents is written as an empty array', () => {
  assert.equal([...jsonChunks(toLazyScanJson([], linkWorkspace([])), 0)].join(''), '{"version":1,"stories":[],"documents":[],"clusters":[],"discrepancies":[]}');
});
