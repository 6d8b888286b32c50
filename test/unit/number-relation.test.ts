import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { relateNumbers } from '../../src/core/link/number-relation';
import { eventClass, subjectKey } from '../../src/core/link/number-subject';
import type { NumberMention } from '../../src/core/model';

test('equal exact figures are the same; hedged ones approximately the same', () => {
  assert.equal(relateNumbers({ amount: 240, unit: 'detainee' }, { amount: 240, unit: 'detainee' }), 'same');
  assert.equal(relateNumbers({ amount: 1200 }, { amount: 1150, approx: 'about' }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 2_000_000, approx: 'below' }, { amount: 1_900_000 }), 'approximately-same');
});

test('per side times the sides equals the total: consistent after arithmetic', () => {
  assert.equal(relateNumbers({ amount: 120, scope: 'each' }, { amount: 240, scope: 'total' }), 'consistent-after-arithmetic');
  assert.equal(relateNumbers({ amount: 240 }, { amount: 120, scope: 'each' }), 'consistent-after-arithmetic');
  // A bare 120 elsewhere is read as per side when some source says "120 each".
  assert.equal(relateNumbers({ amount: 120 }, { amount: 240 }, new Set([120])), 'consistent-after-arithmetic');
  assert.equal(relateNumbers({ amount: 120 }, { amount: 240 }), 'conflict');
});

test('figures that cannot both be true conflict', () => {
  assert.equal(
    relateNumbers({ amount: 2_000_000, approx: 'below' }, { min: 20_000, max: 90_000, approx: 'order-of-magnitude' }),
    'conflict',
  );
  assert.equal(relateNumbers({ amount: 40_000, approx: 'below' }, { amount: 12_000, approx: 'about' }), 'conflict');
  assert.equal(relateNumbers({ amount: 100, approx: 'at-least' }, { amount: 120 }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 230, approx: 'at-least' }, { amount: 400, approx: 'above' }), 'conflict');
});

test('subject keys group figures by what and which event they count', () => {
  const count = (unit: string): NumberMention => ({ kind: 'number', type: 'count', start: 0, end: 1, text: '1', value: { amount: 1, unit } });
  assert.equal(eventClass('have been killed or wounded'), 'casualties');
  assert.equal(subjectKey(count('prisoner'), () => ({ text: 'a total of 314 prisoners would be released', at: 11 })), 'count:prisoner:exchange');
  assert.equal(subjectKey(count('detainee'), () => ({ text: 'the sides swapped 120 detainees each', at: 18 })), 'count:prisoner:exchange');
  assert.equal(subjectKey(count('person'), () => ({ text: 'killed or wounded nearly 2 million people', at: 18 })), 'count:people:casualties');
  // The nearest event word wins: these people were displaced, the civilians later were killed.
  assert.equal(eventClass('nearly 40,000 people have been displaced from villages and more than 400 civilians killed', 0), 'displacement');
  assert.equal(subjectKey(count('person'), () => ({ text: 'home to 2 million people', at: 8 })), undefined);
});

test('an event word as far before the figure as another is after it: the event listed first wins, wherever it stands', () => {
  // "killed" (casualties) is listed before "released" (exchange), so it wins a tie from either side.
  assert.equal(eventClass('freed 7 killed', 4), 'casualties');
  assert.equal(eventClass('killed 12 freed', 5), 'casualties');
  assert.equal(eventClass('killed 12 freed', 6), 'exchange');
  // Every kind of event is found, including the patterns of several words.
  assert.equal(eventClass('the town changed hands twice'), undefined);
  assert.equal(eventClass('they will change hands'), 'exchange');
  assert.equal(eventClass('two jets were shot down'), 'attack');
  assert.equal(eventClass('11 remain unaccounted for'), 'missing');
  assert.equal(eventClass('the aid pledged'), 'money');
  assert.equal(eventClass('the ballots counted'), 'support');
  assert.equal(eventClass('police arrested 40'), 'arrest');
  assert.equal(eventClass('families were evacuated'), 'displacement');
});

const timeFigure = (type: 'date' | 'duration', value: NumberMention['value']): NumberMention =>
  ({ kind: 'number', type, value, start: 0, end: 1, text: 'x' });
const noClause = (): never => assert.fail('a date or a duration needs no clause');

test('a duration keys by its length in the longest whole unit, so units that say the same length meet', () => {
  assert.equal(subjectKey(timeFigure('duration', { amount: 90, unit: 'day', days: 90 }), noClause), 'duration:3 month');
  assert.equal(subjectKey(timeFigure('duration', { amount: 3, unit: 'month', days: 91.3125 }), noClause), 'duration:3 month');
  assert.equal(subjectKey(timeFigure('duration', { amount: 14, unit: 'day', days: 14 }), noClause), 'duration:2 week');
  assert.equal(subjectKey(timeFigure('duration', { amount: 2, unit: 'day', days: 2 }), noClause), 'duration:2 day');
  assert.notEqual(subjectKey(timeFigure('duration', { amount: 3, unit: 'day', days: 3 }), noClause), 'duration:2 day');
  assert.equal(subjectKey(timeFigure('duration', { min: 2, max: 5, unit: 'minute' }), noClause), undefined);
});

test('an unresolved weekday keys by its name whatever part of the day; a clock time by its time', () => {
  assert.equal(subjectKey(timeFigure('date', { relative: 'friday night', dayPart: 'night' }), noClause), 'date:friday');
  assert.equal(subjectKey(timeFigure('date', { relative: 'early friday' }), noClause), 'date:friday');
  assert.equal(subjectKey(timeFigure('date', { relative: 'yesterday' }), noClause), undefined);
  assert.equal(subjectKey(timeFigure('date', { iso: '2013-05-02', dayPart: 'late' }), noClause), 'date:05-02');
  assert.equal(subjectKey(timeFigure('date', { time: '22:45' }), noClause), 'time:22:45');
});

test('a round figure and "thousands of" roughly agree with what a reader takes them to cover', () => {
  assert.equal(relateNumbers({ amount: 200, approx: 'exact' }, { amount: 219, approx: 'exact' }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 12000, approx: 'exact' }, { amount: 12190, approx: 'exact' }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 41, approx: 'exact' }, { amount: 42, approx: 'exact' }), 'conflict');
  assert.equal(relateNumbers({ amount: 200, approx: 'exact' }, { amount: 400, approx: 'exact' }), 'conflict');
  assert.equal(relateNumbers({ min: 2000, max: 9000, approx: 'order-of-magnitude' }, { amount: 20000, approx: 'exact' }), 'approximately-same');
  assert.equal(relateNumbers({ min: 2000, max: 9000, approx: 'order-of-magnitude' }, { amount: 2e6, approx: 'exact' }), 'conflict');
  assert.equal(relateNumbers({ min: 24, max: 108, approx: 'order-of-magnitude' }, { amount: 500, approx: 'exact' }), 'conflict');
});
