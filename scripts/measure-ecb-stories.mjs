#!/usr/bin/env node
// Counts the stories the scan finds in small folders that each cover one or two events: every
// ECB+ topic folder (../shared/corpora/ecbplus-dev/txt/N, two look-alike events per topic, the
// `ecb` and `ecbplus` subtopics of gold-claims/), the seed articles and the repository's samples.
// Topics are scanned under neutral file names (the product reads no meaning from names); the
// subtopic is read from the gold only to score the grouping: pairwise P/R/F1 against the two
// events of each topic, summed over topics.
// --sweep regroups the scanned topics in this process over the grouping's parameters (actor
// background, average-link similarity), topics 1-18 apart from 19-35 (build with `npx tsc -p .`).
// usage: node scripts/measure-ecb-stories.mjs [--corpus DIR] [--keep DIR] [--sweep] [--json]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, compiled, repo } from './script-options.mjs';

const corpus = resolve(arg('--corpus', join(repo, '..', 'shared', 'corpora', 'ecbplus-dev')));
const seeds = resolve(corpus, '..', '..', 'seeds');
const cli = join(repo, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const keep = arg('--keep', undefined);
const sweep = process.argv.includes('--sweep');
const work = keep ? (mkdirSync(keep, { recursive: true }), mkdtempSync(join(keep, 'run-'))) : mkdtempSync(join(tmpdir(), 'ecb-stories-'));

/** The scan's story of each scanned file name; with --keep the scan is kept beside the folder. */
function storiesOf(folder) {
  const text = execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--compact'], { cwd: folder, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (keep) writeFileSync(`${folder}.scan.json`, text);
  const scan = JSON.parse(text);
  lastScan = scan;
  return new Map(scan.documents.map((doc) => [doc.path.split('/').pop(), doc.story]));
}

let lastScan;
const rows = [];
/** For --sweep: each topic's story inputs, read from its scan, and the event of each. */
const regroup = [];
const totals = { both: 0, found: 0, gold: 0 };
const hasTopics = existsSync(join(corpus, 'txt')) && existsSync(join(corpus, 'gold-claims'));
const topics = hasTopics ? readdirSync(join(corpus, 'txt')).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b)) : [];
for (const topic of topics) {
  const gold = join(corpus, 'gold-claims', `topic_${topic}.json`);
  if (!existsSync(gold)) continue;
  const subtopicOf = new Map(JSON.parse(readFileSync(gold, 'utf8')).documents.map((d) => [d.file.split('/').pop(), d.subtopic]));
  const folder = join(work, `t${topic}`);
  mkdirSync(folder);
  const original = new Map();
  readdirSync(join(corpus, 'txt', topic)).filter((f) => f.endsWith('.txt')).sort().forEach((file, i) => {
    const neutral = `doc_${String(i).padStart(3, '0')}.txt`;
    original.set(neutral, file);
    copyFileSync(join(corpus, 'txt', topic, file), join(folder, neutral));
  });
  const story = storiesOf(folder);
  const files = [...story.keys()].filter((f) => subtopicOf.has(original.get(f)));
  let both = 0, found = 0, gold_ = 0;
  for (let a = 0; a < files.length; a++) {
    for (let b = a + 1; b < files.length; b++) {
      const same = subtopicOf.get(original.get(files[a])) === subtopicOf.get(original.get(files[b]));
      const grouped = story.get(files[a]) === story.get(files[b]);
      if (same) gold_++;
      if (grouped) found++;
      if (same && grouped) both++;
    }
  }
  totals.both += both; totals.found += found; totals.gold += gold_;
  if (sweep) regroup.push({ topic: Number(topic), ...storyInputs(folder, lastScan, (file) => subtopicOf.get(original.get(file))) });
  // Each event's documents, by the story they were given: how the events were cut up.
  const events = {};
  for (const f of files) {
    const event = subtopicOf.get(original.get(f));
    (events[event] ??= new Set()).add(story.get(f));
  }
  rows.push({ topic: Number(topic), documents: story.size, stories: new Set(story.values()).size, ecb: events.ecb?.size ?? 0, ecbplus: events.ecbplus?.size ?? 0, pairs: { both, found, gold: gold_ } });
}
const small = [];
for (const [name, folder] of [['seeds', seeds], ['samples', join(repo, 'samples')]]) {
  if (!existsSync(folder)) continue;
  const copy = join(work, name);
  mkdirSync(copy);
  for (const file of readdirSync(folder, { recursive: true })) {
    if (statSync(join(folder, file)).isDirectory()) mkdirSync(join(copy, file), { recursive: true });
    else copyFileSync(join(folder, file), join(copy, file));
  }
  small.push({ folder: name, stories: new Set(storiesOf(copy).values()).size });
}

