import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { reanchor } from '../../src/core/annotations/annotate';
import { checkSidecar } from '../../src/core/annotations/check';
import { followEdits } from '../../src/core/annotations/follow';
import type { Annotation } from '../../src/core/annotations/model';
import { quoteChanges } from '../../src/core/annotations/quote-changes';
import { annotateText } from './fixtures/annotations/helpers';

const HARBOUR = 'Harbour news from the coast.\n\n'
  + 'The council approved 2.1 million euros for the harbour wall on Tuesday. Work starts in spring, the mayor said.\n\n'
  + 'Fishermen had asked for the repair for years.';
const SENTENCE = 'The council approved 2.1 million euros for the harbour wall on Tuesday.';

function placed(annotation: Annotation, text: string): { state: string; text?: string } {
  const after = reanchor(annotation, text).annotation;
  const position = after.target.selector.position;
  return { state: after.anchor.state, ...(position ? { text: text.slice(position.start, position.end) } : {}) };
}

test('a whole sentence whose figure was corrected in place is fuzzy, and says what changed', () => {
  const note = annotateText(HARBOUR, SENTENCE);
  const edited = HARBOUR.replace('2.1 million', '2.4 million');
  assert.deepEqual(placed(note, edited), { state: 'fuzzy', text: SENTENCE.replace('2.1', '2.4') });
  const file = { version: 1 as const, article: 'a.txt', textHash: '0', annotations: [note] };
  const [checked] = checkSidecar(file, edited, 'a.txt').annotations;
  assert.equal(checked.anchor, 'fuzzy');
  assert.deepEqual(checked.changes, ['2.1 million → 2.4 million']);
});

test('a figure inside a sentence, made longer, and a word changed in a clause: fuzzy in place', () => {
  const figure = annotateText(HARBOUR, '2.1 million euros');
  assert.deepEqual(placed(figure, HARBOUR.replace('2.1 million', '12.75 million')), { state: 'fuzzy', text: '12.75 million euros' });
  const clause = annotateText(HARBOUR, 'Work starts in spring');
  assert.deepEqual(placed(clause, HARBOUR.replace('Work starts', 'Work ends')), { state: 'fuzzy', text: 'Work ends in spring' });
  assert.equal(placed(clause, HARBOUR.replace('in spring', 'in autumn')).state, 'orphaned', 'more than one character in four changed');
});

test('typed live inside the passage: fuzzy at once, from the moved position', () => {
  const note = annotateText(HARBOUR, SENTENCE);
  const at = HARBOUR.indexOf('2.1') + 2;
  const text = HARBOUR.slice(0, at) + '4' + HARBOUR.slice(at + 1);
  const [after] = followEdits([note], [{ start: at, end: at + 1, text: '4' }], text);
  assert.equal(after.anchor.state, 'fuzzy');
  assert.equal(text.slice(after.target.selector.position!.start, after.target.selector.position!.end), SENTENCE.replace('2.1', '2.4'));
});

test('deleted, with a look-alike elsewhere among other neighbours: orphaned', () => {
  const note = annotateText(HARBOUR, SENTENCE);
  const lookAlike = 'Last year the council approved 3.5 million euros for the harbour wall on Tuesday, too.';
  const without = HARBOUR.replace(SENTENCE + ' ', '') + '\n\n' + lookAlike;
  assert.equal(placed(note, without).state, 'orphaned');
  const sameSentence = HARBOUR.replace(SENTENCE + ' ', '') + '\n\nBudget talks went on. ' + SENTENCE.replace('2.1', '3.5') + ' Nobody objected.';
  assert.equal(placed(note, sameSentence).state, 'orphaned');
});

test('deleted, with a look-alike sliding into its place: orphaned', () => {
  const text = 'Officials met at noon. Team Alpha reduced latency by twelve percent. Team Beta reduced latency by twelve percent.';
  const note = annotateText(text, 'Team Alpha reduced latency by twelve percent.');
  assert.equal(placed(note, text.replace('Team Alpha reduced latency by twelve percent. ', '')).state, 'orphaned');
  const figure = annotateText(text, 'twelve percent');
  assert.equal(placed(figure, text.replace('Team Alpha reduced latency by twelve percent. ', '')).state, 'orphaned');
});

test('the figure changed and the sentence before it rewritten: orphaned, since nothing vouches for the place', () => {
  const note = annotateText(HARBOUR, SENTENCE);
  const edited = HARBOUR.replace('Harbour news from the coast.', 'Storm damage on the island.').replace('2.1 million', '2.4 million');
  assert.equal(placed(note, edited).state, 'orphaned');
});

test('what changed: runs of changed words with their neighbour, typography aside', () => {
  assert.deepEqual(quoteChanges('approved 2.1 million euros', 'approved 2.4 million euros'), ['2.1 million → 2.4 million']);
  assert.deepEqual(quoteChanges('led by Matthias Oberholzer, envoy', 'led by Matthias Heller, envoy'), ['Oberholzer, envoy → Heller, envoy']);
  assert.deepEqual(quoteChanges('the deal held', 'the deal finally held'), ['held → finally held']);
  assert.deepEqual(quoteChanges('the deal held', 'the deal'), ['deal held → deal']);
  assert.deepEqual(quoteChanges('\u201Cthe deal\u201D  held', '"the deal" held'), []);
  assert.deepEqual(quoteChanges('a b c d e f g h', 'A1 b C1 d E1 f G1 h'), ['a b → A1 b', 'c d → C1 d', 'e f → E1 f', '1 more']);
});
