import { strict as assert } from 'node:assert';
import { after, test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { termOf } from '../../src/core/detect/claims/terms';
import { encodeWordVectors, provideWordVectors } from '../../src/core/meaning/word-vectors';
import { linkWorkspace } from '../../src/core/link/workspace-linking';

// A small table of made-up meanings, so what is tested is the comparison, not the shipped data:
// "barrage"/"assault"/"attack" close together, "grid"/"network" close, everything else apart.
const MEANINGS: Record<string, number[]> = {
  barrage: [1, 0.1, 0, 0, 0, 0], assault: [0.95, 0.2, 0, 0, 0, 0], attack: [0.9, 0.3, 0, 0, 0, 0],
  launched: [0, 1, 0, 0, 0, 0], unleashed: [0.1, 0.95, 0, 0, 0, 0],
  grid: [0, 0, 1, 0, 0, 0], network: [0, 0, 0.9, 0.2, 0, 0], energy: [0, 0, 0.4, 1, 0, 0], power: [0, 0, 0.3, 0.95, 0, 0],
  harvest: [0, 0, 0, 0, 1, 0], festival: [0, 0, 0, 0, 0, 1],
};
provideWordVectors(() => encodeWordVectors(Object.keys(MEANINGS).map((w) => termOf(w)), Object.values(MEANINGS), 6));
after(() => provideWordVectors(() => undefined));

function clustersOfClaims(articles: Record<string, string>): Map<string, string | undefined> {
  const documents = Object.entries(articles).map(([path, text]) => ({ path, ...analyzeText(text) }));
  const linking = linkWorkspace(documents);
  const out = new Map<string, string | undefined>();
  for (const doc of documents) {
    const clusters = linking.clustersIn(doc.path);
    doc.mentions.forEach((m, i) => {
      if (m.kind === 'claim' && m.type === 'claim') out.set(`${doc.path}: ${m.text}`, clusters[i]);
    });
  }
  return out;
}

function sameCluster(clusters: Map<string, string | undefined>, a: string, b: string): boolean {
  const find = (prefix: string): string | undefined => [...clusters].find(([k]) => k.startsWith(prefix))?.[1];
  const x = find(a);
  return x !== undefined && x === find(b);
}

test('claims worded differently are matched by what their words mean', () => {
  const clusters = clustersOfClaims({
    'a.txt': 'Russia launched a barrage on the Ukrainian energy grid in Kharkiv, officials in Kyiv said.',
    'b.txt': 'Russia unleashed an assault on the Ukrainian power network in Kharkiv, Kyiv officials said.',
  });
  assert.ok(sameCluster(clusters, 'a.txt', 'b.txt'), JSON.stringify([...clusters]));
});

test('the same words about two different actors, or on two different days, stay apart', () => {
  const actors = clustersOfClaims({
    'a.txt': 'Russia launched a barrage on the energy grid in Kharkiv, Ilse Varnow said.',
    'b.txt': 'Belarus unleashed an assault on the power network in Minsk, Teodor Brask said.',
  });
  assert.ok(!sameCluster(actors, 'a.txt', 'b.txt'), JSON.stringify([...actors]));
  const days = clustersOfClaims({
    'a.txt': 'Russia launched a barrage on the Ukrainian energy grid in Kharkiv on Thursday, officials in Kyiv said.',
    'b.txt': 'Russia unleashed an assault on the Ukrainian power network in Kharkiv on Saturday, Kyiv officials said.',
  });
  assert.ok(!sameCluster(days, 'a.txt', 'b.txt'), JSON.stringify([...days]));
});

test('a claim about something else entirely is not matched, though it names the same actors', () => {
  const clusters = clustersOfClaims({
    'a.txt': 'Russia launched a barrage on the Ukrainian energy grid in Kharkiv, officials in Kyiv said.',
    'b.txt': 'Russia held a harvest festival for Ukrainian children in Kharkiv, officials in Kyiv said.',
  });
  assert.ok(!sameCluster(clusters, 'a.txt', 'b.txt'), JSON.stringify([...clusters]));
});

test('a claim is matched with the closest of two similar sentences in another article, not the first met', () => {
  const clusters = clustersOfClaims({
    'a.txt': 'Russia launched a barrage on the Ukrainian energy grid in Kharkiv, officials in Kyiv said. ' +
      'Russia unleashed an attack on the Ukrainian power network in Kharkiv, officials in Kyiv said.',
    'b.txt': 'Russia unleashed an attack on the Ukrainian power network in Kharkiv, Kyiv officials said.',
  });
  assert.ok(sameCluster(clusters, 'a.txt: Russia unleashed', 'b.txt'), JSON.stringify([...clusters]));
  assert.ok(!sameCluster(clusters, 'a.txt: Russia launched', 'b.txt'), JSON.stringify([...clusters]));
});
