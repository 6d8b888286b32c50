import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectNumbers, findDocumentDate } from '../../src/core/detect/numbers';
import { prepareText } from '../../src/core/text/prepared-text';
import { figure, spans } from './numbers-helpers';

/** Friday 6 February 2026. */
const DOC = '2026-02-06';

test('weekdays resolve to the latest such day on or before the document date', () => {
  assert.deepEqual(figure('Drones struck on Sunday.', 'Sunday', DOC).value, { iso: '2026-02-01' });
  assert.deepEqual(figure('Envoys met Saturday in Miami.', 'Saturday', DOC).value, { iso: '2026-01-31' });
  assert.deepEqual(figure('The vote is on Friday.', 'Friday', DOC).value, { iso: '2026-02-06' });
  assert.deepEqual(figure('They left last Friday.', 'last Friday', DOC).value, { iso: '2026-01-30' });
  assert.deepEqual(figure('They return next Monday.', 'next Monday', DOC).value, { iso: '2026-02-09' });
});

test('weeks, months and years relative to the document date', () => {
  assert.deepEqual(figure('Talks stalled last month.', 'last month', DOC).value, { iso: '2026-01' });
  assert.deepEqual(figure('Talks resume next month.', 'next month', DOC).value, { iso: '2026-03' });
  assert.deepEqual(figure('It has been hard this year.', 'this year', DOC).value, { iso: '2026' });
  assert.deepEqual(figure('Growth slowed last year.', 'last year', DOC).value, { iso: '2025' });
  assert.deepEqual(figure('They met last week.', 'last week', DOC).value, { iso: '2026-01-26', isoEnd: '2026-02-01' });
  assert.deepEqual(figure('They meet next week.', 'next week', DOC).value, { iso: '2026-02-09', isoEnd: '2026-02-15' });
  assert.deepEqual(figure('Strikes grew over the past week.', 'the past week', DOC).value, { iso: '2026-01-30', isoEnd: '2026-02-06' });
  assert.deepEqual(figure('It rained earlier this month.', 'earlier this month', DOC).value, { iso: '2026-02' });
  assert.deepEqual(figure('Direct talks resumed last May.', 'last May', DOC).value, { iso: '2025-05' });
});

test('yesterday, today and tomorrow', () => {
  assert.deepEqual(figure('The envoy arrived yesterday.', 'yesterday', DOC).value, { iso: '2026-02-05' });
  assert.deepEqual(figure('Talks end today.', 'today', DOC).value, { iso: '2026-02-06' });
  assert.deepEqual(figure('Talks end tomorrow.', 'tomorrow', DOC).value, { iso: '2026-02-07' });
  assert.deepEqual(spans('He spoke on the Today programme.', DOC), []);
});

test('"N units ago" resolves against the document date; "two days later" stays relative', () => {
  assert.deepEqual(figure('The war began almost four years ago.', 'almost four years ago', DOC).value, { iso: '2022', approx: 'below' });
  assert.deepEqual(figure('The ship sank three days ago.', 'three days ago', DOC).value, { iso: '2026-02-03' });
  assert.deepEqual(figure('Two days later, talks resumed.', 'Two days later', DOC).value, { relative: 'two days later' });
});

test('without a document date, relative dates keep their words and no ISO', () => {
  assert.deepEqual(figure('Drones struck on Sunday.', 'Sunday').value, { relative: 'sunday' });
  assert.deepEqual(figure('Talks stalled last month.', 'last month').value, { relative: 'last month' });
  assert.deepEqual(figure('The war began almost four years ago.', 'almost four years ago').value,
    { approx: 'below', relative: 'almost four years ago' });
});

test('"a day before" and "the day after" are relative to the story, never resolved', () => {
  assert.deepEqual(figure('A day before the talks, missiles fell.', 'A day before', DOC).value, { relative: 'a day before' });
  assert.deepEqual(figure('It rained the day after.', 'the day after', DOC).value, { relative: 'the day after' });
});

test('findDocumentDate reads a dateline or a "Published" line near the top', () => {
  const date = (text: string): string | undefined => findDocumentDate(prepareText(text));
  assert.equal(date('Talks End in the Gulf\nPublished February 6, 2026\n\nThe delegations left.'), '2026-02-06');
  assert.equal(date('Talks End\n2026-02-06\nThe delegations left.'), '2026-02-06');
  assert.equal(date('Talks End\nBy A. Writer | Feb. 6, 2026\nThe delegations left.'), '2026-02-06');
  assert.equal(date('KYIV, Feb. 6, 2026 (Wire) - The delegations left the Gulf on Thursday after two days of talks.'), '2026-02-06');
  assert.equal(date('Updated: 6 February 2026 10:42 GMT\nText.'), '2026-02-06');
});

test('findDocumentDate ignores dates in the body and dates without a year', () => {
  const date = (text: string): string | undefined => findDocumentDate(prepareText(text));
  assert.equal(date('Talks End\nThe invasion that began on February 24, 2022, has killed many people on both sides of the front.'), undefined);
  assert.equal(date('KYIV, Feb. 6 (Wire) - Talks ended.'), undefined);
  assert.equal(date('Talks End\nNo date here.'), undefined);
});

test('detectNumbers falls back to the date the document states when the context has none', () => {
  const doc = prepareText('Talks End\nPublished February 6, 2026\n\nDrones struck on Sunday.');
  const sunday = detectNumbers(doc, {}).find((m) => m.text === 'Sunday');
  assert.deepEqual(sunday?.value, { iso: '2026-02-01' });
});
