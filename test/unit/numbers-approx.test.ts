import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Approximation } from '../../src/core/model';
import { figure } from './numbers-helpers';

test('hedges before a figure set its approximation and join its span', () => {
  const cases: [string, string, Approximation][] = [
    ['The war has hurt nearly 2 million people.', 'nearly 2 million people', 'below'],
    ['Almost 40 villages emptied.', 'Almost 40 villages', 'below'],
    ['It cost just under 90 lives.', 'just under 90 lives', 'below'],
    ['About 20 boats sank.', 'About 20 boats', 'about'],
    ['Around 300 guests came.', 'Around 300 guests', 'about'],
    ['They flew roughly 600 sorties.', 'roughly 600 sorties', 'about'],
    ['Some 3,000 workers struck.', 'Some 3,000 workers', 'about'],
    ['More than 70 drones flew.', 'More than 70 drones', 'above'],
    ['Over 500 homes burned.', 'Over 500 homes', 'above'],
    ['At least 12 rockets hit.', 'At least 12 rockets', 'at-least'],
    ['Up to 80 trucks wait.', 'Up to 80 trucks', 'at-most'],
    ['As many as 50 ships sailed.', 'As many as 50 ships', 'at-most'],
  ];
  for (const [text, span, approx] of cases) assert.equal(figure(text, span).value.approx, approx, span);
});

test('"nearly 2 million people" keeps its amount and unit', () => {
  assert.deepEqual(figure('Estimates put it at nearly 2 million people.', 'nearly 2 million people').value,
    { amount: 2e6, unit: 'person', approx: 'below' });
});

test('vague plurals are orders of magnitude: "tens of thousands" spans 20,000 to 90,000', () => {
  assert.deepEqual(figure('The floods displaced tens of thousands of people.', 'tens of thousands of people').value,
    { min: 20000, max: 90000, approx: 'order-of-magnitude', unit: 'person' });
  assert.deepEqual(figure('Dozens of homes were lost.', 'Dozens of homes').value,
    { min: 24, max: 108, approx: 'order-of-magnitude', unit: 'home' });
  assert.deepEqual(figure('They evacuated hundreds of civilians.', 'hundreds of civilians').value,
    { min: 200, max: 900, approx: 'order-of-magnitude', unit: 'civilian' });
  assert.deepEqual(figure('The camp held several hundred families.', 'several hundred families').value,
    { min: 300, max: 900, approx: 'order-of-magnitude', unit: 'family' });
  assert.deepEqual(figure('Millions fled.', 'Millions').value, { min: 2e6, max: 9e6, approx: 'order-of-magnitude' });
});

test('"tens" alone, without "of", is not a figure', () => {
  assert.throws(() => figure('The tens column was wrong.', 'tens'));
});

test('ranges: "10-12", "10 to 12", "between 10 and 12", "two or three"', () => {
  assert.deepEqual(figure('It took 10-12 boats.', '10-12 boats').value, { min: 10, max: 12, unit: 'boat', approx: 'exact' });
  assert.deepEqual(figure('It took 10\u201312 boats.', '10\u201312 boats').value, { min: 10, max: 12, unit: 'boat', approx: 'exact' });
  assert.deepEqual(figure('It took 10 to 12 boats.', '10 to 12 boats').value, { min: 10, max: 12, unit: 'boat', approx: 'exact' });
  assert.deepEqual(figure('It took between 10 and 12 boats.', 'between 10 and 12 boats').value, { min: 10, max: 12, unit: 'boat', approx: 'exact' });
  assert.deepEqual(figure('It took two or three boats.', 'two or three boats').value, { min: 2, max: 3, unit: 'boat', approx: 'exact' });
  assert.deepEqual(figure('It cost 5-6 million people their homes.', '5-6 million people').value, { min: 5e6, max: 6e6, unit: 'person', approx: 'exact' });
});

test('"from 10 to 12" is a change, not a range; "2-1" is a score', () => {
  assert.equal(figure('Seats rose from 10 to 12 members.', '10').value.amount, 10);
  assert.throws(() => figure('They won 2-1 on Sunday.', '2'));
});

test('"20+ minutes" and "300 or so" are hedged', () => {
  assert.equal(figure('We waited 20+ minutes.', '20+ minutes').value.approx, 'above');
  assert.equal(figure('It drew 300 or so protesters? No: 300 or so.', '300 or so').value.approx, 'about');
});
