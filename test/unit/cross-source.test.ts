/**
 * The agreement a hover, CodeLens and the views give a cross-source match, on the sample
 * workspace: a total agrees with a per-side figure after arithmetic, and stops doing so
 * once that per-side figure is left out as a person would reject it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { WorkspaceIndex, type LocatedMention } from '../../src/core/index/workspace-index';
import { crossSourceMatches } from '../../src/vscode/annotations/cross-source';

const samples = join(__dirname, '..', '..', '..', 'samples', 'articles');
const files = ['continental-press-wire.txt', 'meridian-herald-analysis.txt', 'borderlands-institute-commentary.txt'];

/** A bare figure: read per side only because another source says "120 detainees each". */
const BARE = 'bare-figure.txt';
const BARE_TEXT = 'Border officials in Marendia said 120 detainees would be handed over at the crossing under the Geneva deal.\n';

function sampleIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex((text) => analyzeText(text));
  for (const file of files) index.update(file, readFileSync(join(samples, file), 'utf8'));
  index.update(BARE, BARE_TEXT);
  index.relink();
  return index;
}

function figure(index: WorkspaceIndex, path: string, text: string): LocatedMention {
  const doc = index.document(path)!;
  const at = doc.text.indexOf(text);
  assert.ok(at >= 0, `${path} says "${text}"`);
  const found = index.mentionAt(path, at, (m) => m.kind === 'number');
  assert.ok(found?.cluster, `"${text}" is a linked figure`);
  return found;
}

test('a total agrees after arithmetic with a per-side figure, and roughly with a hedged total', () => {
  const index = sampleIndex();
  const total = figure(index, 'continental-press-wire.txt', '240 detainees');
  const byPath = new Map(crossSourceMatches(index, total, (c) => index.members(c)).map((m) => [m.path, m.agreement]));
  assert.equal(byPath.get('meridian-herald-analysis.txt'), 'consistent-after-arithmetic');
  // "Some 240" is hedged: roughly the same.
  assert.equal(byPath.get('borderlands-institute-commentary.txt'), 'approximately-same');
});

test('a per-side figure left out of the members is neither listed nor counted in the arithmetic', () => {
  const index = sampleIndex();
  const total = figure(index, 'continental-press-wire.txt', '240 detainees');
  const perSide = figure(index, 'meridian-herald-analysis.txt', '120 detainees');
  assert.equal(perSide.cluster, total.cluster);
  const withoutPerSide = (cluster: string): readonly LocatedMention[] =>
    index.members(cluster).filter((m) => !(m.path === perSide.path && m.index === perSide.index));
  const bare = figure(index, BARE, '120 detainees');
  assert.equal(bare.cluster, total.cluster);
  // With every member, the bare "120" is read per side, as the per-side figure says.
  assert.equal(crossSourceMatches(index, total, (c) => index.members(c)).find((m) => m.path === BARE)?.agreement, 'consistent-after-arithmetic');
  const matches = crossSourceMatches(index, total, withoutPerSide);
  assert.deepEqual(matches.map((m) => m.path).sort(), [BARE, 'borderlands-institute-commentary.txt']);
  // Without it nothing says 120 is per side: 120 against a total of 240 is a conflict.
  assert.equal(matches.find((m) => m.path === BARE)?.agreement, 'conflict');
});
