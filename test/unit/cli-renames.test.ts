import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnnotation, emptySidecar, parseSidecar, writeSidecar } from '../../src/core/annotations/index';
import { retargetLinks } from '../../src/core/annotations/relocate';
import { cli } from './cli-capture';
import { testDeps } from './fixtures/annotations/helpers';

// Two invented reports: the first links its figure to the same figure in the second.
const FIRST = 'The ferry operator said 240 passengers were stranded at the pier overnight.\n';
const SECOND = 'Port officials counted 240 passengers stranded on the pier until morning.\n';

function linkedWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-renames-'));
  mkdirSync(join(dir, 'desk'));
  writeFileSync(join(dir, 'desk/first.txt'), FIRST);
  writeFileSync(join(dir, 'desk/second.txt'), SECOND);
  const at = FIRST.indexOf('240 passengers');
  const note = createAnnotation(FIRST, { start: at, end: at + 14 }, {
    kind: 'number', type: 'count', links: [{ path: 'second.txt', exact: '240 passengers', relation: 'same-figure' }],
  }, testDeps());
  writeFileSync(join(dir, 'desk/first.txt.annotations.yaml'), writeSidecar({ ...emptySidecar('first.txt', FIRST), annotations: [note] }));
  const own = SECOND.indexOf('240 passengers');
  writeFileSync(join(dir, 'desk/second.txt.annotations.yaml'), writeSidecar({
    ...emptySidecar('second.txt', SECOND),
    annotations: [createAnnotation(SECOND, { start: own, end: own + 14 }, { kind: 'number', type: 'count' }, testDeps(9))],
  }));
  return dir;
}

const linkOf = (dir: string): string | undefined => parseSidecar(readFileSync(join(dir, 'desk/first.txt.annotations.yaml'), 'utf8')).file?.annotations[0].links?.[0].path;

test('retargetLinks rewrites only the links that reached the old place, relative to the linking article', () => {
  const note = createAnnotation(FIRST, { start: 0, end: 3 }, {
    kind: 'claim', type: 'claim', links: [{ path: 'second.txt', exact: 'x', relation: 'same-claim' }, { path: 'third.txt', exact: 'y', relation: 'same-claim' }],
  }, testDeps());
  const file = { ...emptySidecar('first.txt', FIRST), annotations: [note] };
  const moved = retargetLinks(file, 'desk/first.txt', 'desk/second.txt', 'archive/2026/second.txt');
  assert.deepEqual(moved?.annotations[0].links?.map((l) => l.path), ['../archive/2026/second.txt', 'third.txt']);
  assert.equal(retargetLinks(file, 'desk/first.txt', 'desk/other.txt', 'desk/new.txt'), undefined);
});

test('git mv of an article with its sidecar: check reports it, check --fix follows it in the sidecar and in the links', async () => {
  const dir = linkedWorkspace();
  mkdirSync(join(dir, 'archive'));
  renameSync(join(dir, 'desk/second.txt'), join(dir, 'archive/second-story.txt'));
  renameSync(join(dir, 'desk/second.txt.annotations.yaml'), join(dir, 'archive/second-story.txt.annotations.yaml'));
  const before = await cli(['check'], dir);
  assert.equal(before.code, 2);
  assert.match(before.stdout, /seems to have moved to archive\/second-story\.txt/);
  assert.match(before.stderr, /a link reaches desk\/second\.txt, which is missing; it seems to have moved to archive\/second-story\.txt/);
  assert.equal(linkOf(dir), 'second.txt', 'nothing written without --fix');

  const fixed = await cli(['check', '--fix'], dir);
  assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
  assert.match(fixed.stderr, /links to desk\/second\.txt → archive\/second-story\.txt/);
  assert.match(fixed.stderr, /article: second\.txt → second-story\.txt/);
  assert.equal(linkOf(dir), '../archive/second-story.txt');
  assert.match(readFileSync(join(dir, 'archive/second-story.txt.annotations.yaml'), 'utf8'), /^article: second-story\.txt$/m);
  assert.equal((await cli(['check'], dir)).code, 0);
});

test('an article renamed without its sidecar is found by the linked text, only when one article holds it', async () => {
  const dir = linkedWorkspace();
  renameSync(join(dir, 'desk/second.txt'), join(dir, 'desk/port.txt'));
  const fixed = await cli(['check', '--fix', 'desk/first.txt'], dir);
  assert.match(fixed.stderr, /links to desk\/second\.txt → desk\/port\.txt/);
  assert.equal(linkOf(dir), 'port.txt');

  const twice = linkedWorkspace();
  renameSync(join(twice, 'desk/second.txt'), join(twice, 'desk/port.txt'));
  writeFileSync(join(twice, 'desk/copy.txt'), SECOND);
  const unsure = await cli(['check', '--fix', 'desk/first.txt'], twice);
  assert.match(unsure.stderr, /no single article holds its text/);
  assert.equal(linkOf(twice), 'second.txt');
});
