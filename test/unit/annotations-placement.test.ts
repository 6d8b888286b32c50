import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFieldFor, articlePathOf, isSidecarPath, sidecarPathFor } from '../../src/core/annotations/placement';
import { relocateSidecar } from '../../src/core/annotations/relocate';
import { createAnnotation, emptySidecar, hasOwnComments, mergeOutsideChange, writeSidecar } from '../../src/core/annotations/index';

test('a sidecar sits beside its article by default', () => {
  assert.equal(sidecarPathFor('stories/a.txt'), 'stories/a.txt.annotations.yaml');
  assert.equal(sidecarPathFor('a.md', ''), 'a.md.annotations.yaml');
});

test('a sidecar folder mirrors the article path, however the folder is written', () => {
  for (const folder of ['.annotations', './.annotations/', '.annotations\\']) {
    assert.equal(sidecarPathFor('stories/a.txt', folder), '.annotations/stories/a.txt.annotations.yaml');
  }
});

test('the article field is relative to the sidecar folder and resolves back', () => {
  const cases: Array<[string, string, string]> = [
    ['stories/a.txt.annotations.yaml', 'stories/a.txt', 'a.txt'],
    ['.annotations/stories/a.txt.annotations.yaml', 'stories/a.txt', '../../stories/a.txt'],
    ['a.txt.annotations.yaml', 'a.txt', 'a.txt'],
    ['x/y.annotations.yaml', 'x/z/y', 'z/y'],
  ];
  for (const [sidecar, article, field] of cases) {
    assert.equal(articleFieldFor(sidecar, article), field, sidecar);
    assert.equal(articlePathOf(sidecar, field), article, sidecar);
  }
  assert.equal(articlePathOf('stories/a.txt.annotations.yaml', './a.txt'), 'stories/a.txt');
});

test('sidecars are told apart from articles by their suffix', () => {
  assert.ok(isSidecarPath('a.txt.annotations.yaml'));
  assert.ok(!isSidecarPath('a.txt'));
  assert.ok(!isSidecarPath('annotations.yaml.txt'));
});

test('moving an article rewrites the article field and keeps links reaching the same files', () => {
  const text = 'The harbour board met on Tuesday.';
  const annotation = createAnnotation(text, { start: 4, end: 17 }, {
    kind: 'actor', type: 'organization',
    links: [{ path: '../wire/board.txt', exact: 'harbour board', relation: 'same-actor' }, { path: 'notes.txt', exact: 'board', relation: 'same-actor' }],
  }, { now: () => new Date(0), random: () => 0.5 });
  const file = { ...emptySidecar('a.txt', text), annotations: [annotation] };
  const moved = relocateSidecar(file, 'desk/a.txt', 'desk/2026/b.txt', 'desk/2026/b.txt.annotations.yaml');
  assert.equal(moved.article, 'b.txt');
  assert.deepEqual(moved.annotations[0].links?.map((l) => l.path), ['../../wire/board.txt', '../notes.txt']);
  const renamed = relocateSidecar(file, 'desk/a.txt', 'desk/b.txt', 'desk/b.txt.annotations.yaml');
  assert.equal(renamed.article, 'b.txt');
  assert.deepEqual(renamed.annotations[0].links, annotation.links);
});

test('a sidecar with only the generated header has no comments of its own', () => {
  const fresh = writeSidecar(emptySidecar('a.txt', 'Some text.'));
  assert.ok(fresh.startsWith('#'), 'a new sidecar starts with the header');
  assert.equal(hasOwnComments(fresh), false);
  assert.equal(hasOwnComments(fresh.replace('annotations:', '# ask the desk first\nannotations:')), true);
  assert.equal(hasOwnComments(fresh.replace('version: 1', 'version: 1 # pinned')), true);
  assert.equal(hasOwnComments(fresh.replace(/\n/g, '\r\n')), false);
});

test('an annotation added elsewhere is placed in the text as it reads here; ours keep their place', () => {
  const deps = { now: () => new Date(0), random: () => 0.25 };
  const theirsText = 'The harbour board met on Tuesday. Dana Reyes chaired it.';
  const oursText = 'UPDATE: ' + theirsText;
  const mine = createAnnotation(oursText, { start: 12, end: 25 }, { kind: 'actor', type: 'organization' }, deps);
  const start = theirsText.indexOf('Dana Reyes');
  const added = createAnnotation(theirsText, { start, end: start + 10 }, { kind: 'actor', type: 'person' }, { ...deps, random: () => 0.75 });
  const ours = { ...emptySidecar('a.txt', oursText), annotations: [mine] };
  const theirs = { ...emptySidecar('a.txt', theirsText), annotations: [added] };
  const { file } = mergeOutsideChange({ ...ours, annotations: [] }, ours, theirs, oursText);
  const byId = new Map(file.annotations.map((a) => [a.id, a]));
  assert.deepEqual(byId.get(mine.id), mine);
  const placed = byId.get(added.id)?.target.selector.position;
  assert.ok(placed);
  assert.equal(oursText.slice(placed.start, placed.end), 'Dana Reyes');
  assert.equal(file.textHash, ours.textHash);
});
