import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createAnnotation } from '../../src/core/annotations/annotate';
import type { Annotation, AnnotationBody } from '../../src/core/annotations/model';
import { contradictions, recordsReview, withoutReview, withReview, type OtherSide } from '../../src/core/annotations/review-mark';
import { testDeps } from './fixtures/annotations/helpers';

// "Reviewed" on a discrepancy is an annotation: label `reviewed` and a `contradicts` link
// to every other side. Taking it back leaves whatever else the person decided.

const TEXT = 'The ferry carried 1,200 passengers on Sunday, the operator said.';
const at = TEXT.indexOf('1,200 passengers');
const mention = { start: at, end: at + '1,200 passengers'.length };
const others: OtherSide[] = [{ path: '../wire/ferry.txt', exact: '900 passengers' }];
const make = (body: Partial<AnnotationBody> = {}): Annotation => createAnnotation(TEXT, mention, { kind: 'number', type: 'count', body }, testDeps(4));

test('a review made from scratch records the disagreement and nothing else', () => {
  const created = { ...make({ status: 'verified', labels: ['reviewed'] }), links: contradictions(others) };
  assert.equal(recordsReview(created, mention, others), true);
  assert.equal(withoutReview(created), undefined, 'taking it back removes the annotation it created');
});

test('a review added to an existing annotation keeps its status, note and links, and taking it back only drops the label', () => {
  const existing = { ...make({ status: 'needs-source', note: 'Ask the operator.', labels: ['ferry'] }), links: [{ path: 'other.txt', exact: 'the ferry', relation: 'same-claim' as const }] };
  const reviewed = withReview(existing, others);
  assert.equal(reviewed.body.status, 'needs-source');
  assert.deepEqual(reviewed.body.labels, ['ferry', 'reviewed']);
  assert.equal(reviewed.links?.length, 2);
  assert.equal(recordsReview(reviewed, mention, others), true);
  assert.deepEqual(withReview(reviewed, others), reviewed, 'reviewing twice changes nothing');
  const back = withoutReview(reviewed);
  assert.deepEqual(back?.body.labels, ['ferry']);
  assert.equal(back?.body.note, 'Ask the operator.');
  assert.equal(recordsReview(back!, mention, others), false);
});

test('a review counts only on its mention and only when it names every other side', () => {
  const reviewed = withReview(make({ status: 'verified' }), others);
  const elsewhere = { start: 0, end: 9 };
  assert.equal(recordsReview(reviewed, elsewhere, others), false);
  assert.equal(recordsReview(reviewed, mention, [...others, { path: 'third.txt', exact: '1,100 passengers' }]), false, 'a new source disagreeing is news');
  assert.equal(recordsReview(reviewed, mention, [{ path: '../wire/ferry.txt', exact: '950 passengers' }]), false, 'the other side changed its figure');
});

test('a review with a verdict or a status of its own is kept when taken back', () => {
  assert.ok(withoutReview(withReview(make({ status: 'disputed' }), others)));
  assert.ok(withoutReview(withReview(make({ status: 'verified', detection: 'confirmed' }), others)));
});
