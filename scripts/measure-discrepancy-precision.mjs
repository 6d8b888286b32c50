#!/usr/bin/env node
// Precision of the discrepancies a scan of the FNC-1 folder reports, on a set judged by hand
// (test/fixtures/judged/fnc1-discrepancies.json: each judged discrepancy's mentions by path and
// offsets, its kind, verdict and reason; never the article text, which stays in ../shared).
// Scans ../shared/corpora/fnc1-bodies, matches each reported discrepancy to a judged one by its
// mentions, and prints per kind: precision on the judged ones found, how many judged-real ones are
// still reported, and how many reported ones nobody judged (the coverage a reader should weigh).
// usage: node scripts/measure-discrepancy-precision.mjs [--corpus DIR] [--scan FILE] [--json]
//        [--sample N --seed S [--kind quote|figure]]  prints N unjudged reported ones for judging
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { arg, repo, FNC1_BODIES } from './script-options.mjs';

const corpus = resolve(arg('--corpus', FNC1_BODIES));
const judgedFile = join(repo, 'test', 'fixtures', 'judged', 'fnc1-discrepancies.json');
const cli = join(repo, 'dist', 'cli.js');

if (!existsSync(corpus)) {
  console.log(`skipped: FNC-1 bodies not found at ${corpus}`);
  process.exit(0);
}
if (!existsSync(cli) && !arg('--scan')) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const scanText = arg('--scan')
  ? readFileSync(arg('--scan'), 'utf8')
  : execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: corpus, maxBuffer: 1 << 30, encoding: 'utf8' });
const scan = JSON.parse(scanText);
const judged = JSON.parse(readFileSync(judgedFile, 'utf8')).items;

/** Quote conflicts and figure conflicts: the two kinds the judged set has. */
const kindOf = (about) => (about === 'the same quote attributed to different speakers' ? 'quote' : 'figure');
const mentionKey = (m) => `${m.path}@${m.start}-${m.end}`;
const identity = (kind, mentions) => `${kind}|${mentions.map(mentionKey).sort().join('|')}`;

const byPath = new Map(scan.documents.map((d) => [d.path, new Map(d.mentions.map((m) => [m.id, m]))]));
const reported = scan.discrepancies.map((d) => {
  const mentions = d.mentions.map(({ path, id }) => {
    const m = byPath.get(path).get(id);
    return { path, start: m.start, end: m.end, speaker: m.speaker, via: m.via, text: m.text };
  });
  const kind = kindOf(d.about);
  return { kind, about: d.about, mentions, identity: identity(kind, mentions) };
});
const judgedById = new Map(judged.map((j) => [identity(j.kind, j.mentions), j]));

const sampleSize = Number(arg('--sample', '0'));
if (sampleSize > 0) printSample(sampleSize);
else printPrecision();

function printPrecision() {
  const result = {};
  for (const kind of ['quote', 'figure']) {
    const ofKind = reported.filter((d) => d.kind === kind);
    const found = ofKind.map((d) => judgedById.get(d.identity)).filter(Boolean);
    const real = found.filter((j) => j.verdict === 'real').length;
    const reportedKeys = ofKind.map((d) => new Set(d.mentions.map(mentionKey)));
    // A real one is still found while some reported discrepancy holds the mentions that made it real.
    const realJudged = judged.filter((j) => j.kind === kind && j.verdict === 'real');
    const stillFound = realJudged.filter((j) => reportedKeys.some((keys) => (j.core ?? j.mentions).every((m) => keys.has(mentionKey(m)))));
    result[kind] = {
      reported: ofKind.length,
      judged_found: found.length,
      judged_real: real,
      precision: found.length ? +(real / found.length).toFixed(3) : null,
      real_judged_total: realJudged.length,
      real_still_reported: stillFound.length,
      unjudged: ofKind.length - found.length,
    };
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log('kind    reported  judged found  real  precision  real still reported  unjudged');
    for (const [kind, r] of Object.entries(result)) {
      console.log(`${kind.padEnd(8)}${String(r.reported).padStart(8)}${String(r.judged_found).padStart(14)}${String(r.judged_real).padStart(6)}`
        + `${String(r.precision ?? '-').padStart(11)}${`${r.real_still_reported}/${r.real_judged_total}`.padStart(21)}${String(r.unjudged).padStart(10)}`);
    }
  }
}

/** A small seeded generator (mulberry32), so a sample can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Unjudged reported discrepancies, drawn at random, each side with the words around it: what a judge reads. */
function printSample(size) {
  const next = random(Number(arg('--seed', '1')));
  const kind = arg('--kind');
  const pool = reported.filter((d) => !judgedById.has(d.identity) && (!kind || d.kind === kind));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const texts = new Map();
  const textOf = (path) => texts.get(path) ?? texts.set(path, readFileSync(join(corpus, path), 'utf8')).get(path);
  const storiesFile = join(corpus, '..', 'fnc1-stories-dev.json');
  // Story labels only help the judge read; the product never sees them.
  const storyOf = new Map();
  if (existsSync(storiesFile)) {
    for (const story of JSON.parse(readFileSync(storiesFile, 'utf8')).stories) for (const b of story.bodies) storyOf.set(b.file, story.id.slice(6, 12));
  }
  const picked = pool.slice(0, size);
  picked.forEach((d, n) => {
    console.log(`\n##### ${n + 1} ${d.kind}: ${d.about} (${d.mentions.length} mentions)`);
    for (const m of d.mentions.slice(0, 12)) {
      const text = textOf(m.path);
      const around = (from, to) => text.slice(Math.max(0, from), Math.min(text.length, to)).replace(/\s+/g, ' ');
      const shown = d.kind === 'quote'
        ? `${around(m.start - 90, m.start)}[[${around(m.start, Math.min(m.end, m.start + 90))}]]${around(m.end, m.end + 110)}`
        : `${around(m.start - 150, m.start)}[[${around(m.start, m.end)}]]${around(m.end, m.end + 80)}`;
      const who = d.kind === 'quote' ? ` speaker=${m.speaker ?? '-'}${m.via ? ` via=${m.via}` : ''}` : '';
      console.log(`- ${m.path}:${m.start}-${m.end} story=${storyOf.get(m.path) ?? '?'}${who}\n    ${shown}`);
    }
    if (d.mentions.length > 12) console.log(`  …${d.mentions.length - 12} more; stories: ${[...new Set(d.mentions.map((m) => storyOf.get(m.path) ?? '?'))].join(' ')}`);
    console.log(`  JSON ${JSON.stringify({ kind: d.kind, mentions: d.mentions.map(({ path, start, end }) => ({ path, start, end })) })}`);
  });
}
