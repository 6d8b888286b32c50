import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { relateClaims, sameDay } from '../../src/core/link/claim-relation';
import type { NumberMention, NumberValue } from '../../src/core/model';

const figure = (type: NumberMention['type'], value: NumberValue): NumberMention => ({ kind: 'number', type, start: 0, end: 1, text: '1', value });

test('a denial contradicts, different figures for one thing differ in detail, the rest agree', () => {
  const swap240 = figure('count', { amount: 240, unit: 'detainee' });
  const swap300 = figure('count', { amount: 300, unit: 'prisoner' });
  assert.equal(relateClaims({ text: 'The sides agreed to free 240 detainees.', figures: [swap240] }, { text: 'The sides did not agree to any release.', figures: [] }), 'contradict');
  assert.equal(relateClaims({ text: 'The sides will free 240 detainees.', figures: [swap240] }, { text: 'Both sides will free 300 prisoners.', figures: [swap300] }), 'differ-in-detail');
  assert.equal(relateClaims({ text: 'The talks were productive.', figures: [] }, { text: 'Delegates called the talks useful.', figures: [] }), 'agree');
});

test('dates without a year compare by month and day', () => {
  const d = (iso: string, isoEnd?: string): NumberMention => figure('date', isoEnd ? { iso, isoEnd } : { iso });
  assert.equal(sameDay(d('--02-04', '--02-05'), d('2026-02-04', '2026-02-05')), true);
  assert.equal(sameDay(d('2025-02-04'), d('2026-02-04')), false);
  assert.equal(sameDay(d('--03-10'), d('--03-11')), false);
});
