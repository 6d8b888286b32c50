import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './cli-capture';

// Two short reports of our own that name one harbourmaster and disagree on how many were displaced.
const NORTH = 'The harbourmaster, Ilse Brandvold, said the ferry ran on Saturday.\nIn the Varnel district, officials said nearly 6,000 people have been displaced from lakeside villages since January.\n';
const SOUTH = 'Ilse Brandvold told reporters the ferry ran on Saturday.\nAccording to the relief agency, about 2,000 displaced people have registered for assistance in the Varnel district since January.\n';

interface Scan {
  documents: { path: string; mentions: { id: string; kind: string; text: string; start: number; cluster?: string }[] }[];
  clusters: { id: string; label: string; documents: number; mentions: number }[];
  discrepancies: { cluster: string; mentions: { path: string; id: string }[] }[];
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-decisions-'));
  writeFileSync(join(dir, 'north.txt'), NORTH);
  writeFileSync(join(dir, 'south.txt'), SOUTH);
  return dir;
}

async function scan(dir: string, ...flags: string[]): Promise<Scan> {
  const result = await cli(['scan', '.', ...flags], dir);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as Scan;
}

async function reject(dir: string, file: string, exact: string, kind: string): Promise<void> {
  const text = readFileSync(join(dir, file), 'utf8');
  const start = text.indexOf(exact);
  const result = await cli(['annotate', file, '--start', `${start}`, '--end', `${start + exact.length}`, '--kind', kind, '--detection', 'rejected'], dir);
  assert.equal(result.code, 0, result.stderr);
}

test('scan and report leave out what a sidecar rejects; --detections-as-detected shows it', async () => {
  const dir = workspace();
  const before = await scan(dir);
  assert.equal(before.discrepancies.length, 1);
  const brandvold = before.clusters.find((c) => c.label === 'Ilse Brandvold');
  assert.deepEqual([brandvold?.documents, brandvold?.mentions], [2, 2]);

  await reject(dir, 'north.txt', 'nearly 6,000 people', 'number');
  await reject(dir, 'north.txt', 'Ilse Brandvold', 'actor');
  // Moved by an edit made outside: the decisions are placed against the text as it reads now.
  writeFileSync(join(dir, 'north.txt'), 'Flood Update\n\n' + NORTH);

  const after = await scan(dir);
  const north = after.documents.find((d) => d.path === 'north.txt')!;
  assert.ok(!north.mentions.some((m) => m.kind !== 'claim' && (m.text.includes('6,000') || m.text === 'Ilse Brandvold')), 'rejected mentions are gone from their document');
  assert.deepEqual(after.discrepancies, [], 'a disagreement left with one source is gone');
  const alone = after.clusters.find((c) => c.id === brandvold?.id);
  assert.deepEqual([alone?.documents, alone?.mentions], [1, 1], 'counts leave the rejected mention out');

  const detected = await scan(dir, '--detections-as-detected');
  assert.equal(detected.discrepancies.length, 1);
  assert.ok(detected.documents.find((d) => d.path === 'north.txt')!.mentions.some((m) => m.text === 'Ilse Brandvold'));

  const report = await cli(['report', '.'], dir);
  assert.match(report.stdout, /No conflicting figures or quotes found/);
  assert.doesNotMatch(report.stdout, /\| Ilse Brandvold \|/);
  const full = await cli(['report', '.', '--detections-as-detected'], dir);
  assert.match(full.stdout, /Conflict: people displaced/);
});

test('a sidecar that does not validate is reported, its decisions not applied, and left as it is', async () => {
  const dir = workspace();
  const broken = 'version: 1\narticle: north.txt\nannotations: [oops\n';
  writeFileSync(join(dir, 'north.txt.annotations.yaml'), broken);
  const result = await cli(['scan', '.'], dir);
  assert.equal(result.code, 0);
  assert.match(result.stderr, /north\.txt\.annotations\.yaml:\d+: does not validate; its decisions are not applied/);
  assert.equal(JSON.parse(result.stdout).discrepancies.length, 1);
  assert.equal(readFileSync(join(dir, 'north.txt.annotations.yaml'), 'utf8'), broken);
});
