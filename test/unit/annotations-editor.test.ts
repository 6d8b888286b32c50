import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createAnnotation } from '../../src/core/annotations/annotate';
import type { Annotation, AnnotationBody } from '../../src/core/annotations/model';
import {
  annotationAt, annotationsAt, decisionSignature, isRejected, linkedPath, linkPathFrom, overruledMentions, ownHighlights,
} from '../../src/core/annotations/over-text';
import { groupForReview, reviewGroupOf } from '../../src/core/annotations/review-groups';
import type { Mention } from '../../src/core/model';
import { testDeps } from './fixtures/annotations/helpers';

// What the editor asks of a person's annotations: which one the cursor is on, which
// detections give way to a verdict, which annotations need their own highlight, and the
// order the Annotations view lists them in.

const TEXT = 'Councillor Mira Okafor said the ferry carried 1,200 passengers on Sunday.';
const deps = testDeps(11);
const span = (exact: string): { start: number; end: number } => {
  const start = TEXT.indexOf(exact);
  return { start, end: start + exact.length };
};
const note = (exact: string, kind: Annotation['kind'], type: Annotation['type'], body: Partial<AnnotationBody> = {}): Annotation =>
  createAnnotation(TEXT, span(exact), { kind, type, body }, deps);
const actor = (exact: string, type: 'person' | 'organization' | 'place' = 'person'): Mention => ({ kind: 'actor', type, ...span(exact), text: exact, name: exact });
const figure = (exact: string): Mention => ({ kind: 'number', type: 'count', ...span(exact), text: exact, value: { amount: 1200, unit: 'passenger' } });
const claim = (exact: string): Mention => ({ kind: 'claim', type: 'claim', ...span(exact), text: exact, score: 0.8 });

const SENTENCE = TEXT.slice(0, -1);

test('the annotation under the cursor is the innermost one, and the end of a word still counts', () => {
  const name = note('Mira Okafor', 'actor', 'person');
  const sentence = note(SENTENCE, 'claim', 'claim');
  const inside = TEXT.indexOf('Okafor');
  assert.deepEqual(annotationsAt([sentence, name], inside).map((a) => a.id), [name.id, sentence.id]);
  assert.equal(annotationAt([sentence, name], span('Mira Okafor').end)?.id, name.id);
  assert.equal(annotationAt([sentence, name], TEXT.indexOf('ferry'))?.id, sentence.id);
  assert.equal(annotationAt([name], TEXT.indexOf('ferry')), undefined);
});

test('a rejected verdict silences the detection of the same kind only', () => {
  const rejectedName = note('Mira Okafor', 'actor', 'person', { detection: 'rejected' });
  const mentions = [actor('Mira Okafor'), claim(SENTENCE), figure('1,200 passengers')];
  assert.equal(isRejected([rejectedName], mentions[0]), true);
  assert.equal(isRejected([rejectedName], mentions[1]), false, 'the claim around the name is still a claim');
  assert.deepEqual([...overruledMentions(mentions, [rejectedName])], [0]);
  const confirmed = note('1,200 passengers', 'number', 'count', { detection: 'confirmed' });
  assert.deepEqual([...overruledMentions(mentions, [confirmed])], []);
});

test('a retyped detection gives way to the annotation, which is highlighted in its new type', () => {
  const retyped = note('Mira Okafor', 'actor', 'organization');
  const mentions = [actor('Mira Okafor')];
  assert.deepEqual([...overruledMentions(mentions, [retyped])], [0]);
  assert.deepEqual(ownHighlights([retyped], mentions).map((a) => a.id), [retyped.id]);
});

test('what a person annotated where nothing was detected gets a highlight of its own; agreed detections do not twice', () => {
  const agreed = note('Mira Okafor', 'actor', 'person');
  const missed = note('ferry', 'actor', 'organization');
  const rejected = note('Sunday', 'number', 'date', { detection: 'rejected' });
  assert.deepEqual(ownHighlights([agreed, missed, rejected], [actor('Mira Okafor')]).map((a) => a.id), [missed.id]);
});

test('links are written relative to the article folder and read back to the same place', () => {
  assert.equal(linkPathFrom('desk/draft.txt', 'wire/ferry.txt'), '../wire/ferry.txt');
  assert.equal(linkPathFrom('desk/draft.txt', 'desk/notes.md'), 'notes.md');
  assert.equal(linkPathFrom('draft.txt', 'wire/ferry.txt'), 'wire/ferry.txt');
  for (const [from, to] of [['desk/draft.txt', 'wire/ferry.txt'], ['a/b/c.txt', 'd.txt'], ['x.txt', 'y/z/w.md']]) {
    assert.equal(linkedPath(from, linkPathFrom(from, to)), to);
  }
});

test('the decision signature ignores positions and changes with verdicts, types, labels and links', () => {
  const a = note('Mira Okafor', 'actor', 'person');
  const moved: Annotation = { ...a, target: { ...a.target, selector: { ...a.target.selector, position: { start: 40, end: 51 } } } };
  assert.equal(decisionSignature([moved]), decisionSignature([a]));
  assert.notEqual(decisionSignature([{ ...a, body: { ...a.body, detection: 'rejected' } }]), decisionSignature([a]));
  assert.notEqual(decisionSignature([{ ...a, type: 'place' }]), decisionSignature([a]));
  assert.notEqual(decisionSignature([{ ...a, body: { ...a.body, labels: ['reviewed'] } }]), decisionSignature([a]));
  assert.notEqual(decisionSignature([{ ...a, links: [{ path: 'b.txt', exact: 'Okafor', relation: 'same-actor' }] }]), decisionSignature([a]));
});

test('the view lists lost places and close matches before any status, then by status, each by article and place', () => {
  const base = note('Mira Okafor', 'actor', 'person');
  const orphan: Annotation = { ...base, id: 'a-orphan01', target: { ...base.target, selector: { quote: base.target.selector.quote } }, anchor: { state: 'orphaned' }, body: { status: 'verified' } };
  const fuzzy: Annotation = { ...base, id: 'a-fuzzy001', anchor: { state: 'fuzzy', score: 0.8 }, body: { status: 'disputed' } };
  const disputed = { ...note('ferry', 'claim', 'claim', { status: 'disputed' }), id: 'a-disp0001' };
  const needs = { ...note('Sunday', 'number', 'date', { status: 'needs-source' }), id: 'a-needs001' };
  const laterVerified = { ...note('passengers', 'number', 'count', { status: 'verified' }), id: 'a-ver00002' };
  const earlierVerified = { ...note('Councillor', 'actor', 'person', { status: 'verified' }), id: 'a-ver00001' };
  assert.equal(reviewGroupOf(fuzzy), 'fuzzy');
  const items = [laterVerified, needs, earlierVerified, disputed, fuzzy, orphan].map((annotation) => ({ annotation, article: 'b.txt' }));
  items.push({ annotation: { ...base, id: 'a-unv00001' }, article: 'a.txt' });
  const groups = groupForReview(items, (i) => i.annotation, (i) => i.article);
  assert.deepEqual(groups.map(([g, members]) => [g, members.map((m) => m.annotation.id)]), [
    ['orphaned', ['a-orphan01']],
    ['fuzzy', ['a-fuzzy001']],
    ['disputed', ['a-disp0001']],
    ['needs-source', ['a-needs001']],
    ['unverified', ['a-unv00001']],
    ['verified', ['a-ver00001', 'a-ver00002']],
  ]);
});
