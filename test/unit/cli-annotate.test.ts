import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { GENERATED_ID, parseSidecar, type Annotation, type AnnotationsFile } from '../../src/core/annotations/index';
import { cli } from './cli-capture';

// Our own invented story; nothing here is taken from real reporting.
const STORY = 'Ferry Fares Rise\n\nPort director Amara Lindqvist said on Monday that fares would rise by 12 percent. "We have no other choice," she told the board. The Tidewater Ferry Company carried 48,000 passengers last year.\n';

function workspace(text = STORY): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-annotate-'));
  writeFileSync(join(dir, 'ferry.txt'), text);
  return dir;
}

/** `annotate` on the first occurrence of `exact`, with offsets counted as JavaScript counts them (UTF-16). */
async function annotate(dir: string, exact: string, extra: string[], file = 'ferry.txt', env: NodeJS.ProcessEnv = {}) {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const start = text.indexOf(exact);
  assert.ok(start >= 0, `"${exact}" is in the article`);
  return cli(['annotate', file, '--start', String(start), '--end', String(start + exact.length), ...extra], dir, env);
}

function sidecar(dir: string, name = 'ferry.txt.annotations.yaml'): AnnotationsFile {
  const parsed = parseSidecar(readFileSync(join(dir, name), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  assert.ok(parsed.usable && parsed.file);
  return parsed.file;
}

const byId = (file: AnnotationsFile, id: string): Annotation => {
  const found = file.annotations.find((a) => a.id === id);
  assert.ok(found, `annotation ${id} is in the sidecar`);
  return found;
};

test('annotate prints a new id and writes a sidecar that validates, with the type detection suggests', async () => {
  const dir = workspace();
  const result = await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor', '--status', 'verified', '--note', 'Spelling checked.', '--label', 'port', '--label', 'source: call'], 'ferry.txt', { CORROBORATE_AUTHOR: 'Noor Haddad' });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^a-[0-9a-z]{8}\n$/);
  const id = result.stdout.trim();
  assert.match(id, GENERATED_ID);
  const file = sidecar(dir);
  assert.equal(file.article, 'ferry.txt');
  const annotation = byId(file, id);
  assert.equal(annotation.type, 'person');
  assert.equal(annotation.author, 'Noor Haddad');
  assert.deepEqual(annotation.body, { status: 'verified', note: 'Spelling checked.', labels: ['port', 'source: call'] });
  assert.equal(annotation.target.selector.quote.exact, 'Amara Lindqvist');
  assert.deepEqual(annotation.target.selector.position, { start: STORY.indexOf('Amara'), end: STORY.indexOf('Amara') + 15 });

  const figure = await annotate(dir, '12 percent', ['--kind', 'number', '--value', '{amount: 12, unit: percent}', '--author', 'Sam Okafor']);
  const percent = byId(sidecar(dir), figure.stdout.trim());
  assert.equal(percent.type, 'percent');
  assert.deepEqual(percent.body.value, { amount: 12, unit: 'percent' });
  assert.equal(percent.author, 'Sam Okafor');
  const quote = await annotate(dir, '"We have no other choice,"', ['--kind', 'claim']);
  assert.equal(byId(sidecar(dir), quote.stdout.trim()).type, 'quote');
  const claim = await annotate(dir, 'fares would rise by 12 percent', ['--kind', 'claim']);
  assert.equal(byId(sidecar(dir), claim.stdout.trim()).type, 'claim');
  const company = await annotate(dir, 'Tidewater Ferry Company', ['--kind', 'actor', '--type', 'organization']);
  assert.equal(byId(sidecar(dir), company.stdout.trim()).type, 'organization');
  assert.equal(sidecar(dir).annotations.length, 5);
  assert.equal(byId(sidecar(dir), id).author, 'Noor Haddad', 'earlier annotations stay as they were');
});

test('annotating twice keeps both annotations and the comments a person added', async () => {
  const dir = workspace();
  const first = (await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor'])).stdout.trim();
  const path = join(dir, 'ferry.txt.annotations.yaml');
  const edited = '# Ferry story: ask the desk before changing statuses.\n' + readFileSync(path, 'utf8').replace('status: unverified', 'status: unverified   # waiting for the port office');
  writeFileSync(path, edited);
  const second = await annotate(dir, '48,000 passengers', ['--kind', 'number']);
  assert.equal(second.code, 0, second.stderr);
  const written = readFileSync(path, 'utf8');
  assert.match(written, /^# Ferry story: ask the desk before changing statuses\.\n/);
  assert.match(written, /status: unverified +# waiting for the port office/);
  const file = sidecar(dir);
  assert.deepEqual(file.annotations.map((a) => a.id).sort(), [first, second.stdout.trim()].sort());
  assert.equal(byId(file, second.stdout.trim()).type, 'count');
});

test('annotate re-anchors the annotations already there before adding its own', async () => {
  const dir = workspace();
  const first = (await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor'])).stdout.trim();
  const moved = 'Updated at noon.\n' + STORY;
  writeFileSync(join(dir, 'ferry.txt'), moved);
  assert.equal((await annotate(dir, '12 percent', ['--kind', 'number'])).code, 0);
  const annotation = byId(sidecar(dir), first);
  assert.equal(annotation.anchor.state, 'shifted');
  assert.equal(annotation.target.selector.position?.start, moved.indexOf('Amara Lindqvist'));
});

test('annotate refuses a sidecar that does not validate and leaves it byte for byte', async () => {
  const dir = workspace();
  const path = join(dir, 'ferry.txt.annotations.yaml');
  const corrupt = 'version: 1\narticle: ferry.txt\ntextHash: nothex\nannotations:\n  - id: [unclosed\n';
  writeFileSync(path, corrupt);
  const result = await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor']);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /ferry\.txt\.annotations\.yaml:\d+: /);
  assert.match(result.stderr, /Nothing was written/);
  assert.equal(readFileSync(path, 'utf8'), corrupt);
});

test('a sidecar that is not UTF-8 is refused by annotate and reported by check, and stays byte for byte', async () => {
  const dir = workspace();
  const path = join(dir, 'ferry.txt.annotations.yaml');
  const latin1 = Buffer.concat([Buffer.from('version: 1\narticle: ferry.txt\n# fare caf'), Buffer.from([0xe9]), Buffer.from(' notes\n')]);
  writeFileSync(path, latin1);
  const result = await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /not UTF-8/);
  const checked = await cli(['check', '.', '--fix', '--format', 'json'], dir);
  assert.equal(checked.code, 2);
  assert.match(JSON.parse(checked.stdout).errors[0].message, /not UTF-8/);
  assert.ok(readFileSync(path).equals(latin1), 'the file is as it was');
});

test('annotate refuses ranges and options that make no sense, and writes nothing', async () => {
  const dir = workspace();
  const refusals: [string[], RegExp][] = [
    [['--start', '5', '--end', '5', '--kind', 'actor'], /is empty/],
    [['--start', '0', '--end', '99999', '--kind', 'actor'], /beyond the text/],
    [['--start', '16', '--end', '18', '--kind', 'actor'], /only white space/],
    [['--start', '-1', '--end', '4', '--kind', 'actor'], /unknown option -1|--start takes an offset/],
    [['--start', 'x', '--end', '4', '--kind', 'actor'], /--start takes an offset/],
    [['--start', '0', '--end', '4', '--kind', 'person'], /--kind is actor, number, claim/],
    [['--start', '0', '--end', '4'], /--kind is required/],
    [['--start', '0', '--end', '4', '--kind', 'actor', '--type', 'percent'], /--type for actor is person, organization, place/],
    [['--start', '0', '--end', '4', '--kind', 'claim', '--status', 'done'], /--status is unverified, verified, disputed, needs-source/],
    [['--start', '0', '--end', '4', '--kind', 'number', '--value', '{amount: [1, 2]}'], /--value is a name, or a flat mapping/],
  ];
  for (const [options, message] of refusals) {
    const result = await cli(['annotate', 'ferry.txt', ...options], dir);
    assert.equal(result.code, 2, options.join(' '));
    assert.match(result.stderr, message, options.join(' '));
    assert.equal(result.stdout, '');
  }
  assert.equal((await cli(['annotate', 'nowhere.txt', '--start', '0', '--end', '1', '--kind', 'actor'], dir)).code, 2);
  assert.ok(!existsSync(join(dir, 'ferry.txt.annotations.yaml')), 'no sidecar was created');
  assert.ok(!existsSync(join(dir, 'nowhere.txt.annotations.yaml')));
});

test('offsets are UTF-16 code units: emoji and accents before the span, and no half of an emoji', async () => {
  const text = 'Caf\u00e9 owners \u{1F6A2}\u{1F30A} in Sm\u00f8la said Ren\u00e9e Fontaine will reopen the pier.\n';
  const dir = workspace(text);
  const result = await annotate(dir, 'Ren\u00e9e Fontaine', ['--kind', 'actor']);
  assert.equal(result.code, 0, result.stderr);
  const annotation = byId(sidecar(dir), result.stdout.trim());
  const position = annotation.target.selector.position;
  assert.ok(position);
  assert.equal(text.slice(position.start, position.end), 'Ren\u00e9e Fontaine');
  assert.equal(position.start, text.indexOf('Ren\u00e9e'));
  const emoji = text.indexOf('\u{1F6A2}');
  const half = await cli(['annotate', 'ferry.txt', '--start', String(emoji + 1), '--end', String(emoji + 4), '--kind', 'claim'], dir);
  assert.equal(half.code, 2);
  assert.match(half.stderr, /cuts a character in half/);
});

test('a CRLF article is annotated at the offsets the editor shows', async () => {
  const text = STORY.replace(/\n/g, '\r\n');
  const dir = workspace(text);
  const result = await annotate(dir, 'Tidewater Ferry Company', ['--kind', 'actor']);
  assert.equal(result.code, 0, result.stderr);
  const position = byId(sidecar(dir), result.stdout.trim()).target.selector.position;
  assert.deepEqual(position, { start: text.indexOf('Tidewater'), end: text.indexOf('Tidewater') + 23 });
  assert.equal(byId(sidecar(dir), result.stdout.trim()).type, 'organization');
});

test('--sidecar keeps annotations in another folder, and a sidecar of another article is refused', async () => {
  const dir = workspace();
  mkdirSync(join(dir, 'notes'));
  const result = await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor', '--sidecar', 'notes/ferry.txt.annotations.yaml']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(sidecar(dir, 'notes/ferry.txt.annotations.yaml').article, '../ferry.txt');
  writeFileSync(join(dir, 'other.txt'), 'Another story about the pier and Amara Lindqvist.\n');
  const wrong = await annotate(dir, 'Amara Lindqvist', ['--kind', 'actor', '--sidecar', 'notes/ferry.txt.annotations.yaml'], 'other.txt');
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /holds the annotations of \.\.\/ferry\.txt, not of other\.txt/);
  assert.equal((await cli(['annotate', 'ferry.txt', '--start', '0', '--end', '4', '--kind', 'actor', '--sidecar', 'notes/x.yaml'], dir)).code, 2);
  assert.equal((await cli(['help', 'annotate'], dir)).code, 0);
});

// Runs the bundle a user runs; `node esbuild.mjs` builds it. Skipped when it has not been built.
const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
test('the bundled CLI annotates and checks from a shell', { skip: existsSync(CLI) ? false : 'dist/cli.js not built (node esbuild.mjs)' }, () => {
  const dir = workspace();
  const start = STORY.indexOf('48,000 passengers');
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CORROBORATE_AUTHOR: 'Lee Park' } });
  const annotated = run(['annotate', 'ferry.txt', '--start', String(start), '--end', String(start + 17), '--kind', 'number']);
  assert.equal(annotated.status, 0, annotated.stderr);
  const id = annotated.stdout.trim();
  assert.equal(byId(sidecar(dir), id).author, 'Lee Park');
  const checked = run(['check', '--format', 'json']);
  assert.equal(checked.status, 0, checked.stderr);
  assert.deepEqual(JSON.parse(checked.stdout).annotations.map((a: { id: string; anchor: string }) => [a.id, a.anchor]), [[id, 'exact']]);
});
