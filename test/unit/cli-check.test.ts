import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkExitCode, checkLine, checkSummary } from '../../src/core/annotations/index';
import { cli } from './cli-capture';

interface Row {
  path: string;
  id: string;
  anchor: string;
  start?: number;
  end?: number;
  exact: string;
  score?: number;
}

async function check(dir: string, ...args: string[]): Promise<{ code: number; rows: Row[]; errors: { path: string; line: number; message: string }[] }> {
  const result = await cli(['check', ...args, '--format', 'json'], dir);
  const json = JSON.parse(result.stdout);
  return { code: result.code, rows: json.annotations, errors: json.errors };
}

// An invented story in our own words.
const STORY = [
  'Library Hours Cut',
  '',
  'The town council voted on Thursday to close the central library on Sundays.',
  'Councillor Beatrix Oyelaran said the change would save 85,000 euros a year.',
  'Readers gathered outside the building in protest after the vote.',
  '',
].join('\n');

function workspace(text = STORY, name = 'library.txt'): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-check-'));
  mkdirSync(join(dir, 'desk'));
  writeFileSync(join(dir, 'desk', name), text);
  return dir;
}

async function annotate(dir: string, exact: string, kind = 'claim', file = 'desk/library.txt'): Promise<string> {
  const text = readFileSync(join(dir, file), 'utf8');
  const start = text.indexOf(exact);
  assert.ok(start >= 0, exact);
  const result = await cli(['annotate', file, '--start', String(start), '--end', String(start + exact.length), '--kind', kind], dir);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout.trim();
}

const SIDECAR = 'desk/library.txt.annotations.yaml';
const edit = (dir: string, change: (text: string) => string): void => writeFileSync(join(dir, 'desk/library.txt'), change(readFileSync(join(dir, 'desk/library.txt'), 'utf8')));

test('an untouched article checks clean: every annotation exact, exit 0', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  const figure = await annotate(dir, '85,000 euros', 'number');
  const text = await cli(['check'], dir);
  assert.equal(text.code, 0, text.stderr);
  assert.equal(text.stdout, '2 annotations in 1 sidecar: 2 exact, 0 shifted, 0 fuzzy, 0 orphaned; 0 errors\n');
  const { code, rows } = await check(dir);
  assert.equal(code, 0);
  assert.deepEqual(rows.map((r) => [r.id, r.anchor, r.path]), [[name, 'exact', 'desk/library.txt'], [figure, 'exact', 'desk/library.txt']]);
});

test('the JSON report has exactly the documented shape', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  const start = STORY.indexOf('Beatrix Oyelaran');
  const result = await cli(['check', 'desk', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(result.stdout), {
    version: 1,
    annotations: [{ path: 'desk/library.txt', id: name, anchor: 'exact', start, end: start + 16, exact: 'Beatrix Oyelaran' }],
    errors: [],
  });
  assert.deepEqual(Object.keys(JSON.parse(result.stdout).annotations[0]), ['path', 'id', 'anchor', 'start', 'end', 'exact']);
});

test('text inserted above: shifted, with the new offsets', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  edit(dir, (t) => t.replace('Library Hours Cut\n', 'Library Hours Cut\nBy our town reporter\n'));
  const now = readFileSync(join(dir, 'desk/library.txt'), 'utf8');
  const { code, rows } = await check(dir);
  assert.equal(code, 0);
  assert.deepEqual(rows, [{ path: 'desk/library.txt', id: name, anchor: 'shifted', start: now.indexOf('Beatrix'), end: now.indexOf('Beatrix') + 16, exact: 'Beatrix Oyelaran' }]);
  const text = await cli(['check'], dir);
  assert.match(text.stdout, new RegExp(`^desk/library\\.txt:5:12: shifted ${name} "Beatrix Oyelaran"\\n`));
});

test('a typo fixed inside the span: fuzzy, with a score', async () => {
  const dir = workspace(STORY.replace('close the central library', 'close the centrall library'));
  const claim = await annotate(dir, 'voted on Thursday to close the centrall library on Sundays');
  edit(dir, (t) => t.replace('centrall', 'central'));
  const { code, rows } = await check(dir);
  assert.equal(code, 0);
  assert.equal(rows[0].id, claim);
  assert.equal(rows[0].anchor, 'fuzzy');
  assert.ok(rows[0].score !== undefined && rows[0].score >= 0.75 && rows[0].score < 1, `score ${rows[0].score}`);
  const now = readFileSync(join(dir, 'desk/library.txt'), 'utf8');
  assert.equal(now.slice(rows[0].start, rows[0].end), 'voted on Thursday to close the central library on Sundays');
  assert.match((await cli(['check'], dir)).stdout, /: fuzzy a-\w+ "voted on Thursday to close the centrall library on Sundays" \(score 0\.\d+\)/);
});

