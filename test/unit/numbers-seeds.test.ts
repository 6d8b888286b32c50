import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectNumbers } from '../../src/core/detect/numbers';
import type { NumberMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

/**
 * The five seed articles the product began with, read from the shared folder beside the
 * repository; skipped where that folder is absent. Checks the figures PRODUCT.md names.
 */
const SEEDS = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const present = existsSync(SEEDS);

function seedFigures(): NumberMention[][] {
  return readdirSync(SEEDS).sort().map((f) => detectNumbers(prepareText(readFileSync(join(SEEDS, f), 'utf8')), {}));
}

const find = (docs: NumberMention[][], predicate: (m: NumberMention) => boolean): NumberMention[] =>
  docs.flat().filter(predicate);

test('seeds: 314 in total and 157 each are found with their scope', { skip: !present && 'no ../shared/seeds' }, () => {
  const docs = seedFigures();
  const prisoners = find(docs, (m) => m.value.unit === 'prisoner');
  assert.ok(prisoners.some((m) => m.value.amount === 314 && m.value.scope === 'total'));
  assert.ok(prisoners.some((m) => m.value.amount === 157 && m.value.scope === 'each'));
});

test('seeds: "nearly 2 million people" and "tens of thousands of people"', { skip: !present && 'no ../shared/seeds' }, () => {
  const people = find(seedFigures(), (m) => m.value.unit === 'person');
  assert.ok(people.some((m) => m.value.amount === 2e6 && m.value.approx === 'below'));
  assert.ok(people.some((m) => m.value.min === 20000 && m.value.approx === 'order-of-magnitude'));
});

test('seeds: the four spellings of February 4–5 give one ISO range', { skip: !present && 'no ../shared/seeds' }, () => {
  const ranges = find(seedFigures(), (m) => m.type === 'date' && m.value.isoEnd !== undefined && m.value.iso!.endsWith('02-04'));
  const texts = ranges.map((m) => m.text.replace(/\u2013/g, '–'));
  for (const form of ['February 4 and 5', 'February 4th and 5th', 'February 4–5', 'February 4-5']) {
    assert.ok(texts.includes(form), `${form} in ${JSON.stringify(texts)}`);
  }
  for (const m of ranges) assert.ok(m.value.isoEnd!.endsWith('02-05'));
});

test('seeds: the U+2011 "four‑year‑long" is a duration of about four years', { skip: !present && 'no ../shared/seeds' }, () => {
  const war = find(seedFigures(), (m) => m.text.includes('four\u2011year\u2011long'));
  assert.equal(war.length, 1);
  assert.deepEqual([war[0].type, war[0].value.days, war[0].value.approx], ['duration', 1461, 'below']);
});
