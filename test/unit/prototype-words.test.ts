import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseActorsFile } from '../../src/core/actors-file';
import { analyzeTexts } from '../../src/core/analysis';
import { termOf } from '../../src/core/detect/claims/terms';
import { termTexts } from '../../src/core/link/claim-features';
import { unitClass } from '../../src/core/link/number-subject';
import { linkWorkspace } from '../../src/core/link/workspace-linking';

// Words that name properties of every JavaScript object. Looked up in a plain object, they
// found the prototype's functions: an article saying "constructor" stopped the scan.
const WORDS = ['constructor', 'constructors', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

test('words that name properties of every object are words like any other in claims and figures', () => {
  const texts = [
    'Officials said 12 constructors were hired in March, and the constructor said toString and valueOf were fine.',
    'The ministry said 15 constructors were hired in March; the constructor called hasOwnProperty and __proto__ odd words.',
  ];
  const analyses = analyzeTexts(texts);
  const linking = linkWorkspace(analyses.map((analysis, i) => ({ path: `${i}.txt`, ...analysis })));
  assert.ok([...linking.clusters.values()].some((c) => c.kind === 'claim'));
  for (const word of WORDS) assert.equal(typeof termOf(word.toLowerCase()), 'string', word);
  assert.ok(termTexts().every((term) => typeof term === 'string'));
  assert.equal(termOf('constructor'), 'constructor');
  assert.equal(unitClass('constructor'), 'constructor');
  assert.equal(unitClass('toString'), 'tostring');
  for (const d of linking.discrepancies) assert.doesNotMatch(d.about, /function|native code/);
});

test('an actors file may name an actor "__proto__" or "constructor"', () => {
  const parsed = parseActorsFile('actors:\n  - label: __proto__\n    names: [constructor, Proto Group]\n');
  assert.equal(parsed.usable, true);
  assert.deepEqual(Object.entries(parsed.overrides.labels ?? {}).sort(), [['Proto Group', '__proto__'], ['__proto__', '__proto__'], ['constructor', '__proto__']]);
});
