import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figureContextOf, pairFigures, type ComparedFigure } from '../../src/core/link/figure-comparison';
import { relateNumbers } from '../../src/core/link/number-relation';
import type { NumberMention, NumberValue } from '../../src/core/model';

/** A figure written as `[[...]]` inside `sentence`, read as the linker reads it. */
function figure(sentence: string, value: NumberValue, extra: Partial<ComparedFigure> = {}, type: NumberMention['type'] = 'count'): ComparedFigure {
  const at = sentence.indexOf('[[');
  const text = sentence.slice(at + 2, sentence.indexOf(']]'));
  const plain = sentence.replace('[[', '').replace(']]', '');
  const mention: NumberMention = { kind: 'number', type, start: at, end: at + text.length, text, value };
  return { mention, context: figureContextOf({ text: plain, at }, mention), dates: [], aggregate: false, ...extra };
}

const ferry = (n: number, amount: number): ComparedFigure =>
  figure(`The ferry sank off Halvik harbour with [[${n} passengers]] aboard, the coastguard said`, { amount, unit: 'passenger' });

test('two tellings of one event with different counts are compared', () => {
  assert.equal(pairFigures(ferry(40, 40), ferry(52, 52)), 'compare');
  const near = figure('Rescuers said the boat capsized off Halvik harbour carrying [[52 passengers]] when it sank', { amount: 52, unit: 'passenger' });
  assert.equal(pairFigures(ferry(40, 40), near), 'compare');
});

test('a part or an increment is never set against the whole', () => {
  const whole = figure('Police said [[30 protesters]] were arrested in the square on the first night', { amount: 30, unit: 'protester' });
  const more = figure('Police said [[12 more protesters]] were arrested in the square on the first night', { amount: 12, unit: 'protester' });
  const another = figure('Police said another [[12 protesters]] were arrested in the square on the first night', { amount: 12, unit: 'protester' });
  const sequence = figure('Witnesses heard [[four shots]] in the square, a pause, then two more shots', { amount: 4, unit: 'shot' });
  assert.equal(pairFigures(whole, more), 'apart');
  assert.equal(pairFigures(whole, another), 'apart');
  assert.equal(sequence.context?.partial, true);
});

test('a forecast, a scale word or a lower bound that a later count passes is not contradicted', () => {
  const forecast = figure('Analysts say the new tablet will cost [[$900]] at launch in the spring', { amount: 900, unit: 'USD' }, {}, 'money');
  const stated = figure('Analysts say the new tablet costs [[$600]] at launch in the spring', { amount: 600, unit: 'USD' }, {}, 'money');
  assert.equal(pairFigures(forecast, stated), 'apart');
  const scale = figure('The storm left [[thousands of families]] without power across the valley', { min: 2000, max: 9000, approx: 'order-of-magnitude', unit: 'family' });
  const count = figure('The storm left [[800 families]] without power across the valley', { amount: 800, unit: 'family' });
  assert.equal(pairFigures(scale, count), 'apart');
  const early = figure('Divers recovered [[at least 15 bodies]] from the lake near the old dam', { amount: 15, approx: 'at-least', unit: 'body' });
  const later = figure('Divers recovered [[28 bodies]] from the lake near the old dam', { amount: 28, unit: 'body' });
  const fewer = figure('Divers recovered [[9 bodies]] from the lake near the old dam', { amount: 9, unit: 'body' });
  assert.equal(pairFigures(early, later), 'apart');
  assert.equal(pairFigures(early, fewer), 'compare');
});

test('different names, periods, scopes or rates keep figures apart', () => {
  const ages = (name: string, age: number): ComparedFigure =>
    figure(`The court heard that ${name}, [[${age}]], had worked at the depot for years`, { amount: age, unit: 'years old' });
  assert.equal(pairFigures(ages('Tomas Verlin', 44), ages('Ruth Amsel', 47)), 'apart');
  assert.equal(pairFigures(ages('Tomas Verlin', 44), ages('Tomas Verlin', 45)), 'compare');
  assert.equal(pairFigures(ages('the driver', 44), ages('the driver', 45)), 'apart');
  const thisYear = figure('The rebels have fought since 2011, with [[some 900 villagers]] reportedly killed this year', { amount: 900, unit: 'villager' });
  const since = figure('The rebels have reportedly killed [[4,000 villagers]] in the years since 2011', { amount: 4000, unit: 'villager' });
  assert.equal(pairFigures(thisYear, since), 'apart');
  const british = figure('The group still holds [[two British hostages]] in the north, officials said', { amount: 2, unit: 'hostage' });
  const american = figure('The group still holds [[three American hostages]] in the north, officials said', { amount: 3, unit: 'hostage' });
  assert.equal(pairFigures(british, american), 'apart');
  const total = figure('Floods have displaced [[9,000 residents]] across the delta so far', { amount: 9000, unit: 'resident' }, { aggregate: true });
  const town = figure('Floods have displaced [[700 residents]] across the delta so far', { amount: 700, unit: 'resident' });
  assert.equal(pairFigures(total, town), 'apart');
});

test('figures dated to different days are an update, not a conflict', () => {
  const monday = figure('The toll from the quake in the hill towns rose to [[120 people]] dead', { amount: 120, unit: 'person' }, { dates: ['date:03-02'] });
  const friday = figure('The toll from the quake in the hill towns rose to [[310 people]] dead', { amount: 310, unit: 'person' }, { dates: ['date:03-06'] });
  assert.equal(pairFigures(monday, friday), 'updated');
});

test('a gap of a hundredth is rounding, not a disagreement', () => {
  assert.equal(relateNumbers({ amount: 349, unit: 'USD' }, { amount: 350, unit: 'USD' }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 9999, unit: 'USD' }, { amount: 10000, unit: 'USD' }), 'approximately-same');
  assert.equal(relateNumbers({ amount: 340, unit: 'USD' }, { amount: 350, unit: 'USD' }), 'conflict');
});
