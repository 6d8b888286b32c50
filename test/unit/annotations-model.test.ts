import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createAnnotation, reanchorFile } from '../../src/core/annotations/annotate';
import { GENERATED_ID, newAnnotationId } from '../../src/core/annotations/ids';
import { defaultSidecarPath, isTypeOfKind, type AnnotationsFile } from '../../src/core/annotations/model';
import { quoteContext } from '../../src/core/annotations/quote-context';
import { prepareSearchText } from '../../src/core/annotations/search-text';
import { selectorAt } from '../../src/core/annotations/selector';
import { contentHash } from '../../src/core/index/content-hash';
import { testDeps } from './fixtures/annotations/helpers';

test('the sidecar sits beside its article', () => {
  assert.equal(defaultSidecarPath('stories/a.txt'), 'stories/a.txt.annotations.yaml');
});

test('generated ids are a- and eight base-32 characters, never one already taken', () => {
  const { random } = testDeps();
  const ids = new Set<string>();
  for (let i = 0; i < 500; i++) ids.add(newAnnotationId(random, ids));
  assert.equal(ids.size, 500);
  for (const id of ids) assert.match(id, GENERATED_ID);
  const stuck = (): number => 0;
  const first = newAnnotationId(stuck);
  assert.notEqual(newAnnotationId(stuck, new Set([first])), first);
  assert.match(newAnnotationId(() => NaN), GENERATED_ID);
  assert.match(newAnnotationId(() => 1), GENERATED_ID);
});

test('a type must belong to its kind', () => {
  assert.ok(isTypeOfKind('actor', 'place'));
  assert.ok(!isTypeOfKind('actor', 'count'));
  assert.ok(isTypeOfKind('claim', 'quote'));
});

test('context stays inside the sentence and is cut at whole words', () => {
  const text = 'First sentence here. The talks were led by UN envoy Matthias Oberholzer, who said the deal held. Next one.';
  const at = text.indexOf('Matthias');
  const context = quoteContext(text, { start: at, end: at + 'Matthias Oberholzer'.length });
  assert.equal(context.prefix, 'The talks were led by UN envoy ');
  assert.equal(context.suffix, ', who said the deal held.');
  const first = quoteContext(text, { start: 0, end: 5 });
  assert.deepEqual(first, { prefix: '', suffix: ' sentence here.' });
});

test('context grows within the sentence when 32 characters would also fit another place', () => {
  const text = 'Team Oberholzer reduced latency by twelve percent. Team Alpha reduced latency by twelve percent.';
  const at = text.indexOf('percent');
  const selector = selectorAt(text, { start: at, end: at + 'percent.'.length });
  assert.equal(selector.prefix, 'Team Oberholzer reduced latency by twelve ');
  const unique = selectorAt(text, { start: text.indexOf('Alpha'), end: text.indexOf('Alpha') + 5 });
  assert.equal(unique.prefix, 'Team ');
});

test('an annotation leaves out white space around the selection and refuses an empty one', () => {
  const text = 'The envoy said  the deal held. \n';
  const deps = testDeps();
  const note = createAnnotation(text, { start: 14, end: 32 }, { kind: 'claim', type: 'claim' }, deps);
  assert.equal(note.target.selector.quote.exact, 'the deal held.');
  assert.deepEqual(note.target.selector.position, { start: 16, end: 30 });
  assert.equal(note.target.textHash, contentHash('the deal held.'));
  assert.deepEqual(note.body, { status: 'unverified' });
  assert.equal(note.created, note.modified);
  assert.throws(() => createAnnotation(text, { start: 30, end: 32 }, { kind: 'claim', type: 'claim' }, deps), RangeError);
  assert.throws(() => createAnnotation(text, { start: 5, end: 500 }, { kind: 'claim', type: 'claim' }, deps), RangeError);
});

test('an article that has not changed is not re-anchored', () => {
  const text = 'Mayor Ines Calloway said yes.';
  const note = createAnnotation(text, { start: 6, end: 19 }, { kind: 'actor', type: 'person' }, testDeps());
  const file: AnnotationsFile = { version: 1, article: 'a.txt', textHash: contentHash(text), annotations: [note] };
  const result = reanchorFile(file, text);
  assert.equal(result.file, file);
  assert.deepEqual(result.outcomes, [{ state: 'exact', start: 6, end: 19 }]);
  const edited = reanchorFile(file, 'Today. ' + text);
  assert.equal(edited.file.textHash, contentHash('Today. ' + text));
  assert.deepEqual(edited.outcomes, [{ state: 'shifted', start: 13, end: 26 }]);
});

test('a megabyte article: hundreds of annotations re-anchor without comparing every annotation with the whole text', () => {
  const { random } = testDeps(17);
  const words = ['envoy', 'prisoners', 'exchange', 'talks', 'ceasefire', 'ministry', 'delegation', 'reporters', 'council', 'budget', 'harbour', 'vote'];
  const names = ['Oberholzer', 'Calloway', 'Reyes', 'Marchuk', 'Solovyov', 'Zhuravskyy'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentences: string[] = [];
  let length = 0;
  while (length < 1_000_000) {
    const sentence = `${pick(names)} said the ${pick(words)} and the ${pick(words)} took ${Math.floor(random() * 10000)} days in ${pick(names)}'s ${pick(words)}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  const text = sentences.join(' ');
  const deps = testDeps(23);
  const taken = new Set<string>();
  const search = prepareSearchText(text);
  const annotations = Array.from({ length: 200 }, (_, i) => {
    const start = text.indexOf(' ', Math.floor((i + 0.5) * (text.length / 200))) + 1;
    const end = text.indexOf(' ', start + 20);
    const note = createAnnotation(search, { start, end }, { kind: 'claim', type: 'claim' }, deps, taken);
    taken.add(note.id);
    return note;
  });
  const file: AnnotationsFile = { version: 1, article: 'big.txt', textHash: contentHash(text), annotations };
  const edited = 'A new first paragraph.\r\n\r\n' + text.replace(/ said the /g, ' said  the ');
  const started = Date.now();
  const { outcomes } = reanchorFile(file, edited);
  const elapsed = Date.now() - started;
  assert.ok(outcomes.every((o) => o.state === 'shifted' || o.state === 'exact'), JSON.stringify(outcomes.filter((o) => o.state === 'orphaned').slice(0, 3)));
  // Comparing each 20-character quote with the whole megabyte would take minutes.
  assert.ok(elapsed < 10_000, `${elapsed} ms`);
});
