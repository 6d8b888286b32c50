/** Folding builds a one-byte copy for texts whose wide characters all fold; the text must be what `replace` gives. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { foldTypography } from '../../src/core/text/fold';

const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D\u00AD';
const APOSTROPHES = '\u2018\u2019\u201A\u201B\u2032\u02BC';
const QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
const SPACES = '\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u3000\uFEFF';

/** The definition: each typographic variant becomes its ASCII character, nothing else changes. */
function expected(text: string): string {
  let out = '';
  for (const ch of text) {
    out += DASHES.includes(ch) ? '-' : APOSTROPHES.includes(ch) ? "'" : QUOTES.includes(ch) ? '"' : SPACES.includes(ch) ? ' ' : ch;
  }
  return out;
}

test('folding gives the same text whether or not a one-byte copy can be made', () => {
  const cases = [
    '', 'plain ascii', 'caf\u00e9 \u00a0 \u00ab\u00bb', '\u201cWe wait,\u201d she said \u2013 on Feb.\u00a04\u20135.',
    'Zelensk\u00fdy\u2019s \u2018four\u2011year\u2011long\u2019 \u00ad', 'mixed \u201cquotes\u201d and \u0141\u00f3d\u017a',
    `${'\u2014'.repeat(9000)}\u00e9${'\u2019'.repeat(9000)}`, 'ends wide \u4e2d', '\ufeffbom inside',
    DASHES + APOSTROPHES + QUOTES + SPACES,
    // C1 controls (0x80-0x9F) beside wide characters: the standard windows-1252 decoder that makes most one-byte copies reads them otherwise.
    '\u201cnext\u0085line\u201d \u0090\u009f', `${'\u2019'.repeat(9000)}\u0080${'x'.repeat(9000)}\u2014`,
  ];
  for (const text of cases) assert.equal(foldTypography(text), expected(text), JSON.stringify(text.slice(0, 40)));
});
