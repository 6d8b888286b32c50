import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { DocumentAnalysis } from '../../src/core/document-analysis';
import { WorkspaceIndex } from '../../src/core/index/workspace-index';
import type { ActorMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

/** A stand-in analyser that knows two-word capitalised names only: the index is under test here, not detection. */
function analyzeNames(text: string): DocumentAnalysis {
  const mentions: ActorMention[] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) {
    mentions.push({ kind: 'actor', type: 'person', name: m[0], text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return { ...prepareText(text), mentions };
}

test('relink clusters names across documents; members and mentionAt answer from the current text', () => {
  const index = new WorkspaceIndex(analyzeNames);
  index.update('a.txt', 'Lena Marsh met Omar Haddad.');
  index.update('b.txt', 'Later, Lena Marsh flew home.');
  index.relink();
  const hit = index.mentionAt('b.txt', 9);
  assert.equal(hit?.mention.text, 'Lena Marsh');
  assert.equal(hit?.cluster, 'actor:lena-marsh');
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => `${m.path}@${m.mention.start}`), ['a.txt@0', 'b.txt@7']);
  assert.equal(index.mentionAt('b.txt', 2), undefined);
});

test('an edit keeps clusters at once, before any relink, and unchanged text is not re-analysed', () => {
  let analysed = 0;
  const index = new WorkspaceIndex((text) => {
    analysed++;
    return analyzeNames(text);
  });
  index.update('a.txt', 'Lena Marsh met Omar Haddad.');
  index.update('b.txt', 'Lena Marsh flew home.');
  index.relink();
  assert.equal(index.update('b.txt', 'Lena Marsh flew home.'), false);
  assert.equal(analysed, 2);
  index.update('b.txt', 'On Monday, Lena Marsh flew home.');
  assert.equal(index.needsRelink, true);
  const moved = index.mentionAt('b.txt', 12);
  assert.equal(moved?.cluster, 'actor:lena-marsh');
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => `${m.path}@${m.mention.start}`), ['a.txt@0', 'b.txt@11']);
});

test('removing a document removes its mentions from every cluster', () => {
  const index = new WorkspaceIndex(analyzeNames);
  index.update('a.txt', 'Lena Marsh spoke.');
  index.update('b.txt', 'Lena Marsh listened.');
  index.relink();
  index.remove('b.txt');
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => m.path), ['a.txt']);
  assert.equal(index.document('b.txt'), undefined);
});

test('between relinks, members follow edits: a new document joins a cluster, an edited one leaves it', () => {
  const index = new WorkspaceIndex(analyzeNames);
  index.update('a.txt', 'Lena Marsh spoke.');
  index.update('b.txt', 'Lena Marsh listened.');
  index.relink();
  index.update('c.txt', 'Reporters asked Lena Marsh again.');
  index.update('a.txt', 'Nobody spoke.');
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => `${m.path}@${m.mention.start}`), ['b.txt@0', 'c.txt@16']);
  index.update('c.txt', 'Reporters asked again.');
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => m.path), ['b.txt']);
  index.relink();
  assert.deepEqual(index.members('actor:lena-marsh').map((m) => m.path), ['b.txt']);
});
