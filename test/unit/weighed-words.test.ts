/**
 * Claim scoring reads each sentence once for three lists of words with one expression.
 * That finds what three separate expressions find only while no word of one list starts a
 * word of another; these tests hold the lists to it and compare with the separate reading.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { stem } from '../../src/core/detect/claims/terms';
import { WEIGHED_LISTS, weighedWords } from '../../src/core/detect/claims/worthiness';

/** Every word an alternation such as `seems?|increase[ds]?` stands for. */
function wordsOf(alternation: string): string[] {
  return alternation.split('|').flatMap((w) => {
    const optional = /^(\w+)\[(\w+)\]\?$/.exec(w) ?? /^(\w+?)(\w)\?$/.exec(w);
    if (!optional) return [w];
    const [, stem, endings] = optional;
    return [stem, ...[...endings].map((e) => stem + e)];
  });
}

test('no word of one list starts a word of another', () => {
  const lists = Object.entries(WEIGHED_LISTS).map(([name, alternation]) => [name, wordsOf(alternation)] as const);
  for (const [nameA, a] of lists) {
    for (const [nameB, b] of lists) {
      if (nameA === nameB) continue;
      for (const x of a) for (const y of b) assert.ok(!y.startsWith(x), `${nameA} "${x}" starts ${nameB} "${y}"`);
    }
  }
});

test('one reading finds what each list\'s own expression finds', () => {
  const own = {
    comparative: new RegExp(`\\b(?:${WEIGHED_LISTS.comparative})\\b`, 'i'),
    hedged: new RegExp(`\\b(?:${WEIGHED_LISTS.hedges})\\b`, 'i'),
    rating: new RegExp(`\\b(?:${WEIGHED_LISTS.stance})`, 'i'),
  };
  const sentences = [
    'The hard-won deal was signed on Monday.',
    'Officials said the talks were productive but may stall.',
    'Talks stalled; more prisoners were freed, and it seems likely more will be.',
    'A goodwill gesture: the Tense Group Ltd. RECORD profits rose.',
    'Nothing here at all.',
    'unproductive, difficulty, hopeful, maybe, mores, first-ever',
  ];
  for (const s of sentences) {
    assert.deepEqual(weighedWords(s), { comparative: own.comparative.test(s), hedged: own.hedged.test(s), rating: own.rating.test(s) }, s);
  }
});

test('stemming strips the longest suffix and then a doubled letter, as the two expressions it replaces did', () => {
  const byExpressions = (word: string): string =>
    word.length <= 4 ? word : word.replace(/(?:ations?|ings?|edly|ed|es|ly|s)$/, '').replace(/(.)\1$/, '$1');
  const ends = ['', 'ations', 'ation', 'ationss', 'edly', 'ings', 'ing', 'ed', 'es', 'ly', 's', 'ss', 'ted', 'tted', 'ness'];
  const stems = ['', 'a', 'ab', 'nat', 'exchang', 'stopp', 'kin', 'se', 'abcd', 'zürich', 'b\u0301', '\ud835\udc9e'];
  let compared = 0;
  for (const start of stems) {
    for (const end of ends) {
      const word = start + end;
      assert.equal(stem(word), byExpressions(word), word);
      compared++;
    }
  }
  assert.equal(compared, stems.length * ends.length);
  assert.equal(stem('exchanged'), 'exchang');
  assert.equal(stem('stopped'), 'stop');
  assert.equal(stem('nations'), 'n');
});
