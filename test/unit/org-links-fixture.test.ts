/**
 * End to end on a small workspace of invented companies (test/fixtures/org-links): every
 * planted link between an organisation's forms across articles (acronyms, legal forms,
 * tickers, short forms, spelling variants, place adjectives) must come out as one cluster,
 * and the planted non-links must not.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { toScanJson, type ScanDocument } from '../../src/core/report/scan-json';

const folder = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'org-links');
const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
const documents: ScanDocument[] = files.map((file) => ({ path: file, ...analyzeText(readFileSync(join(folder, file), 'utf8')) }));
const scan = toScanJson(documents, linkWorkspace(documents));

type Place = readonly [file: string, text: string];

/** The cluster of the actor mention whose text is exactly `text` in `file` (the first such). */
function clusterAt([file, text]: Place): string | undefined {
  const doc = scan.documents.find((d) => d.path === file);
  assert.ok(doc, file);
  const mention = doc.mentions.find((m) => m.kind === 'actor' && m.text === text);
  assert.ok(mention, `no actor mention "${text}" in ${file}: ${JSON.stringify(doc.mentions.filter((m) => m.kind === 'actor').map((m) => m.text))}`);
  return mention.cluster;
}

const planted: Record<string, readonly Place[]> = {
  'a legal form after the name': [['01-merger.md', 'Ostrava Kettleworks AG'], ['02-review.md', 'Ostrava Kettleworks']],
  'a short form beside the long one, and alone in another article': [
    ['02-review.md', 'Tarsk Mutual Insurance'], ['02-review.md', 'Tarsk'], ['03-insurer.md', 'Tarsk Mutual Insurance Ltd.'],
  ],
  'an acronym no article defines': [['01-merger.md', 'Northern Fisheries Safety Board'], ['02-review.md', 'NFSB']],
  'initials of a hyphenated name, after a glued descriptor': [['01-merger.md', 'Halvard-Linde'], ['02-review.md', 'HL']],
  'a stock ticker': [['01-merger.md', 'Orbent Systems Corp.'], ['02-review.md', 'ORBS']],
  'a hyphen or none': [['03-insurer.md', 'Quill-Mart Institute'], ['04-winter.md', 'Quillmart Institute']],
  'a legal form in one article only': [['01-merger.md', 'Brisk Harbour Lines'], ['04-winter.md', 'Brisk Harbour Lines Inc.']],
  'a place and its adjective with a word for land': [['03-insurer.md', 'Velmarian Peninsula'], ['04-winter.md', 'Velmaria']],
};

for (const [about, places] of Object.entries(planted)) {
  test(`planted link: ${about}`, () => {
    const clusters = places.map(clusterAt);
    assert.ok(clusters[0], `${places[0][1]} has no cluster`);
    for (const [i, cluster] of clusters.entries()) assert.equal(cluster, clusters[0], `${places[i][1]} is apart from ${places[0][1]}`);
  });
}

test('planted non-links: a company named after a town is not the town; "a Kansas woman" names no place', () => {
  assert.notEqual(clusterAt(['04-winter.md', 'Ostrava']), clusterAt(['01-merger.md', 'Ostrava Kettleworks AG']));
  const insurer = scan.documents.find((d) => d.path === '03-insurer.md')!;
  assert.ok(!insurer.mentions.some((m) => m.kind === 'actor' && m.text === 'Kansas'));
  const merger = scan.documents.find((d) => d.path === '01-merger.md')!;
  assert.ok(!merger.mentions.some((m) => m.kind === 'actor' && m.text.startsWith('Shipbuilder')));
});
