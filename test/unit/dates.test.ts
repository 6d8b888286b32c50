import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figure, figures, spans } from './numbers-helpers';

const DOC = '2026-02-06';

test('a full date normalises to ISO', () => {
  for (const [text, span] of [
    ['The invasion began on February 24, 2022.', 'February 24, 2022'],
    ['The invasion began on 24 February 2022.', '24 February 2022'],
    ['The invasion began on Feb. 24, 2022.', 'Feb. 24, 2022'],
    ['The invasion began on Feb 24 2022.', 'Feb 24 2022'],
    ['The invasion began on the 24th of February, 2022.', '24th of February, 2022'],
    ['The invasion began on 2022-02-24.', '2022-02-24'],
  ]) {
    const m = figure(text, span);
    assert.equal(m.type, 'date', span);
    assert.deepEqual(m.value, { iso: '2022-02-24' }, span);
  }
});

test('a month and year, and a year in a date context', () => {
  assert.deepEqual(figure('The first round met in January 2026.', 'January 2026').value, { iso: '2026-01' });
  assert.deepEqual(figure('He was jailed in March of 2004.', 'March of 2004').value, { iso: '2004-03' });
  assert.deepEqual(figure('Fighting has gone on since 2014.', '2014').value, { iso: '2014' });
  assert.deepEqual(figure('It happened in 2022.', '2022').value, { iso: '2022' });
  assert.deepEqual(figure('The 1994 Budapest Memorandum failed.', '1994').value, { iso: '1994' });
  assert.deepEqual(figure('Its 2022 invasion changed that.', '2022').value, { iso: '2022' });
  assert.deepEqual(figure('Trade fell in mid-2022.', 'mid-2022').value, { iso: '2022' });
  assert.deepEqual(figure('Prices peaked in the 1990s.', '1990s').value, { iso: '1990', isoEnd: '1999' });
  assert.deepEqual(figure('The program ran from 2014 to 2022.', '2014 to 2022').value, { iso: '2014', isoEnd: '2022' });
  assert.deepEqual(figure('The 2022-23 season.', '2022-23').value, { iso: '2022', isoEnd: '2023' });
});

test('every written form of a two-day range gives the same ISO range from the document date', () => {
  const forms = [
    'February 4 and 5', 'February 4th and 5th', 'February 4\u20135', 'February 4-5', 'Feb. 4-5', '4-5 February',
    '4 and 5 February', 'February 4 to 5',
  ];
  for (const form of forms) {
    const m = figure(`The talks are set for ${form} in the Gulf.`, form, DOC);
    assert.deepEqual(m.value, { iso: '2026-02-04', isoEnd: '2026-02-05' }, form);
  }
});

test('without a document date or a year nearby, a year-less date uses the ISO "--MM-DD" form', () => {
  assert.deepEqual(figure('The talks are set for February 4\u20135.', 'February 4\u20135').value, { iso: '--02-04', isoEnd: '--02-05' });
  assert.deepEqual(figure('The envoy spoke on February 5.', 'February 5').value, { iso: '--02-05' });
  assert.deepEqual(figure('It began in early October.', 'early October').value, { iso: '--10' });
});

test('a year-less date takes a year written in the same sentence, or earlier on the same line', () => {
  assert.deepEqual(figure('After talks in January 2026 and again on February 4, hopes rose.', 'February 4').value, { iso: '2026-02-04' });
  const text = 'Round one met in January 2026. Round two is set for February 4-5.\nOn February 9 the envoy left.';
  assert.deepEqual(figure(text, 'February 4-5').value, { iso: '2026-02-04', isoEnd: '2026-02-05' });
  assert.deepEqual(figure(text, 'February 9').value, { iso: '--02-09' });
});

test('a day the document dates once keeps that year where it is named again', () => {
  const text = 'Talks open February 4 and 5.\nAfter January 2026 came the round of February 4\u20135.';
  assert.deepEqual(figures(text).map((m) => m.value.iso), ['2026-02-04', '2026-01', '2026-02-04']);
});

test('the document date picks the nearest year: a December named in February is the one just past', () => {
  assert.deepEqual(figure('The strike on December 20 killed four.', 'December 20', DOC).value, { iso: '2025-12-20' });
  assert.deepEqual(figure('Talks resume on March 3.', 'March 3', DOC).value, { iso: '2026-03-03' });
});

test('a range across months and a range across a new year', () => {
  assert.deepEqual(figure('Talks ran February 28 - March 2, 2026.', 'February 28 - March 2, 2026').value,
    { iso: '2026-02-28', isoEnd: '2026-03-02' });
  assert.deepEqual(figure('The truce ran December 30-January 2.', 'December 30-January 2', DOC).value,
    { iso: '2025-12-30', isoEnd: '2026-01-02' });
});

test('a month name alone is a date only after a preposition or early/mid/late; never "may" the verb', () => {
  assert.deepEqual(figure('The offensive began in March.', 'March').value, { iso: '--03' });
  assert.deepEqual(figure('It peaked in mid-February.', 'mid-February').value, { iso: '--02' });
  assert.deepEqual(spans('Troops may march. May we go? Theresa May spoke.'), []);
});

test('impossible days are not dates', () => {
  assert.deepEqual(spans('It was set for February 30 and April 31.').filter((s) => /February|April/.test(s)), []);
});

test('eras: "31 AD" and "44 BC" (astronomical year numbering)', () => {
  assert.deepEqual(figure('Built in 31 AD.', '31 AD').value, { iso: '0031' });
  assert.deepEqual(figure('Killed in 44 BC.', '44 BC').value, { iso: '-0043' });
});
