import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createAnnotation, reanchorFile, retarget } from '../../src/core/annotations/annotate';
import { canonicalOrder, type Annotation, type AnnotationInput } from '../../src/core/annotations/index';
import type { AnnotationsFile } from '../../src/core/annotations/model';
import { parseSidecar, writeSidecar, type ParsedSidecar } from '../../src/core/annotations/sidecar-yaml';
import { contentHash } from '../../src/core/index/content-hash';
import { testDeps } from './fixtures/annotations/helpers';

// Golden files in test/unit/fixtures/annotations. `UPDATE_GOLDEN=1` rewrites them; review the diff.
const FIXTURES = resolve(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', 'annotations');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function golden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(join(FIXTURES, name), actual);
  assert.equal(actual, read(name), `${name} differs from what was written`);
}

/** Annotations made on article-v1.txt, then re-anchored on article.txt (typo fixed, a sentence cut). */
function sampleFile(): AnnotationsFile {
  const v1 = read('article-v1.txt');
  const deps = testDeps(3);
  const taken = new Set<string>();
  const make = (exact: string, input: AnnotationInput): Annotation => {
    const at = v1.indexOf(exact);
    const annotation = createAnnotation(v1, { start: at, end: at + exact.length }, input, deps, taken);
    taken.add(annotation.id);
    return annotation;
  };
  const annotations = [
    make('Ines Calloway', { kind: 'actor', type: 'person', author: 'Dana Reyes',
      body: { value: 'Ines Calloway', status: 'verified', note: "Spelling confirmed with the mayor's office.", labels: ['mayor', 'source: phone'] } }),
    make('\u20AC12.4 million', { kind: 'number', type: 'money',
      body: { value: { amount: 12400000, unit: 'EUR' }, status: 'needs-source', note: 'The wire says 12.4 million.\nThe council minutes are not out yet.' },
      links: [{ path: '../wire/coastline.txt', exact: '12.4 million euros', relation: 'same-figure' }] }),
    make('40 precent', { kind: 'number', type: 'percent', author: 'Dana Reyes', body: { value: { amount: 40, unit: 'percent' }, status: 'disputed', detection: 'confirmed' } }),
    make('\u201CWe are paying for a plan nobody has seen,\u201D', { kind: 'claim', type: 'quote', body: { value: 'Tom\u00E1s Reyes', status: 'unverified' },
      links: [{ path: 'council-minutes.md', exact: 'the plan published on 12 March', relation: 'contradicts' }] }),
    make('The harbour master resigned in protest.', { kind: 'claim', type: 'claim', body: { status: 'needs-source', note: 'Who told us?' } }),
  ];
  return reanchorFile({ version: 1, article: 'article.txt', textHash: contentHash(v1), annotations }, read('article.txt')).file;
}

function parsed(name: string): ParsedSidecar & { file: AnnotationsFile } {
  const result = parseSidecar(read(name));
  assert.deepEqual(result.problems, [], name);
  assert.ok(result.usable && result.file);
  return result as ParsedSidecar & { file: AnnotationsFile };
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'line count changed');
  return b.filter((line, i) => line !== a[i]);
}

const withAnnotation = (file: AnnotationsFile, id: string, change: (a: Annotation) => Annotation): AnnotationsFile =>
  ({ ...file, annotations: file.annotations.map((a) => (a.id === id ? change(a) : a)) });

test('a new sidecar is written in the fixed order, and reads back as the same data', () => {
  const file = sampleFile();
  assert.deepEqual(file.annotations.map((a) => a.anchor.state), ['exact', 'exact', 'fuzzy', 'shifted', 'orphaned']);
  const text = writeSidecar(file);
  golden('written.annotations.yaml', text);
  assert.deepEqual(parsed('written.annotations.yaml').file, { ...file, annotations: canonicalOrder(file.annotations) });
});

test('reading and writing back unchanged gives the same bytes, comments and all', () => {
  for (const name of ['written.annotations.yaml', 'hand-edited.annotations.yaml', 'unordered.annotations.yaml']) {
    const sidecar = parsed(name);
    assert.equal(writeSidecar(sidecar.file, sidecar), read(name), name);
  }
});

test('a status change touches one line and keeps every comment', () => {
  const sidecar = parsed('hand-edited.annotations.yaml');
  const id = sidecar.file.annotations[0].id;
  const next = withAnnotation(sidecar.file, id, (a) => ({ ...a, body: { ...a.body, status: 'disputed' } }));
  const text = writeSidecar(next, sidecar);
  assert.deepEqual(changedLines(read('hand-edited.annotations.yaml'), text), ['      status: disputed']);
  golden('hand-edited.status.annotations.yaml', text);
});

