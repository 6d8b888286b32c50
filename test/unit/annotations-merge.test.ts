import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createAnnotation } from '../../src/core/annotations/annotate';
import { mergeById } from '../../src/core/annotations/merge';
import type { Annotation, AnnotationBody, AnnotationsFile } from '../../src/core/annotations/model';
import { testDeps } from './fixtures/annotations/helpers';

const TEXT = 'Mayor Ines Calloway said 38 boats would get new moorings. Councillor Tom\u00E1s Reyes voted against.';
const deps = testDeps(5);
const on = (exact: string): Annotation => {
  const at = TEXT.indexOf(exact);
  return createAnnotation(TEXT, { start: at, end: at + exact.length }, { kind: 'actor', type: 'person' }, deps);
};
const mayor = on('Ines Calloway');
const councillor = on('Tom\u00E1s Reyes');
const base: AnnotationsFile = { version: 1, article: 'a.txt', textHash: '0123456789abcdef', annotations: [mayor, councillor] };

const at = (minute: number): string => new Date(Date.UTC(2026, 4, 1, 12, minute)).toISOString();
const edit = (a: Annotation, body: Partial<AnnotationBody>, minute: number): Annotation => ({ ...a, body: { ...a.body, ...body }, modified: at(minute) });
const withAnnotations = (...annotations: Annotation[]): AnnotationsFile => ({ ...base, annotations });

test('changes to different annotations or different fields are both kept', () => {
  const ours = withAnnotations(edit(mayor, { status: 'verified' }, 1), councillor);
  const theirs = withAnnotations(edit(mayor, { note: 'Spelling checked.' }, 2), edit(councillor, { labels: ['opposition'] }, 3));
  const { file, conflicts } = mergeById(base, ours, theirs);
  assert.deepEqual(conflicts, []);
  const [m, c] = file.annotations;
  assert.equal(m.body.status, 'verified');
  assert.equal(m.body.note, 'Spelling checked.');
  assert.equal(m.modified, at(2));
  assert.deepEqual(c.body.labels, ['opposition']);
});

test('both changed the same field: the later change wins and the other is reported', () => {
  const ours = withAnnotations(edit(mayor, { status: 'verified' }, 5), councillor);
  const theirs = withAnnotations(edit(mayor, { status: 'disputed' }, 9), councillor);
  const { file, conflicts } = mergeById(base, ours, theirs);
  assert.equal(file.annotations[0].body.status, 'disputed');
  assert.deepEqual(conflicts, [{ id: mayor.id, field: 'body.status', kept: 'theirs', lost: 'verified' }]);
  const reversed = mergeById(base, theirs, ours);
  assert.equal(reversed.file.annotations[0].body.status, 'disputed');
  assert.equal(reversed.conflicts[0].kept, 'ours');
});

test('annotations added on both sides are all kept, in reading order', () => {
  const boats = on('38 boats');
  const moorings = on('new moorings');
  const { file, conflicts } = mergeById(base, withAnnotations(mayor, councillor, moorings), withAnnotations(mayor, boats, councillor));
  assert.deepEqual(conflicts, []);
  assert.deepEqual(file.annotations.map((a) => a.target.selector.quote.exact), ['Ines Calloway', '38 boats', 'new moorings', 'Tom\u00E1s Reyes']);
});

test('a deletion wins over an untouched copy, but not over a change someone made', () => {
  const deleted = mergeById(base, withAnnotations(mayor), withAnnotations(mayor, councillor));
  assert.deepEqual(deleted.file.annotations.map((a) => a.id), [mayor.id]);
  assert.deepEqual(deleted.conflicts, []);
  const changed = mergeById(base, withAnnotations(mayor), withAnnotations(mayor, edit(councillor, { status: 'verified' }, 4)));
  assert.deepEqual(changed.file.annotations.map((a) => a.id), [mayor.id, councillor.id]);
  assert.deepEqual(changed.conflicts, [{ id: councillor.id, field: 'annotation', kept: 'theirs', lost: 'deleted' }]);
});

test('re-anchoring on one side and a note on the other merge cleanly', () => {
  const moved: Annotation = { ...mayor, target: { ...mayor.target, selector: { ...mayor.target.selector, position: { start: 16, end: 29 } } }, anchor: { state: 'shifted' } };
  const { file, conflicts } = mergeById(base, withAnnotations(moved, councillor), withAnnotations(edit(mayor, { note: 'Called her office.' }, 7), councillor));
  assert.deepEqual(conflicts, []);
  assert.equal(file.annotations[0].anchor.state, 'shifted');
  assert.equal(file.annotations[0].body.note, 'Called her office.');
});

test('without a common base, differing fields are conflicts decided by time', () => {
  const { file, conflicts } = mergeById(undefined, withAnnotations(edit(mayor, { status: 'verified' }, 1)), withAnnotations(edit(mayor, { status: 'disputed' }, 2)));
  assert.equal(file.annotations[0].body.status, 'disputed');
  assert.deepEqual(conflicts.map((c) => c.field), ['body.status']);
});

test('a field removed on one side stays removed', () => {
  const noted = edit(mayor, { note: 'old note' }, 1);
  const start = withAnnotations(noted, councillor);
  const cleared: Annotation = { ...noted, body: { status: noted.body.status }, modified: at(3) };
  const { file } = mergeById(start, withAnnotations(cleared, councillor), start);
  assert.equal(file.annotations[0].body.note, undefined);
  assert.ok(!('note' in file.annotations[0].body));
});
