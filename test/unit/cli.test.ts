import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './cli-capture';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'wire.txt'), 'Talks End in Geneva\nEnvoy Lena Marsh said on Tuesday that a total of 240 detainees would be freed.\n');
  writeFileSync(join(dir, 'news', 'paper.md'), '# Swap agreed\n\nBoth sides will free 120 detainees each, Marsh told reporters.\n');
  writeFileSync(join(dir, 'news', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'news', 'huge.txt'), 'word '.repeat(5000));
  writeFileSync(join(dir, 'news', 'latin.txt'), Buffer.from('Caf\xe9 owners in Lyon said 30 shops closed.', 'latin1'));
  return dir;
}

test('scan prints the JSON schema with relative paths, UTF-16 offsets and workspace-wide clusters', async () => {
  const dir = workspace();
  const { code, stdout, stderr } = await cli(['scan', 'news', '--max-size', '10000'], dir);
  assert.equal(code, 0);
  const scan = JSON.parse(stdout);
  assert.equal(scan.version, 1);
  assert.deepEqual(scan.documents.map((d: { path: string }) => d.path), ['news/latin.txt', 'news/paper.md', 'news/wire.txt']);
  const wire = scan.documents.find((d: { path: string }) => d.path === 'news/wire.txt');
  const text = readFileSync(join(dir, 'news', 'wire.txt'), 'utf8');
  for (const m of wire.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.match(m.id, /^m\d+$/);
    assert.ok(['actor', 'number', 'claim'].includes(m.kind));
  }
  const total = wire.mentions.find((m: { text: string }) => m.text === 'a total of 240 detainees');
  assert.deepEqual(total.value, { amount: 240, unit: 'detainee', scope: 'total', approx: 'exact' });
  const marsh = (path: string) => scan.documents.find((d: { path: string }) => d.path === path).mentions.find((m: { kind: string; text: string }) => m.kind === 'actor' && m.text.includes('Marsh'));
  assert.equal(marsh('news/wire.txt').cluster, marsh('news/paper.md').cluster);
  assert.ok(scan.discrepancies.some((d: { relation: string }) => d.relation === 'consistent-after-arithmetic'));
  assert.match(stderr, /photo\.txt: skipped, looks like a binary file/);
  assert.match(stderr, /huge\.txt: skipped, .* over the size limit/);
  assert.match(stderr, /latin\.txt: not valid UTF-8; read as Windows-1252/);
});

test('scan --format markdown and report -o write readable, escaped Markdown', async () => {
  const dir = workspace();
  writeFileSync(join(dir, 'news', 'hostile.md'), 'Officials said [click](command:workbench.action.quit) 40 homes burned.\n');
  const { stdout } = await cli(['scan', 'news', '--format', 'markdown'], dir);
  assert.match(stdout, /^# Corroborate scan/);
  assert.ok(!/(?<!\\)\]\(command:/.test(stdout), 'article text must not become a link');
  const report = await cli(['report', 'news', '-o', 'report.md'], dir);
  assert.equal(report.code, 0);
  const written = readFileSync(join(dir, 'report.md'), 'utf8');
  assert.match(written, /^# Cross-source report/);
  assert.match(written, /Consistent after arithmetic: prisoners exchanged/);
});

test('usage errors exit 2 with a message; help exits 0', async () => {
  const dir = workspace();
  assert.equal((await cli(['scan'], dir)).code, 2);
  const bad = await cli(['scan', 'news', '--format', 'xml'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format is json or markdown/);
  assert.equal((await cli(['scan', '--frobnicate', 'news'], dir)).code, 2);
  assert.equal((await cli(['frobnicate'], dir)).code, 2);
  // Names of every object's properties are unknown commands too, not the prototype's functions.
  const ctor = await cli(['constructor'], dir);
  assert.equal(ctor.code, 2);
  assert.match(ctor.stderr, /unknown command 'constructor'/);
  const helpOnPrototype = await cli(['help', 'toString'], dir);
  assert.equal(helpOnPrototype.code, 0);
  assert.match(helpOnPrototype.stdout, /usage: corroborate/);
  assert.equal((await cli(['help', 'scan'], dir)).code, 0);
  const missing = await cli(['scan', 'nowhere'], dir);
  assert.match(missing.stderr, /nowhere: no such file or folder/);
});

test('an actors file that does not parse is reported with its line, and scanning goes on', async () => {
  const dir = workspace();
  mkdirSync(join(dir, '.corroborate'));
  writeFileSync(join(dir, '.corroborate', 'actors.yaml'), 'actors:\n  - label: "Lena Marsh\n    names: [Marsh\n');
  const { code, stderr } = await cli(['scan', 'news'], dir);
  assert.equal(code, 0);
  assert.match(stderr, /\.corroborate\/actors\.yaml:\d+: /);
  assert.match(stderr, /\.corroborate\/actors\.yaml could not be read as YAML; it is left out of this run/);
});
