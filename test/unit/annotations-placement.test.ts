import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFieldFor, articlePathOf, isSidecarPath, sidecarPathFor } from '../../src/core/annotations/placement';

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