test('adding, editing and removing annotations keeps the comments around the others', () => {
  const sidecar = parsed('hand-edited.annotations.yaml');
  const article = read('article.txt');
  const [first, second] = sidecar.file.annotations;
  const at = article.indexOf('seven votes to four');
  const added = createAnnotation(article, { start: at, end: at + 'seven votes to four'.length },
    { kind: 'number', type: 'count', body: { status: 'verified', note: 'Roll call: 7\u20134.' } }, testDeps(99), new Set(sidecar.file.annotations.map((a) => a.id)));
  const next: AnnotationsFile = {
    ...sidecar.file,
    annotations: [
      ...sidecar.file.annotations.filter((a) => a.id !== second.id).map((a) => (a.id === first.id ? { ...a, body: { ...a.body, note: 'The minutes confirm 12.4 million.', labels: ['budget'] } } : a)),
      added,
    ],
  };
  golden('hand-edited.changed.annotations.yaml', writeSidecar(next, sidecar));
});

test('annotations out of order are put in reading order, each keeping its comment', () => {
  const sidecar = parsed('unordered.annotations.yaml');
  const next = withAnnotation(sidecar.file, sidecar.file.annotations[0].id, (a) => ({ ...a, body: { ...a.body, status: 'verified' } }));
  const text = writeSidecar(next, sidecar);
  golden('unordered.sorted.annotations.yaml', text);
  const again = parseSidecar(text);
  assert.equal(writeSidecar(next, again), text, 'writing is idempotent');
});

test('re-anchoring after an edit changes only positions, states and the article hash', () => {
  const sidecar = parsed('hand-edited.annotations.yaml');
  const edited = 'CORRECTED: ' + read('article.txt');
  const { file } = reanchorFile(sidecar.file, edited);
  const text = writeSidecar(file, sidecar);
  const changed = changedLines(read('hand-edited.annotations.yaml'), text);
  assert.ok(changed.every((line) => /^\s*(start|end|state|textHash): /.test(line)), changed.join('\n'));
  golden('hand-edited.reanchored.annotations.yaml', text);
});

test('re-attaching an orphan at a new selection makes it exact again', () => {
  const sidecar = parsed('written.annotations.yaml');
  const article = read('article.txt');
  const orphan = sidecar.file.annotations.find((a) => a.anchor.state === 'orphaned');
  assert.ok(orphan);
  const at = article.indexOf('The budget passed');
  const moved = retarget(orphan, article, { start: at, end: at + 'The budget passed'.length }, () => new Date(Date.UTC(2026, 4, 5)));
  assert.equal(moved.anchor.state, 'exact');
  assert.equal(moved.target.selector.quote.exact, 'The budget passed');
  assert.equal(moved.target.textHash, contentHash('The budget passed'));
  assert.equal(moved.modified, '2026-05-05T00:00:00.000Z');
});

test('a sidecar saved with CRLF line ends and a byte-order mark keeps both', () => {
  const source = '\uFEFF' + read('hand-edited.annotations.yaml').replace(/\n/g, '\r\n');
  const sidecar = parseSidecar(source);
  assert.ok(sidecar.usable && sidecar.file);
  assert.equal(writeSidecar(sidecar.file, sidecar), source);
  const next = withAnnotation(sidecar.file, sidecar.file.annotations[0].id, (a) => ({ ...a, body: { ...a.body, status: 'verified' } }));
  const text = writeSidecar(next, sidecar);
  assert.ok(text.startsWith('\uFEFF'));
  assert.deepEqual(changedLines(source.replace(/\r\n/g, '\n'), text.replace(/\r\n/g, '\n')), ['      status: verified']);
  assert.equal(text.split('\r\n').length, text.split('\n').length);
});

test('value keys named like properties of every object ("__proto__", "constructor") are read and written back', () => {
  const original = read('written.annotations.yaml');
  const hostile = original.replace(/^( +)value:\n/m, (line, indent: string) => `${line}${indent}  __proto__: shadow\n${indent}  constructor: builder\n`);
  assert.notEqual(hostile, original);
  const sidecar = parseSidecar(hostile);
  assert.deepEqual(sidecar.problems, []);
  const value = sidecar.file!.annotations.map((a) => a.body.value).find((v) => typeof v === 'object' && v !== null) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.ok(Object.keys(value).includes('__proto__'), 'the "__proto__" entry is kept as data');
  assert.equal(value.constructor, 'builder');
  const written = writeSidecar(sidecar.file!, sidecar);
  assert.equal(written, hostile);
});
