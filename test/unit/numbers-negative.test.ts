import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figure, spans } from './numbers-helpers';

test('digits glued to letters are names, not figures', () => {
  assert.deepEqual(spans('The G7 met during COVID-19 to discuss F-16 jets and MH17.'), []);
  assert.deepEqual(spans('Operators rolled out 5G and 4G networks.'), []);
});

test('digits glued to a letter outside ASCII are passed over, not a crash', () => {
  // "5µg" stopped the whole analysis: the glued word was read as ASCII letters only.
  assert.deepEqual(spans('The dose was 5µg a day; particles of 10μm; it cost 300ü; around 40é.'), []);
  assert.deepEqual(spans('He was 5ft tall and 40kg, then 5µg.'), ['5ft', '40kg']);
});

test('model and route numbers after a capitalised name are not figures', () => {
  assert.deepEqual(spans('A Boeing 737 flew along U.S. Route 66 under Article 5.'), []);
  assert.deepEqual(spans('The iPhone 6 sold well.'), []);
});

test('a capitalised word before a count is fine when a plural noun follows (headlines)', () => {
  assert.equal(figure('Russia Frees 157 Prisoners', '157 Prisoners').value.amount, 157);
  assert.equal(figure('In 2019 it began.', '2019').type, 'date');
});

test('phone numbers, ratios, fractions and list markers are not figures', () => {
  assert.deepEqual(spans('Call 555-123-4567 or (202) 555-0100 or +44 20 7946 0958.'), []);
  assert.deepEqual(spans('The odds were 4:1 and the vote 9/11.'), []);
  assert.deepEqual(spans('The false claims:\n1. The first.\n2) The next.'), []);
});

test('a bare four-digit number without a date context is left alone', () => {
  assert.deepEqual(spans('He wrote 2022 on the wall.'), []);
  assert.equal(figure('Crews found 2,022 shells.', '2,022 shells').value.amount, 2022);
  assert.equal(figure('Crews found 3000 shells.', '3000 shells').value.amount, 3000);
});

test('curly and straight quotes next to figures do not change offsets', () => {
  const text = 'He said \u201C314 prisoners\u201D and then "157 each" in one \u2018week\u2019.';
  const curly = figure(text, '314 prisoners');
  assert.equal(curly.start, text.indexOf('314'));
  assert.equal(figure(text, '157 each').value.scope, 'each');
});

test('single curly quotes around a count keep its noun; a two-digit year after an apostrophe is skipped', () => {
  assert.equal(figure('He called it \u2018314 prisoners\u2019 in all.', '314 prisoners').value.unit, 'prisoner');
  assert.deepEqual(spans('Back in \u201908 it was calm.'), []);
});

test('a number inside a quotation is found', () => {
  assert.equal(figure('\u201CWe lost 40 men,\u201D the captain said.', '40 men').value.unit, 'man');
});

test('sub-zero and hyphen-glued number words are not figures', () => {
  assert.deepEqual(spans('Sub-zero nights and a one-off deal.'), []);
});

test('section and number signs mark references, not figures', () => {
  assert.deepEqual(spans('Under \u00A7 12 and No. 5 of the code.'), []);
});
