import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { reanchor, reanchorFile } from '../../src/core/annotations/annotate';
import { followEdits, settleFile } from '../../src/core/annotations/follow';
import { contentHash } from '../../src/core/index/content-hash';
import type { Annotation } from '../../src/core/annotations/model';
import { shiftForEdits, type TextEdit } from '../../src/core/annotations/shift';
import { annotateText } from './fixtures/annotations/helpers';

const span = { start: 10, end: 20 };
const shift = (edit: TextEdit): ReturnType<typeof shiftForEdits>[number] => shiftForEdits([span], [edit])[0];

test('an insertion before the annotation moves it; one after leaves it', () => {
  assert.deepEqual(shift({ start: 2, end: 2, text: 'abc' }), { start: 13, end: 23, status: 'moved' });
  assert.deepEqual(shift({ start: 25, end: 25, text: 'abc' }), { start: 10, end: 20, status: 'unchanged' });
});

test('typing at either edge stays outside the annotation', () => {
  assert.deepEqual(shift({ start: 10, end: 10, text: 'x' }), { start: 11, end: 21, status: 'moved' });
  assert.deepEqual(shift({ start: 20, end: 20, text: 'x' }), { start: 10, end: 20, status: 'unchanged' });
});

test('deletions before move it back; a same-length replacement before does not move it', () => {
  assert.deepEqual(shift({ start: 0, end: 4, text: '' }), { start: 6, end: 16, status: 'moved' });
  assert.deepEqual(shift({ start: 0, end: 4, text: 'WXYZ' }), { start: 10, end: 20, status: 'unchanged' });
});

test('edits inside adjust the end and mark it edited', () => {
  assert.deepEqual(shift({ start: 12, end: 12, text: 'more' }), { start: 10, end: 24, status: 'edited' });
  assert.deepEqual(shift({ start: 12, end: 15, text: '' }), { start: 10, end: 17, status: 'edited' });
  assert.deepEqual(shift({ start: 10, end: 12, text: '' }), { start: 10, end: 18, status: 'edited' });
});

test('an edit over one edge keeps the part that survived', () => {
  assert.deepEqual(shift({ start: 5, end: 12, text: 'ab' }), { start: 7, end: 15, status: 'edited' });
  assert.deepEqual(shift({ start: 18, end: 25, text: 'ab' }), { start: 10, end: 18, status: 'edited' });
});

test('deleting or replacing all of the annotated text marks it deleted at the spot', () => {
  assert.deepEqual(shift({ start: 10, end: 20, text: '' }), { start: 10, end: 10, status: 'deleted' });
  assert.deepEqual(shift({ start: 5, end: 30, text: 'new text' }), { start: 5, end: 13, status: 'deleted' });
  const later = shiftForEdits([span], [{ start: 10, end: 20, text: '' }, { start: 0, end: 0, text: 'abc' }, { start: 13, end: 13, text: 'z' }]);
  assert.deepEqual(later, [{ start: 14, end: 14, status: 'deleted' }]);
});

test('several changes of one editor event, last first as VS Code sends them', () => {
  const edits = [{ start: 30, end: 30, text: '!!' }, { start: 15, end: 16, text: 'XY' }, { start: 0, end: 0, text: '>> ' }];
  assert.deepEqual(shiftForEdits([span, { start: 40, end: 45 }], edits), [
    { start: 13, end: 24, status: 'edited' },
    { start: 46, end: 51, status: 'moved' },
  ]);
});

function liveThenReanchor(note: Annotation, text: string, edits: TextEdit[]): { state: string; text?: string } {
  const position = note.target.selector.position;
  assert.ok(position);
  let current = text;
  for (const edit of edits) current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
  const [moved] = shiftForEdits([position], edits);
  const hinted = { ...note, target: { ...note.target, selector: { ...note.target.selector, position: { start: moved.start, end: moved.end } } } };
  const after = moved.status === 'unchanged' || moved.status === 'moved' ? hinted : reanchor(hinted, current).annotation;
  const at = after.target.selector.position;
  return { state: after.anchor.state, ...(at ? { text: current.slice(at.start, at.end) } : {}) };
}

