import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figure, spans } from './numbers-helpers';

test('durations carry their length in days, so units compare', () => {
  const cases: [string, string, number][] = [
    ['The siege lasted four years.', 'four years', 1461],
    ['Talks ran for two days.', 'two days', 2],
    ['The truce held 48 hours.', '48 hours', 2],
    ['The mission took two weeks.', 'two weeks', 14],
    ['It took 14 days.', '14 days', 14],
    ['The war went on for 12 months.', '12 months', 365.25],
    ['A shift lasted three hours.', 'three hours', 0.125],
  ];
  for (const [text, span, days] of cases) {
    const m = figure(text, span);
    assert.equal(m.type, 'duration', span);
    assert.equal(m.value.days, days, span);
  }
});

test('hyphenated durations, with U+2011 non-breaking hyphens, keep the original text', () => {
  const text = 'It ended the nearly four\u2011year\u2011long war after a two\u2011day summit.';
  const war = figure(text, 'nearly four\u2011year\u2011long');
  assert.equal(war.type, 'duration');
  assert.deepEqual(war.value, { amount: 4, unit: 'year', days: 1461, approx: 'below' });
  assert.deepEqual(figure(text, 'two\u2011day').value, { amount: 2, unit: 'day', days: 2, approx: 'exact' });
});

test('"nearly four years" is a hedged duration, but "over two days" means during', () => {
  assert.equal(figure('After nearly four years of war.', 'nearly four years').value.approx, 'below');
  assert.equal(figure('Talks held over two days ended.', 'two days').value.approx, 'exact');
});

test('"a year" and "one day" are durations only where they measure time', () => {
  assert.equal(figure('The ban holds for a year.', 'a year').value.days, 365.25);
  assert.equal(figure('He was jailed for one month.', 'one month').value.days, 30.4375);
  assert.deepEqual(spans('One day we will return. A week of talks began.'), []);
});

test('ordinals carry their number and the noun they order', () => {
  assert.deepEqual(figure('The war enters its fifth year.', 'fifth year').value, { amount: 5, unit: 'year' });
  assert.deepEqual(figure('It was the second day of talks.', 'second day').value, { amount: 2, unit: 'day' });
  assert.deepEqual(figure('He lost in the 3rd round.', '3rd round').value, { amount: 3, unit: 'round' });
  assert.deepEqual(figure('A crisis of the 21st century.', '21st century').value, { amount: 21, unit: 'century' });
  assert.deepEqual(figure('It was the twenty-first session.', 'twenty-first session').value, { amount: 21, unit: 'session' });
  assert.deepEqual(figure('For the third consecutive year.', 'third consecutive year').value, { amount: 3, unit: 'year' });
  assert.equal(figure('It is the first swap since spring.', 'first swap').type, 'ordinal');
});

test('an ordinal without a noun it orders is not marked', () => {
  assert.deepEqual(spans('The talks, first held in spring, came second. First, the envoy spoke.'), []);
  assert.deepEqual(spans('It was the Second World War.'), []);
});

test('clock times are times of day in 24-hour form, with no stray counts', () => {
  assert.deepEqual(spans('Shelling began at 7 a.m. and ended by 9:30.'), ['7 a.m.', '9:30']);
  assert.deepEqual(figure('Shelling began at 7 a.m. and ended by 9:30.', '9:30').value, { time: '09:30' });
  assert.deepEqual(figure('The call came at 11pm.', '11pm').value, { time: '23:00' });
  assert.deepEqual(figure('The blaze was reported at 3:33 a. m. by a neighbour.', '3:33 a. m.').value, { time: '03:33' });
  assert.deepEqual(figure('Guards found him around midnight.', 'midnight').value, { time: '00:00' });
  assert.equal(figure('The call came at 10:45 P.M. local time.', '10:45 P.M.').type, 'date');
});

test('hours and minutes without a.m. or p.m. are a time only where the words say so', () => {
  assert.deepEqual(spans('The final score was 3:1 and the ratio 9:30 held.'), []);
  assert.deepEqual(spans('Noon is a film. Midnight Express too.'), []);
  assert.deepEqual(figure('Voting closed 20:00 GMT.', '20:00 GMT').value, { time: '20:00' });
  assert.deepEqual(spans('The ceasefire began 13:61 later.'), []);
});

test('parts of a day are dates, resolved against the document date when there is one', () => {
  const dated = '2026-02-06';
  assert.deepEqual(figure('Crews arrived this morning.', 'this morning', dated).value, { iso: '2026-02-06', dayPart: 'morning' });
  assert.deepEqual(figure('The fire broke out last night.', 'last night', dated).value, { iso: '2026-02-05', dayPart: 'night' });
  assert.deepEqual(figure('It began late Thursday night.', 'late Thursday night', dated).value, { iso: '2026-02-05', dayPart: 'night' });
  assert.deepEqual(figure('It began early Friday morning.', 'early Friday morning').value, { relative: 'early friday morning', dayPart: 'morning' });
  assert.deepEqual(figure('The fire broke out last night.', 'last night').value, { relative: 'last night', dayPart: 'night' });
  assert.deepEqual(figure('He was arrested yesterday afternoon.', 'yesterday afternoon', dated).value, { iso: '2026-02-05', dayPart: 'afternoon' });
  assert.deepEqual(figure('The team faltered last season.', 'last season', dated).value, { relative: 'last season' });
  assert.deepEqual(figure('It ended late Thursday.', 'late Thursday', dated).value, { iso: '2026-02-05', dayPart: 'late' });
});

test('a few hours, a couple of days and several weeks are lengths of time without one number', () => {
  assert.deepEqual(figure('She left after a few minutes.', 'a few minutes').value, { min: 2, max: 5, unit: 'minute', approx: 'exact' });
  assert.equal(figure('Assessing it will take a couple of days.', 'a couple of days').type, 'duration');
  assert.equal(figure('He was caught a few hours later.', 'a few hours later').type, 'date');
  assert.deepEqual(spans('A few people came; several dozen left.'), ['several dozen']);
});

test('a 24-hour time written with a redundant "pm" keeps its hour', () => {
  assert.deepEqual(figure('It struck at 17:06 pm on Sunday.', '17:06 pm').value, { time: '17:06' });
});
