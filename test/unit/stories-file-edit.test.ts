import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseStoriesFile } from '../../src/core/stories/stories-file';
import { declareStory, moveToStory, StoriesFileEditError } from '../../src/core/stories/stories-file-edit';

test('a move into an empty file starts it with a header and reads back', () => {
  const text = moveToStory('', 'desk/b.txt', 'desk/a.txt');
  assert.match(text, /^# Corroborate: which articles tell one story/);
  assert.deepEqual(parseStoriesFile(text).overrides.moves?.map(({ document, to }) => ({ document, to })), [{ document: 'desk/b.txt', to: 'desk/a.txt' }]);
});

test('moving again replaces the earlier move and takes the article out of a declared story', () => {
  let text = declareStory('', ['x.txt', 'y.txt'], 'Harbour wall');
  text = moveToStory(text, 'x.txt', 'a.txt');
  text = moveToStory(text, 'x.txt', 'b.txt');
  const { overrides } = parseStoriesFile(text);
  assert.deepEqual(overrides.moves?.map((m) => m.to), ['b.txt']);
  assert.deepEqual(overrides.stories?.map((s) => s.documents), [['y.txt']]);
});

test('declaring a story drops earlier decisions about its articles and an emptied story', () => {
  let text = declareStory('', ['a.txt'], 'First');
  text = moveToStory(text, 'b.txt', 'c.txt');
  text = declareStory(text, ['b.txt', './a.txt'], 'Second');
  const { overrides, problems } = parseStoriesFile(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(overrides.stories?.map((s) => [s.label, s.documents]), [['Second', ['a.txt', 'b.txt']]]);
  assert.equal(overrides.moves?.length ?? 0, 0);
});

test('a person\'s comments, line endings and byte-order mark survive an edit', () => {
  const text = '\uFEFF# kept by the desk\r\nversion: 1\r\nmove:\r\n  - document: a.txt # checked\r\n    to: b.txt\r\n';
  const edited = moveToStory(text, 'c.txt', 'b.txt');
  assert.ok(edited.startsWith('\uFEFF# kept by the desk\r\n'));
  assert.match(edited, /# checked/);
  assert.ok(!/[^\r]\n/.test(edited), 'every line ends in CRLF');
  assert.equal(parseStoriesFile(edited).overrides.moves?.length, 2);
});

test('a file that cannot be read is refused, never rewritten', () => {
  const broken = 'move: [unclosed\n';
  assert.throws(() => moveToStory(broken, 'a.txt', 'b.txt'), (error: unknown) => error instanceof StoriesFileEditError && /cannot be read/.test(error.message));
  assert.throws(() => declareStory('just text', ['a.txt']), StoriesFileEditError);
});

test('an edit that changes nothing returns the text itself', () => {
  const text = moveToStory('', 'a.txt', 'b.txt');
  assert.equal(moveToStory(text, 'a.txt', 'b.txt'), text);
  assert.equal(moveToStory(text, 'a.txt', 'a.txt'), text);
});