test('the sentence deleted: orphaned, exit 1, no offsets, pointed at its sidecar entry', async () => {
  const dir = workspace();
  await annotate(dir, 'Beatrix Oyelaran', 'actor');
  const protest = await annotate(dir, 'Readers gathered outside the building in protest after the vote.');
  edit(dir, (t) => t.replace('Readers gathered outside the building in protest after the vote.\n', ''));
  const { code, rows } = await check(dir);
  assert.equal(code, 1);
  const orphan = rows.find((r) => r.id === protest);
  assert.deepEqual(orphan, { path: 'desk/library.txt', id: protest, anchor: 'orphaned', exact: 'Readers gathered outside the building in protest after the vote.' });
  const text = await cli(['check'], dir);
  assert.equal(text.code, 1);
  const sidecarLine = readFileSync(join(dir, SIDECAR), 'utf8').split('\n').findIndex((l) => l.includes(`id: ${protest}`)) + 1;
  assert.match(text.stdout, new RegExp(`^desk/library\\.txt\\.annotations\\.yaml:${sidecarLine}:1: orphaned ${protest} "Readers gathered`, 'm'));
  assert.match(text.stdout, /1 exact, 0 shifted, 0 fuzzy, 1 orphaned; 0 errors\n$/);
});

test('a sidecar that does not validate: errors with its line, exit 2, untouched even with --fix', async () => {
  const dir = workspace();
  await annotate(dir, 'Beatrix Oyelaran', 'actor');
  const path = join(dir, SIDECAR);
  const broken = readFileSync(path, 'utf8').replace('state: exact', 'state: lost');
  writeFileSync(path, broken);
  edit(dir, (t) => 'A new first line.\n' + t);
  const line = broken.split('\n').findIndex((l) => l.includes('state: lost')) + 1;
  for (const fix of [[], ['--fix']]) {
    const { code, rows, errors } = await check(dir, ...fix);
    assert.equal(code, 2);
    assert.deepEqual(rows, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].path, SIDECAR);
    assert.equal(errors[0].line, line);
    assert.equal(readFileSync(path, 'utf8'), broken);
  }
  writeFileSync(path, 'version: 1\narticle: library.txt\n  bad: [indent\n');
  const syntax = await cli(['check', 'desk/library.txt'], dir);
  assert.equal(syntax.code, 2);
  assert.match(syntax.stdout, /^desk\/library\.txt\.annotations\.yaml:\d+: error: /);
});

test('--fix writes the new positions and keeps comments; the next check is clean', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  const figure = await annotate(dir, '85,000 euros', 'number');
  const path = join(dir, SIDECAR);
  writeFileSync(path, readFileSync(path, 'utf8').replace('version: 1', 'version: 1   # checked by the night desk'));
  edit(dir, (t) => t.replace('Library Hours Cut\n', 'Library Hours Cut\nUpdated with the vote count.\n'));
  const fixed = await cli(['check', '--fix'], dir);
  assert.equal(fixed.code, 0);
  assert.match(fixed.stderr, /updated desk\/library\.txt\.annotations\.yaml/);
  const written = readFileSync(path, 'utf8');
  assert.match(written, /version: 1 +# checked by the night desk/);
  const now = readFileSync(join(dir, 'desk/library.txt'), 'utf8');
  assert.match(written, new RegExp(`start: ${now.indexOf('Beatrix')}\\n`));
  const again = await check(dir);
  assert.equal(again.code, 0);
  assert.deepEqual(again.rows.map((r) => [r.id, r.anchor, r.start]), [[name, 'exact', now.indexOf('Beatrix')], [figure, 'exact', now.indexOf('85,000')]]);
  const line = (text: string, at: number): number => text.slice(0, at).split('\n').length;
  assert.match(fixed.stderr, new RegExp(`${name}: shifted → exact at desk/library\\.txt:${line(now, now.indexOf('Beatrix'))}:`));
  const unchanged = await cli(['check', '--fix'], dir);
  assert.equal(unchanged.stderr, '', 'nothing to write the second time');
  assert.equal(readFileSync(path, 'utf8'), written);
});

