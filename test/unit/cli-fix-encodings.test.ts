import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSidecar } from '../../src/core/annotations/index';
import { cli } from './cli-capture';

// `check --fix` and the rename it follows, on the files a newsroom's tools leave: a byte-order
// mark, CRLF line ends, names and text beyond ASCII, and a sidecar that does not parse.

const BOM = '\uFEFF';
const FIRST = `${BOM}Zoë Łukasiewicz, the port’s director, said 240 passengers were stranded overnight.\r\nNobody was hurt.\r\n`;
const SECOND = 'Port officials in Zürich counted 240 passengers stranded until morning.\n';

const crlfWithBom = (text: string): string => BOM + text.replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n');
const lineEnds = (text: string): string[] => [...new Set(text.match(/\r?\n/g) ?? [])];

async function annotate(dir: string, file: string, exact: string, ...flags: string[]): Promise<void> {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const start = text.indexOf(exact);
  const result = await cli(['annotate', file, '--start', `${start}`, '--end', `${start + exact.length}`, '--kind', 'number', ...flags], dir);
  assert.equal(result.code, 0, result.stderr);
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-encodings-'));
  mkdirSync(join(dir, 'desk'));
  writeFileSync(join(dir, 'desk', 'hafen.txt'), FIRST);
  writeFileSync(join(dir, 'desk', 'zürich.txt'), SECOND);
  return dir;
}

test('check --fix on a CRLF article with a byte-order mark and accents writes UTF-16 offsets and keeps the sidecar\'s BOM and CRLF', async () => {
  const dir = workspace();
  await annotate(dir, 'desk/hafen.txt', '240 passengers');
  const sidecar = join(dir, 'desk', 'hafen.txt.annotations.yaml');
  writeFileSync(sidecar, crlfWithBom(readFileSync(sidecar, 'utf8')));
  writeFileSync(join(dir, 'desk', 'hafen.txt'), FIRST.replace(BOM, `${BOM}Ålesund 🚢 — update.\r\n\r\n`));
  const fixed = await cli(['check', '--fix'], dir);
  assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
  const written = readFileSync(sidecar, 'utf8');
  assert.ok(written.startsWith(BOM), 'the byte-order mark stays');
  assert.deepEqual(lineEnds(written), ['\r\n'], 'every line still ends in CRLF');
  const text = readFileSync(join(dir, 'desk', 'hafen.txt'), 'utf8').replace(BOM, '');
  const position = parseSidecar(written).file?.annotations[0].target.selector.position;
  assert.deepEqual(position, { start: text.indexOf('240 passengers'), end: text.indexOf('240 passengers') + 14 });
  const again = await cli(['check', '--format', 'json'], dir);
  assert.deepEqual((JSON.parse(again.stdout) as { annotations: { anchor: string }[] }).annotations.map((a) => a.anchor), ['exact']);
});

test('a rename followed by check --fix rewrites a link in a CRLF sidecar with a BOM, to a name beyond ASCII, and leaves a broken sidecar byte for byte', async () => {
  const dir = workspace();
  await annotate(dir, 'desk/hafen.txt', '240 passengers', '--value', 'see zürich.txt');
  const linking = join(dir, 'desk', 'hafen.txt.annotations.yaml');
  // A link to the other article, added by hand as a person would, then saved by a Windows editor.
  const source = readFileSync(linking, 'utf8').replace(/^(\s+)body:/m, '$1links:\n$1  - path: zürich.txt\n$1    exact: 240 passengers\n$1    relation: same-figure\n$1body:');
  assert.equal(parseSidecar(source).usable, true, source);
  writeFileSync(linking, crlfWithBom(source));
  await annotate(dir, 'desk/zürich.txt', '240 passengers');
  const broken = join(dir, 'desk', 'other.txt.annotations.yaml');
  const brokenBytes = Buffer.from(`${BOM}version: 1\r\narticle: other.txt\r\nannotations: [ {\r\n`, 'utf8');
  writeFileSync(broken, brokenBytes);

  mkdirSync(join(dir, 'archiv'));
  renameSync(join(dir, 'desk', 'zürich.txt'), join(dir, 'archiv', 'zürich 2026.txt'));
  renameSync(join(dir, 'desk', 'zürich.txt.annotations.yaml'), join(dir, 'archiv', 'zürich 2026.txt.annotations.yaml'));
  const fixed = await cli(['check', '--fix'], dir);
  assert.equal(fixed.code, 2, 'the broken sidecar is an error');
  assert.match(fixed.stdout + fixed.stderr, /other\.txt\.annotations\.yaml:\d+/);
  assert.match(fixed.stderr, /links to desk\/zürich\.txt → archiv\/zürich 2026\.txt/);
  const written = readFileSync(linking, 'utf8');
  assert.ok(written.startsWith(BOM));
  assert.deepEqual(lineEnds(written), ['\r\n']);
  assert.equal(parseSidecar(written).file?.annotations[0].links?.[0].path, '../archiv/zürich 2026.txt');
  assert.ok(readFileSync(broken).equals(brokenBytes), 'a sidecar that does not parse is never written');
});
