import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { splitSentences } from '../../src/core/text/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('keeps titles, dotted acronyms and initials inside the sentence', () => {
  const text = 'Mr. Witkoff met U.S. officials at 9 a.m. on Monday. J. R. Smith said so. The talks ended.';
  assert.deepEqual(split(text), [
    'Mr. Witkoff met U.S. officials at 9 a.m. on Monday.',
    'J. R. Smith said so.',
    'The talks ended.',
  ]);
});

test('a headline without a full stop is its own sentence', () => {
  const text = 'Talks Resume in Geneva\nDelegates arrived on Tuesday. They left on Friday.';
  assert.deepEqual(split(text), ['Talks Resume in Geneva', 'Delegates arrived on Tuesday.', 'They left on Friday.']);
});

test('a quote that ends a sentence closes it after the quotation mark', () => {
  const text = 'She said the deal was \u201Cclose.\u201D The minister disagreed. "Never," he said. "We wait."';
  assert.deepEqual(split(text), [
    'She said the deal was \u201Cclose.\u201D',
    'The minister disagreed.',
    '"Never," he said.',
    '"We wait."',
  ]);
});

test('a hard-wrapped paragraph is joined, a blank line separates', () => {
  const text = 'The envoy said the talks in\nGeneva were useful.\n\nA second round follows';
  assert.deepEqual(split(text), ['The envoy said the talks in\nGeneva were useful.', 'A second round follows']);
});

test('the U.S. ends a sentence before a typical opener', () => {
  assert.deepEqual(split('The deal was signed in the U.S. The talks ended.'), [
    'The deal was signed in the U.S.',
    'The talks ended.',
  ]);
});
