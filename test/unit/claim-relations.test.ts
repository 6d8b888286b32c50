import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { claimLinkBetween } from '../../src/core/link/claim-relations';
import { toScanJson } from '../../src/core/report/scan-json';

function scan(articles: Record<string, string>): ReturnType<typeof toScanJson> {
  const documents = Object.entries(articles).map(([path, text]) => ({ path, ...analyzeText(text) }));
  return toScanJson(documents, linkWorkspace(documents));
}

const claimText = (json: ReturnType<typeof toScanJson>, ref: { path: string; id: string }): string =>
  json.documents.find((d) => d.path === ref.path)!.mentions.find((m) => m.id === ref.id)!.text;

test('a negation of what another source says is shown as a contradiction but makes no discrepancy', () => {
  const json = scan({
    'a.txt': 'The Varnholt ferry company will resume crossings to Tarsby island on Monday, the harbour office said.',
    'b.txt': 'The Varnholt ferry company will not resume crossings to Tarsby island on Monday, the harbour office said.',
  });
  const cluster = json.clusters.find((c) => c.kind === 'claim' && c.documents === 2);
  assert.ok(cluster, JSON.stringify(json.clusters));
  assert.equal(cluster.relations?.[0]?.relation, 'contradict');
  assert.equal(cluster.relations?.[0]?.detail, 'not resume');
  assert.deepEqual(json.discrepancies, []);
});

test('linked claims that one source calls untrue carry the contradiction, shown but not yet reported as a discrepancy', () => {
  const json = scan({
    'a.txt': 'The Varnholt ferry company will resume crossings to Tarsby island on Monday, the harbour office said.',
    'b.txt': 'The Varnholt ferry company denied it will resume crossings to Tarsby island on Monday, the harbour office said.',
    'c.txt': 'The Varnholt ferry company will resume its crossings to Tarsby island on Monday, according to the harbour office.',
  });
  const cluster = json.clusters.find((c) => c.kind === 'claim' && c.documents === 3);
  assert.ok(cluster, JSON.stringify(json.clusters));
  const relations = cluster.relations ?? [];
  // a and c agree, so only the two pairs with b are listed, each contradicting.
  assert.equal(relations.length, 2, JSON.stringify(relations));
  for (const r of relations) {
    assert.equal(r.relation, 'contradict');
    assert.equal(r.detail, 'denied');
    assert.ok(r.mentions.some((m) => m.path === 'b.txt'));
  }
  const denying = relations[0].mentions.find((m) => m.path === 'b.txt')!;
  assert.match(claimText(json, denying), /denied it will resume/);
  // Shown in the hover, the CodeLens and the Claims view; not in Problems until its precision is shown (claim-relations.ts).
  assert.deepEqual(json.discrepancies, []);
});

test('claims that agree list no relation and make no discrepancy; a pair not listed agrees', () => {
  const documents = Object.entries({
    'a.txt': 'The Varnholt ferry company will resume crossings to Tarsby island on Monday, the harbour office said.',
    'b.txt': 'The Varnholt ferry company will resume its crossings to Tarsby island on Monday, according to the harbour office.',
  }).map(([path, text]) => ({ path, ...analyzeText(text) }));
  const linking = linkWorkspace(documents);
  const json = toScanJson(documents, linking);
  const cluster = json.clusters.find((c) => c.kind === 'claim' && c.documents === 2);
  assert.ok(cluster, JSON.stringify(json.clusters));
  assert.deepEqual(cluster.relations, []);
  assert.equal(json.discrepancies.length, 0);
  const refs = linking.clusters.get(cluster.id)!.members;
  assert.equal(claimLinkBetween(linking.claimLinks.get(cluster.id), refs[0], refs[1]), undefined);
});

test('an antonym alone contradicts but is not reported as a discrepancy', () => {
  const json = scan({
    'a.txt': 'Grain exports from the port of Velsk increased sharply during the spring, the trade ministry said.',
    'b.txt': 'Grain exports from the port of Velsk decreased sharply during the spring, the trade ministry said.',
  });
  const cluster = json.clusters.find((c) => c.kind === 'claim' && c.documents === 2);
  assert.ok(cluster, JSON.stringify(json.clusters));
  assert.equal(cluster.relations?.[0]?.relation, 'contradict');
  assert.equal(json.discrepancies.filter((d) => d.relation === 'contradiction').length, 0);
});