if (!keep) rmSync(work, { recursive: true, force: true });

/** What story grouping reads of each scanned document, in path order as the scan groups them. */
function storyInputs(folder, scan, eventOf) {
  const { storyTermsOf } = compiled('core/stories/story-terms.js');
  const { foldTypography } = compiled('core/text/fold.js');
  const documents = [...scan.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    inputs: documents.map((doc) => ({
      terms: storyTermsOf(foldTypography(readFileSync(join(folder, doc.path), 'utf8'))),
      actors: doc.mentions.filter((m) => m.kind === 'actor' && m.cluster).map((m) => m.cluster),
    })),
    events: documents.map((doc) => eventOf(doc.path.split('/').pop())),
  };
}

/** Pairwise F1 against the events, and the stories per topic, for each setting, by half. */
function sweepGrouping() {
  const { storyVectors, TOP_FEATURES, BACKGROUND_DOCUMENTS } = compiled('core/stories/story-vectors.js');
  const { averageLink, STORY_SIMILARITY } = compiled('core/stories/average-link.js');
  const { drain } = compiled('core/link/steps.js');
  const settings = [0, 10, 30, 50, 70, 100, 300].map((background) => ({ background, similarity: STORY_SIMILARITY }))
    .concat([0.05, 0.08, 0.12, 0.15].map((similarity) => ({ background: BACKGROUND_DOCUMENTS, similarity })));
  return settings.map(({ background, similarity }) => {
    const halves = { seen: { both: 0, found: 0, gold: 0 }, unseen: { both: 0, found: 0, gold: 0 } };
    const counts = [];
    for (const { topic, inputs, events } of regroup) {
      const group = drain(averageLink(drain(storyVectors(inputs, TOP_FEATURES, background)), similarity));
      counts.push(new Set(group).size);
      const half = topic <= 18 ? halves.seen : halves.unseen;
      for (let a = 0; a < group.length; a++) {
        for (let b = a + 1; b < group.length; b++) {
          if (!events[a] || !events[b]) continue;
          const same = events[a] === events[b], grouped = group[a] === group[b];
          if (same) half.gold++;
          if (grouped) half.found++;
          if (same && grouped) half.both++;
        }
      }
    }
    const f1 = ({ both, found, gold }) => (found && gold ? round((2 * both) / (found + gold)) : 0);
    return { background, similarity, F1_1_18: f1(halves.seen), F1_19_35: f1(halves.unseen), one_or_two: counts.filter((c) => c <= 2).length, median_stories: counts.sort((a, b) => a - b)[counts.length >> 1] };
  });
}

const distribution = {};
for (const row of rows) distribution[row.stories] = (distribution[row.stories] ?? 0) + 1;
const P = totals.found ? totals.both / totals.found : 0;
const R = totals.gold ? totals.both / totals.gold : 0;
const round = (x) => +x.toFixed(3);
const result = { topics: rows.length, distribution, pairwise: { P: round(P), R: round(R), F1: round(P + R ? (2 * P * R) / (P + R) : 0) }, small, rows, ...(sweep && regroup.length ? { sweep: sweepGrouping() } : {}) };
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  if (rows.length === 0) console.log(`ECB+ topics not found at ${corpus}: skipped`);
  else {
    console.log('topic  documents  stories  (stories holding the ecb event / the ecbplus event)');
    for (const r of rows) console.log(`${String(r.topic).padStart(5)}  ${String(r.documents).padStart(9)}  ${String(r.stories).padStart(7)}  (${r.ecb} / ${r.ecbplus})`);
    console.log(`stories per topic folder: ${Object.entries(distribution).map(([k, v]) => `${k} stories × ${v}`).join(', ')}`);
    console.log(`grouping against the two events of each topic, pairwise  P ${result.pairwise.P}  R ${result.pairwise.R}  F1 ${result.pairwise.F1}`);
  }
  for (const s of small) console.log(`${s.folder}: ${s.stories} ${s.stories === 1 ? 'story' : 'stories'}`);
  if (result.sweep) {
    console.log('\nsweep, regrouped in this process: pairwise F1 against the events, topics 1-18 / 19-35; topic folders in 1 or 2 stories; median stories per folder');
    for (const r of result.sweep) console.log(`  actor background ${String(r.background).padStart(3)}  similarity ${r.similarity.toFixed(2)}  F1 ${r.F1_1_18.toFixed(3)} / ${r.F1_19_35.toFixed(3)}  1-2 stories in ${r.one_or_two} of ${rows.length}  median ${r.median_stories}`);
  }
}
