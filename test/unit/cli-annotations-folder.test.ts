import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { annotationsFolderIn } from '../../src/core/annotations/settings-folder';
import { cli } from './cli-capture';

// The CLI finds sidecars where the editor keeps them: `corroborate.annotations.folder` in the
// workspace's .vscode/settings.json (JSON with comments), or --annotations-folder over it.

const ARTICLE = 'The harbourmaster, Ilse Brandvold, said the ferry ran on Saturday.\nOfficials said nearly 6,000 people have been displaced since January.\n';
const SETTINGS = `{
  // Decisions live apart from the copy.
  "editor.wordWrap": "on", /* a block comment, and a URL in a string: */ "x.url": "http://example.org/a//b",
  "corroborate.annotations.folder": "notes/annotations",
}
`;

function workspace(settings?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-folder-'));
  mkdirSync(join(dir, 'desk'));
  writeFileSync(join(dir, 'desk', 'ferry.txt'), ARTICLE);
  if (settings !== undefined) {
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), settings);
  }
  return dir;
}

async function rejectFigure(dir: string, ...flags: string[]): Promise<{ code: number; stderr: string }> {
  const start = ARTICLE.indexOf('6,000');
  return cli(['annotate', 'desk/ferry.txt', '--start', `${start}`, '--end', `${start + 5}`, '--kind', 'number', '--detection', 'rejected', ...flags], dir);
}

async function figures(dir: string, ...flags: string[]): Promise<string[]> {
  const result = await cli(['scan', 'desk', ...flags], dir);
  assert.equal(result.code, 0, result.stderr);
  const scan = JSON.parse(result.stdout) as { documents: { mentions: { kind: string; text: string }[] }[] };
  return scan.documents.flatMap((d) => d.mentions.filter((m) => m.kind === 'number').map((m) => m.text));
}

test('annotate, scan and check use the sidecar folder the workspace settings name', async () => {
  const dir = workspace(SETTINGS);
  assert.ok((await figures(dir)).some((t) => t.includes('6,000')));
  const annotated = await rejectFigure(dir);
  assert.equal(annotated.code, 0, annotated.stderr);
  const sidecar = join(dir, 'notes', 'annotations', 'desk', 'ferry.txt.annotations.yaml');
  assert.ok(existsSync(sidecar), 'written in the mirrored folder');
  assert.ok(!existsSync(join(dir, 'desk', 'ferry.txt.annotations.yaml')), 'not beside the article');
  assert.match(readFileSync(sidecar, 'utf8'), /article: \.\.\/\.\.\/\.\.\/desk\/ferry\.txt/);
  assert.ok(!(await figures(dir)).some((t) => t.includes('6,000')), 'the rejection is read from the folder');
  for (const input of ['desk', 'desk/ferry.txt']) {
    const checked = await cli(['check', input, '--format', 'json'], dir);
    assert.equal(checked.code, 0, checked.stderr);
    assert.equal((JSON.parse(checked.stdout) as { annotations: unknown[] }).annotations.length, 1, input);
  }
  // The flag wins over the setting: with sidecars beside the articles there is none yet.
  assert.ok((await figures(dir, '--annotations-folder=')).some((t) => t.includes('6,000')));
});

test('settings that cannot say where sidecars are stop the command with a message naming the file and the flag', async () => {
  for (const [settings, expected] of [
    ['{ "corroborate.annotations.folder": "notes", ', /does not parse/],
    ['{ /* never closed', /does not parse/],
    ['["corroborate.annotations.folder"]', /object of settings/],
    ['{ "corroborate.annotations.folder": 7 }', /must be a folder name/],
    ['{ "corroborate.annotations.folder": "../elsewhere" }', /inside the workspace/],
    ['{ "corroborate.annotations.folder": "/etc" }', /inside the workspace/],
  ] as const) {
    const dir = workspace(settings);
    const result = await rejectFigure(dir);
    assert.equal(result.code, 2, settings);
    assert.match(result.stderr, expected, settings);
    assert.match(result.stderr, /\.vscode\/settings\.json .*--annotations-folder/s, settings);
    assert.ok(!existsSync(join(dir, 'desk', 'ferry.txt.annotations.yaml')), 'nothing written');
    // The flag reads no settings, so it gets a desk past a broken file.
    assert.equal((await rejectFigure(dir, '--annotations-folder', 'notes')).code, 0, settings);
    assert.ok(existsSync(join(dir, 'notes', 'desk', 'ferry.txt.annotations.yaml')));
  }
  const binary = workspace('');
  writeFileSync(join(binary, '.vscode', 'settings.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
  const result = await cli(['scan', 'desk'], binary);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot be read/);
  assert.equal((await cli(['scan', 'desk', '--annotations-folder', '../x'], binary)).code, 2, 'a flag outside the workspace is refused');
});

test('the setting is read as VS Code reads settings: comments, trailing commas, a byte-order mark, unset', () => {
  assert.deepEqual(annotationsFolderIn(SETTINGS), { folder: 'notes/annotations' });
  assert.deepEqual(annotationsFolderIn('\uFEFF{"corroborate.annotations.folder": "a\\\\b",}'), { folder: 'a/b' });
  assert.deepEqual(annotationsFolderIn('{"x": "// not a comment", "y": [1, 2,], }'), { folder: '' });
  assert.deepEqual(annotationsFolderIn('// only a comment\n{}'), { folder: '' });
  assert.ok('problem' in annotationsFolderIn(''));
  assert.ok('problem' in annotationsFolderIn('{"corroborate.annotations.folder": "a\u0000b"}'));
});