test('live: deleting the Team Alpha sentence orphans its note instead of moving it to Team Beta', () => {
  const text = 'Team Alpha reduced latency by twelve percent. Team Beta reduced latency by twelve percent.';
  const note = annotateText(text, 'reduced latency by twelve percent');
  assert.deepEqual(liveThenReanchor(note, text, [{ start: 0, end: text.indexOf('Team Beta'), text: '' }]), { state: 'orphaned' });
});

test('live: a typo fixed inside the annotation keeps it on the corrected text', () => {
  const text = 'The envoy Matthias Oberholzr said the deal held.';
  const note = annotateText(text, 'Matthias Oberholzr', 0, 'actor', 'person');
  const at = text.indexOf('Oberholzr') + 'Oberholz'.length;
  assert.deepEqual(liveThenReanchor(note, text, [{ start: at, end: at, text: 'e' }]), { state: 'fuzzy', text: 'Matthias Oberholzer' });
});

test('live: pasting the same text over the annotation finds it again', () => {
  const text = 'Intro. The envoy Matthias Oberholzer said the deal held.';
  const note = annotateText(text, 'Matthias Oberholzer', 0, 'actor', 'person');
  const start = text.indexOf('Matthias');
  const result = liveThenReanchor(note, text, [{ start, end: start + 'Matthias Oberholzer'.length, text: 'Matthias Oberholzer' }]);
  assert.deepEqual(result, { state: 'exact', text: 'Matthias Oberholzer' });
});

test('followEdits moves untouched annotations, re-anchors touched ones and leaves orphans alone', () => {
  const text = 'Intro line. Mayor Ines Calloway said the vote was fair. Councillor Reyes disagreed.';
  const mayor = annotateText(text, 'Ines Calloway', 0, 'actor', 'person');
  const reyes = annotateText(text, 'Reyes', 0, 'actor', 'person');
  const orphan: Annotation = { ...reyes, id: 'a-orphan00', anchor: { state: 'orphaned' }, target: { ...reyes.target, selector: { quote: reyes.target.selector.quote } } };
  const edits = [{ start: text.indexOf('Reyes'), end: text.indexOf('Reyes') + 5, text: 'Marchetti' }, { start: 0, end: 0, text: 'NEW: ' }];
  const after = edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
  const [m, r, o] = followEdits([mayor, reyes, orphan], edits, after);
  assert.equal(m.anchor.state, 'exact');
  assert.deepEqual(m.target.selector.position, { start: text.indexOf('Ines') + 5, end: text.indexOf('Ines') + 5 + 'Ines Calloway'.length });
  assert.equal(r.anchor.state, 'orphaned');
  assert.equal(o, orphan);
});

test('settling before a save keeps live edits next to an annotation from counting against it later', () => {
  const text = 'The talks were led by UN envoy Matthias Oberholzer, who said the deal held.';
  const note = annotateText(text, 'Matthias Oberholzer', 0, 'actor', 'person');
  const at = text.indexOf('envoy');
  const edits = [{ start: at, end: at + 'envoy'.length, text: 'mediator' }];
  const live = edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
  const file = { version: 1 as const, article: 'a.txt', textHash: contentHash(text), annotations: followEdits([note], edits, live) };
  const outside = 'A paragraph added in another editor.\n\n' + live;
  assert.equal(reanchorFile(file, outside).file.annotations[0].anchor.state, 'orphaned', 'without settling, the old context says envoy');
  const settled = settleFile(file, live);
  assert.equal(settled.textHash, contentHash(live));
  assert.match(settled.annotations[0].target.selector.quote.prefix, /mediator $/);
  assert.equal(reanchorFile(settled, outside).file.annotations[0].anchor.state, 'shifted');
});
