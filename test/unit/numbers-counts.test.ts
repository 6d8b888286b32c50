import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figure, figures, spans } from './numbers-helpers';

test('a count spans the number and the plural noun it counts, singularised', () => {
  const m = figure('Officials said 314 prisoners would go home.', '314 prisoners');
  assert.equal(m.type, 'count');
  assert.deepEqual(m.value, { amount: 314, unit: 'prisoner', approx: 'exact' });
});

test('a compound noun keeps its modifier; adjectives and adverbs are dropped from the unit', () => {
  assert.equal(figure('The army counted 90 attack drones overnight.', '90 attack drones').value.unit, 'attack drone');
  assert.equal(figure('Shells hit nine different villages.', 'nine different villages').value.unit, 'village');
  assert.equal(figure('They named three deeply divisive questions.', 'three deeply divisive questions').value.unit, 'question');
});

test('irregular plurals are singularised', () => {
  assert.equal(figure('The strike hurt 12 people and two children.', '12 people').value.unit, 'person');
  assert.equal(figure('The strike hurt 12 people and two children.', 'two children').value.unit, 'child');
  assert.equal(figure('Four women were rescued.', 'Four women').value.unit, 'woman');
  assert.equal(figure('It counted 40 casualties.', '40 casualties').value.unit, 'casualty');
  assert.equal(figure('Guards held 22 police officers.', '22 police officers').value.unit, 'police officer');
});

test('"each" after a count sets the per-side scope and joins the span', () => {
  const m = figure('Both delegations agreed to hand over 157 prisoners each, officials said.', '157 prisoners each');
  assert.deepEqual(m.value, { amount: 157, unit: 'prisoner', scope: 'each', approx: 'exact' });
  assert.equal(figure('They freed 157 each.', '157 each').value.scope, 'each');
});

test('"a total of" before and "in total" after set the total scope', () => {
  assert.deepEqual(figure('The envoy said a total of 314 captives would be freed.', 'a total of 314 captives').value,
    { amount: 314, unit: 'captive', scope: 'total', approx: 'exact' });
  assert.equal(figure('Both sides released 314 in total.', '314 in total').value.scope, 'total');
  assert.equal(figure('The clinic treated 40 patients in all.', '40 patients in all').value.scope, 'total');
});

test('number words up to the hundreds of thousands', () => {
  const cases: [string, string, number][] = [
    ['Rescuers saw twenty-five boats.', 'twenty-five boats', 25],
    ['It sheltered two hundred and fifty families.', 'two hundred and fifty families', 250],
    ['There were nine hundred ninety-nine thousand nine hundred ninety-nine votes.', 'nine hundred ninety-nine thousand nine hundred ninety-nine votes', 999999],
    ['Police questioned a dozen witnesses.', 'a dozen witnesses', 12],
    ['The road carried a hundred trucks.', 'a hundred trucks', 100],
    ['They expect half a million visitors.', 'half a million visitors', 500000],
    ['The stadium holds ten thousand fans.', 'ten thousand fans', 10000],
  ];
  for (const [text, span, amount] of cases) assert.equal(figure(text, span).value.amount, amount, span);
});

test('digits with separators and scales', () => {
  assert.equal(figure('Some 3,500 troops moved.', 'Some 3,500 troops').value.amount, 3500);
  assert.equal(figure('The region has 1.5 billion residents.', '1.5 billion residents').value.amount, 1.5e9);
  assert.equal(figure('It reached 3.5m people.', '3.5m people').value.amount, 3.5e6);
  assert.deepEqual(figure('They counted 2 million people.', '2 million people').value, { amount: 2e6, unit: 'person', approx: 'exact' });
});

test('"1,000" is a thousand; "1.000" is one (a full stop is always a decimal point)', () => {
  assert.equal(figure('He signed 1,000 letters.', '1,000 letters').value.amount, 1000);
  assert.equal(figure('He signed 1.000 letters.', '1.000 letters').value.amount, 1);
});

test('"seven times" and "two days" are figures in words', () => {
  assert.deepEqual(figure('The envoy met him seven times last year.', 'seven times').value, { amount: 7, unit: 'time', approx: 'exact' });
  assert.equal(figure('Talks lasted two days.', 'two days').type, 'duration');
});

test('a lone number word without a noun is not a figure; a lone digit count is', () => {
  assert.deepEqual(spans('Two of them left, and three stayed behind.'), []);
  assert.deepEqual(figure('The toll rose to 14, officials said.', '14').value, { amount: 14, approx: 'exact' });
});

test('"one" as a pronoun or before a singular noun is not a count', () => {
  assert.deepEqual(spans('It was one of the largest raids, one small step, and no one was hurt.'), []);
  assert.deepEqual(spans('The panel was one-sided.'), []);
});

test('a small number between commas after a name, or after "aged", is an age', () => {
  assert.deepEqual(figure('The reporter, Mira Tan, 31, filed the story.', '31').value, { amount: 31, unit: 'years old', approx: 'exact' });
  assert.equal(figure('A driver aged 59 was hurt.', '59').value.unit, 'years old');
  assert.equal(figure('A 59-year-old driver was hurt.', '59-year-old').value.unit, 'years old');
});

test('figures come in text order and never overlap', () => {
  const all = figures('Between 10 and 12 boats carried 300 people, some 40 children among them, on 4-5 March.');
  for (let i = 1; i < all.length; i++) assert.ok(all[i].start >= all[i - 1].end, `${all[i - 1].text} overlaps ${all[i].text}`);
  assert.deepEqual(all.map((m) => m.text), ['Between 10 and 12 boats', '300 people', 'some 40 children', '4-5 March']);
});
