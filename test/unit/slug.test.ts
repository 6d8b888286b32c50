import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { slugify } from '../../src/core/link/slug';

/** The slug as the general rule defines it, for texts of ASCII characters. */
function expected(text: string): string {
  return text.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

test('slugs of plain names and terms', () => {
  assert.equal(slugify('Volodymyr Zelenskyy'), 'volodymyr-zelenskyy');
  assert.equal(slugify("don't stop ~talks @actor:rustem-umerov"), 'dont-stop-talks-actor-rustem-umerov');
  assert.equal(slugify('  --Hello,  World!--  '), 'hello-world');
  assert.equal(slugify('...'), '');
  assert.equal(slugify('Zelenský’s office – Kyiv'), 'zelenskys-office-kyiv');
});

test('ASCII texts get the slug the general rule gives, cut at 60 characters', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = "abcXYZ019 -'_.,@~:\t";
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = Math.floor(random() * 90);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.equal(slugify(text), expected(text), JSON.stringify(text));
  }
  const long = 'word '.repeat(30);
  assert.equal(slugify(long).length, 60);
  assert.equal(slugify(long), expected(long));
});
