/** The hand-written end trim of a claim must agree with the pattern it replaces, on any text. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { trailStart } from '../../src/core/detect/claims';
import { countWords, isSpaceCode } from '../../src/core/text/chars';

const TRAIL = /[\s,:"']*(?:\b(?:Mr|Mrs|Ms|Dr|Prof)\.?)?[\s,:"']*$/;
const PIECES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', '.', ',', ' ', ':', "'", '"', 'x', '\u00a0', '\n', '_', '7', 'é', 'M', 's'];

/** Deterministic pseudo-random texts built from the pieces the pattern cares about. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = next(9); k > 0; k--) text += PIECES[next(PIECES.length)];
    yield text;
  }
}

test('trailStart is where the trailing-attribution pattern starts matching', () => {
  for (const text of texts(20000)) assert.equal(trailStart(text), TRAIL.exec(text)!.index, JSON.stringify(text));
});

test('countWords counts what split(/\\s+/).filter(Boolean) counts, up to its limit', () => {
  for (const text of texts(5000)) {
    const words = text.split(/\s+/).filter(Boolean).length;
    assert.equal(countWords(text), words, JSON.stringify(text));
    assert.equal(countWords(text, 2), Math.min(words, 2), JSON.stringify(text));
  }
  assert.equal(countWords('\u2003a\u3000b\ufeffc\u2028'), 3);
});

test('isSpaceCode is what \\s matches, for every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), code.toString(16));
});
