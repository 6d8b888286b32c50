import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { NameNodes } from '../../src/core/link/actor-nodes';
import { termTexts } from '../../src/core/link/claim-features';
import { documentFeatures } from '../../src/core/link/document-features';
import { linkWorkspace, type WorkspaceLinking } from '../../src/core/link/workspace-linking';

const ARTICLES: Record<string, string> = {
  'a.txt': 'Ilse Varnow said on Monday that the prisoner exchange in Dorvik was productive. Teodor Brask told reporters the talks would resume.',
  'b.txt': 'Varnow said the exchange of prisoners in Dorvik had been productive, and Brask said the talks would resume next week.',
};

/** Each claim's actor terms as linking kept them, and as the linking's actor clusters say they should be. */
function actorTerms(documents: ReturnType<typeof load>, linking: WorkspaceLinking): { kept: string[]; wanted: string[] }[] {
  const texts = termTexts();
  return documents.flatMap((doc) => {
    const features = documentFeatures(doc, new NameNodes());
    const clusterOf = linking.clustersIn(doc.path);
    return features.claims.filter((c) => c.named.length > 0).map((claim) => ({
      kept: (claim.linkTerms ?? []).map((id) => texts[id]).filter((t) => t.startsWith('@')),
      wanted: claim.named.map((position) => `@${clusterOf[features.namedIndex[position]]}`),
    }));
  });
}

function load(): { path: string; text: string; folded: string; sentences: readonly { start: number; end: number }[]; mentions: ReturnType<typeof analyzeText>['mentions'] }[] {
  return Object.entries(ARTICLES).map(([path, text]) => ({ path, ...analyzeText(text) }));
}

test("a claim's kept terms follow its actors into new clusters, and stay when nothing changed", () => {
  const documents = load();
  const first = linkWorkspace(documents);
  const before = actorTerms(documents, first);
  assert.ok(before.length > 0, 'some claim names an actor');
  for (const claim of before) assert.deepEqual(claim.kept, claim.wanted);

  // The same documents again: their features are cached, and so are the claims' terms.
  const again = linkWorkspace(documents);
  assert.deepEqual(actorTerms(documents, again), before);

  // Merging two actors gives one of them the other's cluster; a claim names both, so its terms must follow.
  const merged = linkWorkspace(documents, { merges: [['Dorvik', 'Teodor Brask']] });
  const after = actorTerms(documents, merged);
  for (const claim of after) assert.deepEqual(claim.kept, claim.wanted);
  assert.notDeepEqual(after.map((c) => c.kept), before.map((c) => c.kept), 'the merge moved an actor that a claim names');
});