test('UTF-16 offsets after emoji and accents inserted above the span', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  edit(dir, (t) => t.replace('Library Hours Cut', 'Biblioth\u00e8que \u{1F4DA}\u{1F3DB}\uFE0F hours cut, r\u00e9sum\u00e9'));
  const now = readFileSync(join(dir, 'desk/library.txt'), 'utf8');
  const { rows } = await check(dir);
  assert.equal(rows[0].id, name);
  assert.equal(rows[0].anchor, 'shifted');
  assert.equal(rows[0].start, now.indexOf('Beatrix'));
  assert.equal(now.slice(rows[0].start, rows[0].end), 'Beatrix Oyelaran');
});

test('a CRLF article checks exact, and shifts correctly when it becomes LF', async () => {
  const dir = workspace(STORY.replace(/\n/g, '\r\n'));
  const figure = await annotate(dir, '85,000 euros', 'number');
  assert.equal((await check(dir)).rows[0].anchor, 'exact');
  edit(dir, (t) => t.replace(/\r\n/g, '\n'));
  const { code, rows } = await check(dir);
  assert.equal(code, 0);
  assert.deepEqual([rows[0].id, rows[0].anchor, rows[0].start], [figure, 'shifted', STORY.indexOf('85,000')]);
});

test('a missing article is an error at line 1 of its sidecar; missing paths too', async () => {
  const dir = workspace();
  await annotate(dir, 'Beatrix Oyelaran', 'actor');
  rmSync(join(dir, 'desk/library.txt'));
  const { code, errors } = await check(dir);
  assert.equal(code, 2);
  assert.deepEqual(errors, [{ path: SIDECAR, line: 1, message: 'the article library.txt is missing' }]);
  const gone = await check(dir, 'nowhere');
  assert.deepEqual(gone.errors, [{ path: 'nowhere', line: 1, message: 'no such file or folder' }]);
});

test('paths: an article stands for its sidecar, folders are walked, node_modules and .git skipped', async () => {
  const dir = workspace();
  const name = await annotate(dir, 'Beatrix Oyelaran', 'actor');
  for (const skipped of ['node_modules/pkg', '.git/x']) {
    mkdirSync(join(dir, skipped), { recursive: true });
    writeFileSync(join(dir, skipped, 'a.txt.annotations.yaml'), 'not: [valid\n');
  }
  writeFileSync(join(dir, 'desk', 'unannotated.txt'), 'No notes here.\n');
  for (const paths of [[], ['.'], ['desk'], ['desk/library.txt'], [SIDECAR], ['desk/library.txt', SIDECAR, 'desk/unannotated.txt']]) {
    const { code, rows, errors } = await check(dir, ...paths);
    assert.deepEqual(errors, [], paths.join(' '));
    assert.equal(code, 0);
    assert.deepEqual(rows.map((r) => r.id), [name], paths.join(' '));
  }
  const usage = await cli(['check', '--format', 'xml'], dir);
  assert.equal(usage.code, 2);
  assert.equal((await cli(['help', 'check'], dir)).code, 0);
});

test('text lines: long quotes shortened without splitting an emoji, counts in the summary', () => {
  const exact = `${'x'.repeat(58)}\u{1F6A2} and then some more words after it`;
  const line = checkLine({ path: 'a.txt', id: 'a-00000000', anchor: 'fuzzy', start: 3, end: 9, exact, score: 0.8 }, { path: 'a.txt', line: 2, column: 4 });
  assert.equal(line, `a.txt:2:4: fuzzy a-00000000 "${'x'.repeat(58)}…" (score 0.8)`);
  const report = { version: 1 as const, annotations: [{ path: 'a.txt', id: 'a-1', anchor: 'orphaned' as const, exact: 'gone' }], errors: [] };
  assert.equal(checkSummary(report, 1), '1 annotation in 1 sidecar: 0 exact, 0 shifted, 0 fuzzy, 1 orphaned; 0 errors');
  assert.equal(checkExitCode(report), 1);
  assert.equal(checkExitCode({ ...report, errors: [{ path: 'a.txt.annotations.yaml', line: 3, message: 'bad' }] }), 2);
});
