import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figure, spans } from './numbers-helpers';

test('percentages in every spelling', () => {
  for (const [text, span] of [
    ['Turnout was 12 percent.', '12 percent'],
    ['Turnout was 12%.', '12%'],
    ['Turnout was 12 per cent.', '12 per cent'],
    ['Turnout was twelve percent.', 'twelve percent'],
  ]) {
    const m = figure(text, span);
    assert.equal(m.type, 'percent', span);
    assert.deepEqual(m.value, { amount: 12, unit: 'percent', approx: 'exact' }, span);
  }
  assert.deepEqual(figure('Russia holds about 20 percent of the land.', 'about 20 percent').value,
    { amount: 20, unit: 'percent', approx: 'about' });
  assert.equal(figure('Rates rose 0.5 percentage points.', '0.5 percentage points').value.unit, 'percentage point');
});

test('money: symbol or code first, or currency name after, normalised to ISO 4217 and a plain amount', () => {
  const cases: [string, string, number, string][] = [
    ['The fund pledged $5 billion.', '$5 billion', 5e9, 'USD'],
    ['The fund pledged \u20AC3m.', '\u20AC3m', 3e6, 'EUR'],
    ['The fine was 5 million dollars.', '5 million dollars', 5e6, 'USD'],
    ['The fine was \u00A3200.', '\u00A3200', 200, 'GBP'],
    ['Exports reached US$1.2bn.', 'US$1.2bn', 1.2e9, 'USD'],
    ['The bond raised USD 40 million.', 'USD 40 million', 4e7, 'USD'],
    ['The budget was 900 billion rubles.', '900 billion rubles', 9e11, 'RUB'],
    ['A loan of 30 billion euros.', '30 billion euros', 3e10, 'EUR'],
    ['He paid $1,500.', '$1,500', 1500, 'USD'],
  ];
  for (const [text, span, amount, unit] of cases) {
    const m = figure(text, span);
    assert.equal(m.type, 'money', span);
    assert.equal(m.value.amount, amount, span);
    assert.equal(m.value.unit, unit, span);
  }
});

test('money ranges, hedges and rates', () => {
  assert.deepEqual(figure('It may cost between $4,000 and $5,000.', 'between $4,000 and $5,000').value,
    { min: 4000, max: 5000, unit: 'USD', approx: 'exact' });
  assert.deepEqual(figure('Damage reached nearly $2 billion.', 'nearly $2 billion').value,
    { amount: 2e9, unit: 'USD', approx: 'below' });
  assert.deepEqual(figure('Oil sold at $70 a barrel.', '$70 a barrel').value, { amount: 70, unit: 'USD', per: 'barrel', approx: 'exact' });
  assert.equal(figure('The pipe carries 1 million barrels per day.', '1 million barrels per day').value.per, 'day');
});

test('quantities with units, spelled out, abbreviated, glued or hyphenated', () => {
  const cases: [string, string, number, string][] = [
    ['The front runs 700 miles.', '700 miles', 700, 'mile'],
    ['They advanced 12 km.', '12 km', 12, 'km'],
    ['They advanced 5km.', '5km', 5, 'km'],
    ['It shipped 40,000 tonnes of grain.', '40,000 tonnes', 40000, 'tonne'],
    ['Seized: 250 kilograms of cocaine.', '250 kilograms', 250, 'kg'],
    ['Output fell by 300,000 barrels.', '300,000 barrels', 300000, 'barrel'],
    ['The plant makes 950 megawatts.', '950 megawatts', 950, 'MW'],
    ['A 155mm shell landed.', '155mm', 155, 'mm'],
    ['The zone covers 30 square kilometres.', '30 square kilometres', 30, 'sq km'],
    ['The zone covers a 700-mile front.', '700-mile', 700, 'mile'],
    ['It was 40 degrees Celsius.', '40 degrees Celsius', 40, '\u00B0C'],
  ];
  for (const [text, span, amount, unit] of cases) {
    const m = figure(text, span);
    assert.equal(m.type, 'quantity', span);
    assert.equal(m.value.amount, amount, span);
    assert.equal(m.value.unit, unit, span);
  }
});

test('a glued "m" is metres on its own and millions only for money', () => {
  assert.equal(figure('A 5m wall.', '5m').value.unit, 'm');
  assert.equal(figure('A \u00A35m grant.', '\u00A35m').value.amount, 5e6);
  assert.deepEqual(spans('Rings of 18K gold.'), []);
});
