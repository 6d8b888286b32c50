import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { mergeById } from '../../src/core/annotations/merge';
import type { Annotation, AnnotationsFile } from '../../src/core/annotations/model';
import { parseSidecar, writeSidecar } from '../../src/core/annotations/sidecar-yaml';

// A person's verdict on a detection (`body.detection`) is one more decision in the sidecar:
// written in its place in the body, read back, merged like any other field.

const FIXTURES = resolve(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', 'annotations');
const handEdited = readFileSync(join(FIXTURES, 'hand-edited.annotations.yaml'), 'utf8');

function usable(text: string): AnnotationsFile {
  const parsed = parseSidecar(text);
  assert.deepEqual(parsed.problems, []);
  assert.ok(parsed.file);
  return parsed.file;
}

const withVerdict = (file: AnnotationsFile, id: string, detection: 'confirmed' | 'rejected' | undefined, modified?: string): AnnotationsFile => ({
  ...file,
  annotations: file.annotations.map((a): Annotation => {
    if (a.id !== id) return a;
    const body = { ...a.body, detection };
    if (detection === undefined) delete body.detection;
    return { ...a, body, modified: modified ?? a.modified };
  }),
});

test('rejecting a detection adds one line after the labels and keeps every comment', () => {
  const parsed = parseSidecar(handEdited);
  const file = usable(handEdited);
  const mayor = file.annotations.find((a) => a.target.selector.quote.exact === 'Ines Calloway');
  assert.ok(mayor);
  const text = writeSidecar(withVerdict(file, mayor.id, 'rejected'), parsed);
  const added = text.split('\n').filter((line) => !handEdited.split('\n').includes(line));
  assert.deepEqual(added, ['      detection: rejected']);
  const lines = text.split('\n');
  assert.match(lines[lines.indexOf('      detection: rejected') - 1], /^\s+labels: /);
  assert.equal(usable(text).annotations.find((a) => a.id === mayor.id)?.body.detection, 'rejected');
  assert.match(text, /# Ask Dana before changing statuses here\./);
});

test('taking the verdict back removes the line again', () => {
  const file = usable(handEdited);
  const id = file.annotations[0].id;
  const rejected = writeSidecar(withVerdict(file, id, 'rejected'), parseSidecar(handEdited));
  const back = writeSidecar(withVerdict(usable(rejected), id, undefined), parseSidecar(rejected));
  assert.equal(back, handEdited);
});

test('a verdict given in one copy and a note in another merge into both', () => {
  const base = usable(handEdited);
  const id = base.annotations[0].id;
  const ours = withVerdict(base, id, 'confirmed', '2026-05-01T12:00:00.000Z');
  const theirs = { ...base, annotations: base.annotations.map((a) => (a.id === id ? { ...a, body: { ...a.body, note: 'Checked twice.' }, modified: '2026-05-01T12:05:00.000Z' } : a)) };
  const { file, conflicts } = mergeById(base, ours, theirs);
  assert.deepEqual(conflicts, []);
  const merged = file.annotations.find((a) => a.id === id);
  assert.equal(merged?.body.detection, 'confirmed');
  assert.equal(merged?.body.note, 'Checked twice.');
});

test('both copies giving different verdicts: the later one wins and the other is reported', () => {
  const base = usable(handEdited);
  const id = base.annotations[0].id;
  const ours = withVerdict(base, id, 'confirmed', '2026-05-01T12:00:00.000Z');
  const theirs = withVerdict(base, id, 'rejected', '2026-05-01T12:09:00.000Z');
  const { file, conflicts } = mergeById(base, ours, theirs);
  assert.equal(file.annotations.find((a) => a.id === id)?.body.detection, 'rejected');
  assert.deepEqual(conflicts.map((c) => [c.field, c.kept, c.lost]), [['body.detection', 'theirs', 'confirmed']]);
});

test('a verdict the reader does not know is reported on its line', () => {
  const broken = handEdited.replace('      status: verified # by phone, 4 May', '      status: verified\n      detection: probably');
  const parsed = parseSidecar(broken);
  assert.equal(parsed.usable, false);
  const line = broken.split('\n').indexOf('      detection: probably') + 1;
  assert.ok(parsed.problems.some((p) => p.line === line && /detection/.test(p.message)), JSON.stringify(parsed.problems));
});
