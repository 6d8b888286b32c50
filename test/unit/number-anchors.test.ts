/**
 * `nextAnchor` skips the long anchor alternation where it cannot match; it must still find
 * exactly what `ANCHOR.exec` finds, from any starting offset, including mid-word ones.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ANCHOR, nextAnchor } from '../../src/core/detect/numbers/anchors';
import { foldTypography } from '../../src/core/text/fold';

const EDGES = [
  'one2 _may MAY éfive Rs.5 Rs 5 rs5 USD5 usd 5 mid-March a few hundred an hour the day before 5x half a million',
  '3rd €5 $ ¥ x9 a_b a-thousand last week Last  Week earlier this Early-May several hundred the next day Thé tens',
  'SEPT. 4 sept 4 Sep4 twentieth-century Tuesdays tuesday_ a\tcouple of dozen an-hour theday ₹40 ₽ ₴',
].join('\n');

function same(text: string): void {
  for (let from = 0; from <= text.length; from++) {
    ANCHOR.lastIndex = from;
    const expected = ANCHOR.exec(text);
    const found = nextAnchor(text, from);
    assert.deepEqual(found && { index: found.index, text: found.text }, expected && { index: expected.index, text: expected[0] }, `from ${from}`);
  }
}

test('nextAnchor finds what ANCHOR.exec finds, from every offset of tricky text', () => {
  same(EDGES);
});

test('nextAnchor finds what ANCHOR.exec finds in the sample articles, folded or not', () => {
  const dir = join(__dirname, '..', '..', '..', 'samples', 'articles');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    same(text);
    same(foldTypography(text));
  }
});
