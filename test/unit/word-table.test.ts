import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { forEachWordIn } from '../../src/core/detect/claims/terms';
import { sameLengthLower, termIdsIn, termIdsOf } from '../../src/core/link/claim-features';
import { ABSENT, hashOf, WordTable } from '../../src/core/text/word-table';

test('a word is found where it stands in any text, and only the same word is', () => {
  const table = new WordTable();
  const text = 'the envoys met; the envoy left';
  table.add('envoy', hashOf('envoy', 0, 5), 7);
  const at = text.lastIndexOf('envoy');
  assert.equal(table.get(text, at, at + 5, hashOf(text, at, at + 5)), 7);
  assert.equal(table.get(text, 4, 10, hashOf(text, 4, 10)), ABSENT, 'a longer word that starts the same');
  assert.equal(table.get(text, 4, 9, hashOf(text, 4, 9)), 7, 'the same letters inside a longer word');
  assert.equal(table.get(text, 0, 3, hashOf(text, 0, 3)), ABSENT);
});

test('thousands of words, colliding slots and growth included, each keep their value', () => {
  const table = new WordTable();
  const words = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}é${i % 7}`);
  words.forEach((word, i) => table.add(word, hashOf(word, 0, word.length), i - 3000));
  assert.equal(table.size, words.length);
  const text = words.join(' ');
  let at = 0;
  words.forEach((word, i) => {
    assert.equal(table.get(text, at, at + word.length, hashOf(text, at, at + word.length)), i - 3000);
    at += word.length + 1;
  });
  table.clear();
  assert.equal(table.size, 0);
  assert.equal(table.get(text, 0, words[0].length, hashOf(text, 0, words[0].length)), ABSENT);
});

test('claim terms read in place in the lower-cased document equal those of the lower-cased slice', () => {
  const documents = [
    "Envoy Lena Marsh said the talks were productive. Marsh's team exchanged 314 prisoners, it's said.",
    'Ministers in Łódź and Zürich rejected the “fruitful” re-negotiations — twice — on Feb. 4–5.',
    'Talks\u00a0resumed; negotiators—tired—agreed to a ceasefire-in-place after 12 hours.',
    'A claim with 𝒞ursive letters outside the plane, and the refusal of the deal.',
    // Outside the plane right after a word: the character that ends the word must be looked at too.
    'Talks ended abruptly𝒞 after the ceasefire deal was agreed.',
  ];
  for (const folded of documents) {
    const lower = sameLengthLower(folded);
    assert.ok(lower, folded);
    for (let start = 0; start < folded.length; start += 7) {
      for (const end of [start + 1, start + 13, start + 40, folded.length]) {
        const to = Math.min(end, folded.length);
        assert.deepEqual(termIdsIn(lower, start, to, folded), termIdsOf(folded.slice(start, to)), `${start}-${to} of ${folded}`);
      }
    }
  }
});

test('words read in place come with the hash of their text', () => {
  const lower = "the envoy's re-negotiated ceasefire, agreed in zürich — twice";
  const seen: string[] = [];
  assert.equal(forEachWordIn(lower, 0, lower.length, (from, to, hash) => {
    assert.equal(hash, hashOf(lower, from, to));
    seen.push(lower.slice(from, to));
  }), true);
  assert.deepEqual(seen, ['the', "envoy's", 're-negotiated', 'ceasefire', 'agreed', 'in', 'zürich', 'twice']);
  const cut = 'talks ended abruptly𝒞 later';
  assert.equal(forEachWordIn(cut, 0, cut.length, () => undefined), false);
  // A span that ends between the two halves of a character outside the plane.
  assert.equal(forEachWordIn(cut, 0, cut.indexOf('𝒞') + 1, () => undefined), false);
});

test('a text whose lower case moves offsets or depends on its neighbours is not read in place', () => {
  assert.equal(sameLengthLower('İstanbul talks'), undefined, 'İ lower-cases to two code units');
  assert.equal(sameLengthLower('ΟΔΥΣΣΕΑΣ said'), undefined, 'a capital sigma lower-cases by its context');
  assert.equal(sameLengthLower('Plain Latin text'), 'plain latin text');
});
