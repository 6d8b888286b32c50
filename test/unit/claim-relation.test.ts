import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { claimRelationship, relateClaims, sameDay, type ClaimActor } from '../../src/core/link/claim-relation';
import { claimPolarity, polarityOf } from '../../src/core/link/claim-polarity';
import type { NumberMention, NumberValue } from '../../src/core/model';

const figure = (type: NumberMention['type'], value: NumberValue, text = '1'): NumberMention => ({ kind: 'number', type, start: 0, end: 1, text, value });
const plain = (text: string): { text: string; figures: NumberMention[] } => ({ text, figures: [] });

test('a denial contradicts, different figures for one thing differ in detail, the rest agree', () => {
  const swap240 = figure('count', { amount: 240, unit: 'detainee' });
  const swap300 = figure('count', { amount: 300, unit: 'prisoner' });
  assert.equal(relateClaims({ text: 'The sides agreed to free 240 detainees.', figures: [swap240] }, { text: 'The sides did not agree to any release.', figures: [] }), 'contradict');
  assert.equal(relateClaims({ text: 'The sides will free 240 detainees.', figures: [swap240] }, { text: 'Both sides will free 300 prisoners.', figures: [swap300] }), 'differ-in-detail');
  assert.equal(relateClaims({ text: 'The talks were productive.', figures: [] }, { text: 'Delegates called the talks useful.', figures: [] }), 'agree');
});

test('a negation contradicts only what the other claim asserts, and says which word it negates', () => {
  const negated = claimRelationship(plain('The mayor confirmed the bridge would reopen.'), plain('The mayor has not yet officially confirmed that the bridge would reopen.'));
  assert.deepEqual(negated, { relation: 'contradict', detail: 'not confirmed', confident: false });
  // Both sides negate the same thing: they agree.
  assert.equal(relateClaims(plain('The mill did not close.'), plain('The old mill has never closed.')), 'agree');
  // "Not only" adds; it denies nothing.
  assert.equal(relateClaims(plain('The storm flooded the harbour.'), plain('The storm not only flooded the harbour but cut the power.')), 'agree');
  // A negation of something the other claim does not say is no contradiction.
  assert.equal(relateClaims(plain('The council approved the budget.'), plain('The council approved the budget without debate.')), 'agree');
  // Curly apostrophes are read like straight ones.
  assert.equal(claimRelationship(plain('The ferry sailed on time.'), plain('The ferry didn’t sail on time.')).relation, 'contradict');
});

test('words that call a claim untrue contradict it, in the claim or in its attribution verb', () => {
  const report = plain('The singer was arrested in Lisbon on Friday.');
  assert.deepEqual(claimRelationship(report, plain('Reports that the singer was arrested in Lisbon were a hoax.')), { relation: 'contradict', detail: 'hoax', confident: true });
  assert.equal(relateClaims(report, plain('The claim that the singer was arrested in Lisbon is false.')), 'contradict');
  const denied = polarityOf(new Set(['singer', 'arrest']), 'the singer was arrested', 'denied');
  assert.deepEqual(denied.denials, ['denied']);
  // A denial both sides report is no contradiction between them.
  assert.equal(relateClaims(plain('Police denied the singer was arrested.'), plain('The police denied that the singer had been arrested.')), 'agree');
});

test('antonyms contradict, without the confidence of a denial; a negated antonym agrees', () => {
  const opposite = claimRelationship(plain('Exports increased sharply in March.'), plain('Exports decreased sharply in March.'));
  assert.equal(opposite.relation, 'contradict');
  assert.equal(opposite.confident, false);
  assert.match(opposite.detail ?? '', /increas.* vs decreas/);
  assert.equal(relateClaims(plain('The rumour is not true.'), plain('The rumour is false.')), 'agree');
  // Ordinals are figures, compared as such: "first" and "second" are not opposed as words.
  const first = polarityOf(new Set(['first', 'round', 'talk']), 'the first round of talks', undefined, new Set(['first']));
  assert.equal(first.opposable.some(([term]) => term === 'first'), false);
});

test('another figure, date, place or actor differs in detail, and says which', () => {
  const a = { text: 'The exchange freed 240 prisoners.', figures: [figure('count', { amount: 240, unit: 'prisoner' }, '240 prisoners')] };
  const b = { text: 'The exchange freed 300 prisoners.', figures: [figure('count', { amount: 300, unit: 'prisoner' }, '300 prisoners')] };
  assert.deepEqual(claimRelationship(a, b), { relation: 'differ-in-detail', detail: '240 prisoners vs 300 prisoners' });
  // Within rounding ("300" for 314) is no difference.
  assert.equal(relateClaims({ ...a, figures: [figure('count', { amount: 314, unit: 'prisoner' })] }, b), 'agree');
  const day = (iso: string, text: string): NumberMention => figure('date', { iso }, text);
  assert.deepEqual(
    claimRelationship({ text: 'Talks resume on March 3.', figures: [day('--03-03', 'March 3')] }, { text: 'Talks resume on March 5.', figures: [day('--03-05', 'March 5')] }),
    { relation: 'differ-in-detail', detail: 'March 3 vs March 5' },
  );
  const place = (cluster: string, text: string): ClaimActor => ({ cluster, type: 'place', text });
  const odesa = { text: 'A drone struck a depot in Odesa.', figures: [], actors: [place('actor:odesa', 'Odesa')] };
  const kharkiv = { text: 'A drone struck a depot in Kharkiv.', figures: [], actors: [place('actor:kharkiv', 'Kharkiv')] };
  assert.deepEqual(claimRelationship(odesa, kharkiv), { relation: 'differ-in-detail', detail: 'Odesa vs Kharkiv' });
  // One source naming a place the other leaves out is no difference; nor is a shared place with another beside it.
  assert.equal(relateClaims(odesa, { text: 'A drone struck a depot.', figures: [], actors: [] }), 'agree');
  assert.equal(relateClaims(odesa, { ...kharkiv, actors: [place('actor:kharkiv', 'Kharkiv'), place('actor:odesa', 'Odesa')] }), 'agree');
});

test('the polarity of a claim: its terms, what a negation governs through adverbs, and its denials', () => {
  const polarity = claimPolarity('Officials have not immediately confirmed the report, calling it baseless.');
  assert.deepEqual([...polarity.negated], [['confirm', 'confirmed']]);
  assert.ok(polarity.terms.has('confirm'));
  assert.ok(polarity.denials.length > 0);
  assert.equal(claimPolarity('The plant reopened on Monday.').negated.size, 0);
});

test('dates without a year compare by month and day', () => {
  const d = (iso: string, isoEnd?: string): NumberMention => figure('date', isoEnd ? { iso, isoEnd } : { iso });
  assert.equal(sameDay(d('--02-04', '--02-05'), d('2026-02-04', '2026-02-05')), true);
  assert.equal(sameDay(d('2025-02-04'), d('2026-02-04')), false);
  assert.equal(sameDay(d('--03-10'), d('--03-11')), false);
});
