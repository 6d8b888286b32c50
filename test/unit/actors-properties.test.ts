import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { detectActors } from '../../src/core/detect/actors';
import { prepareText } from '../../src/core/text/prepared-text';

// Whatever the text, mentions are well-formed: inside the text, in order, not overlapping,
// their text is what their offsets cut out, and their name is never empty.

const pieces = [
  'Maria', 'Kovalenko', 'Mr.', 'Dr.', 'President', 'the', 'of', 'in', 'said', 'U.S.', 'NATO', 'Kyiv', 'Bank',
  'Ministry', 'al-', 'O\u2019Brien', "O'Brien", '\u2019s', "'s", "'", '\u2011', '\u2013', '\u2014', '-', '"', '\u201C',
  '\u201D', '.', ',', ':', '\n', '\r\n', '\n\n', ' ', '  ', '\t', 'J.', 'R.', 'Jr.', 'Ukrainian', 'The', 'Despite',
  'PEACE TALKS', 'Talks Resume', '\u00A0', 'Zelenskyy', '#', '*', '(', ')', '\uD83D\uDE00', '\u00C9lise', 'May', 'I',
];

const article = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

test('mentions are well-formed on any text', () => {
  fc.assert(
    fc.property(article, (text) => {
      const actors = detectActors(prepareText(text));
      let lastEnd = 0;
      for (const a of actors) {
        assert.ok(a.start >= lastEnd, `overlap or disorder at ${a.start} in ${JSON.stringify(text)}`);
        assert.ok(a.end > a.start && a.end <= text.length);
        assert.equal(text.slice(a.start, a.end), a.text);
        assert.ok(a.name.trim().length > 0);
        assert.ok(['person', 'organization', 'place'].includes(a.type));
        assert.ok(!/^\s|\s$/.test(a.text), `untrimmed span ${JSON.stringify(a.text)}`);
        lastEnd = a.end;
      }
    }),
    { numRuns: 400 },
  );
});

test('detection does not depend on typography: curly and straight forms give the same spans', () => {
  fc.assert(
    fc.property(article, (text) => {
      const straight = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2011\u2013\u2014]/g, '-');
      const spans = (t: string) => detectActors(prepareText(t)).map((a) => [a.start, a.end, a.type]);
      assert.deepEqual(spans(text), spans(straight));
    }),
    { numRuns: 200 },
  );
});

test('an empty or blank text has no actors', () => {
  for (const text of ['', ' ', '\n\n', '\t \r\n']) assert.deepEqual(detectActors(prepareText(text)), []);
});
