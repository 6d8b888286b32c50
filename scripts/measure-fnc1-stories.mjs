#!/usr/bin/env node
// Measures story grouping on the FNC-1 bodies (../shared/corpora/fnc1-bodies) against the dev
// story labels (../shared/corpora/fnc1-stories-dev.json), from one `corroborate scan` of the
// whole folder: pairwise story P/R/F1 over labelled bodies (all, and each half of the dev stories),
// and how often figures, claims and discrepancies set bodies of different stories side by side.
// --sweep also regroups in this process over a range of the grouping's two parameters (profile
// size, average-link similarity and the actor background), to show how flat the result is, and a split-half check:
// the similarity best on one half of the dev stories, scored on the other.
// usage: node scripts/measure-fnc1-stories.mjs [--corpus DIR] [--scan SCAN.json] [--sweep] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { arg, compiled, FNC1_BODIES, repo } from './script-options.mjs';

const corpus = resolve(arg('--corpus', FNC1_BODIES));
const labelsFile = join(corpus, '..', 'fnc1-stories-dev.json');
const cli = join(repo, 'dist', 'cli.js');
if (!existsSync(corpus) || !existsSync(labelsFile)) {
  console.log(`skipped: FNC-1 bodies or story labels not found at ${corpus}`);
  process.exit(0);
}

const labels = JSON.parse(readFileSync(labelsFile, 'utf8'));
/** Body file name → dev story, and which half of the dev stories it is in (alternate stories in file order). */
const storyOfBody = new Map();
const halfOfStory = new Map();
labels.stories.forEach((story, i) => {
  halfOfStory.set(story.id, i % 2 === 0 ? 'A' : 'B');
  for (const body of story.bodies) storyOfBody.set(body.file, story.id);
});

const scanText = arg('--scan') ? readFileSync(arg('--scan'), 'utf8')
  : (() => {
    if (!existsSync(cli)) {
      console.error('dist/cli.js is missing: run `npm run build` first');
      process.exit(2);
    }
    return execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--compact'], { cwd: corpus, maxBuffer: 1 << 30, encoding: 'utf8' });
  })();
const scan = JSON.parse(scanText);
const labelOf = (path) => storyOfBody.get(basename(path));

/** Pairwise precision, recall and F1 over labelled bodies: a pair is found when both have one group. */
function pairwise(groupOf, half) {
  const bodies = [...storyOfBody.keys()].filter((file) => groupOf.has(file) && (!half || halfOfStory.get(storyOfBody.get(file)) === half));
  let both = 0, found = 0, gold = 0;
  for (let a = 0; a < bodies.length; a++) {
    for (let b = a + 1; b < bodies.length; b++) {
      const same = storyOfBody.get(bodies[a]) === storyOfBody.get(bodies[b]);
      const grouped = groupOf.get(bodies[a]) === groupOf.get(bodies[b]);
      if (same) gold++;
      if (grouped) found++;
      if (same && grouped) both++;
    }
  }
  const P = found ? both / found : 0;
  const R = gold ? both / gold : 0;
  return { P: round(P), R: round(R), F1: round(P + R ? (2 * P * R) / (P + R) : 0) };
}

const round = (x) => +x.toFixed(3);

/** Of the pairs of labelled bodies that share a cluster of this kind, the share from different dev stories. */
function crossStoryLinks(kind) {
  const members = new Map();
  for (const doc of scan.documents) {
    if (!labelOf(doc.path)) continue;
    for (const m of doc.mentions) {
      if (m.kind !== kind || !m.cluster) continue;
      let docs = members.get(m.cluster);
      if (!docs) members.set(m.cluster, (docs = new Set()));
      docs.add(doc.path);
    }
  }
  const pairs = new Set();
  let cross = 0;
  for (const docs of members.values()) {
    const list = [...docs].sort();
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]}\n${list[b]}`;
        if (pairs.has(key)) continue;
        pairs.add(key);
        if (labelOf(list[a]) !== labelOf(list[b])) cross++;
      }
    }
  }
  return { pairs: pairs.size, cross, share: round(pairs.size ? cross / pairs.size : 0) };
}

/** Discrepancies with labelled bodies on two sides or more, and those whose bodies lie in different dev stories. */
function crossStoryDiscrepancies() {
  let judged = 0, cross = 0;
  for (const d of scan.discrepancies) {
    const stories = new Set();
    const docs = new Set();
    for (const m of d.mentions) {
      const story = labelOf(m.path);
      if (!story) continue;
      stories.add(story);
      docs.add(m.path);
    }
    if (docs.size < 2) continue;
    judged++;
    if (stories.size > 1) cross++;
  }
  return { discrepancies: scan.discrepancies.length, judged, cross, share: round(judged ? cross / judged : 0) };
}

const scannedGroups = new Map(scan.documents.filter((d) => d.story).map((d) => [basename(d.path), d.story]));
const result = {
  documents: scan.documents.length,
  stories: scan.stories?.length ?? 0,
  story: scannedGroups.size ? { all: pairwise(scannedGroups), A: pairwise(scannedGroups, 'A'), B: pairwise(scannedGroups, 'B') } : null,
  figures: crossStoryLinks('number'),
  claims: crossStoryLinks('claim'),
  discrepancies: crossStoryDiscrepancies(),
  ...groupingInProcess(),
};

/** Regroups the scanned documents in this process: how long grouping takes, and with --sweep how its parameters matter. */
function groupingInProcess() {
  const { storyTermsOf } = compiled('core/stories/story-terms.js');
  const { storyVectors, TOP_FEATURES, BACKGROUND_DOCUMENTS } = compiled('core/stories/story-vectors.js');
  const { averageLink, STORY_SIMILARITY } = compiled('core/stories/average-link.js');
  const { drain } = compiled('core/link/steps.js');
  const { foldTypography } = compiled('core/text/fold.js');
  const documents = [...scan.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const inputs = documents.map((doc) => ({
    terms: storyTermsOf(foldTypography(readFileSync(join(corpus, basename(doc.path)), "utf8"))),
    actors: doc.mentions.filter((m) => m.kind === 'actor' && m.cluster).map((m) => m.cluster),
  }));
  const groupsOf = (top, similarity, background = BACKGROUND_DOCUMENTS) => {
    const group = drain(averageLink(drain(storyVectors(inputs, top, background)), similarity));
    return new Map(documents.map((doc, d) => [basename(doc.path), group[d]]));
  };
  const started = performance.now();
  drain(averageLink(drain(storyVectors(inputs)), STORY_SIMILARITY));
  const out = { grouping_ms: Math.round(performance.now() - started) };
  if (!process.argv.includes('--sweep')) return out;
  const similarities = [0.03, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25];
  out.sweep = [];
  for (const top of [20, 30, TOP_FEATURES, 60, 80]) {
    for (const similarity of similarities) {
      const groups = groupsOf(top, similarity);
      out.sweep.push({ top, similarity, all: pairwise(groups).F1, A: pairwise(groups, 'A').F1, B: pairwise(groups, 'B').F1, groups: new Set(groups.values()).size });
    }
  }
  out.background = [0, 10, 30, 50, 100, 300, 1000].map((background) => {
    const groups = groupsOf(TOP_FEATURES, STORY_SIMILARITY, background);
    return { background, all: pairwise(groups).F1, A: pairwise(groups, 'A').F1, B: pairwise(groups, 'B').F1, groups: new Set(groups.values()).size };
  });
  const atDefault = out.sweep.filter((row) => row.top === TOP_FEATURES);
  const best = (half) => atDefault.reduce((x, y) => (y[half] > x[half] ? y : x));
  out.split_half = {
    tuned_on_A: { similarity: best('A').similarity, A: best('A').A, B: best('A').B },
    tuned_on_B: { similarity: best('B').similarity, B: best('B').B, A: best('B').A },
  };
  return out;
}

if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  const s = result.story;
  console.log(`FNC-1: ${result.documents} documents in ${result.stories} stories; ${storyOfBody.size} bodies labelled in ${labels.stories.length} dev stories`);
  if (s) console.log(`story grouping (pairwise over labelled bodies)  P ${s.all.P}  R ${s.all.R}  F1 ${s.all.F1}   (half A F1 ${s.A.F1}, half B F1 ${s.B.F1})`);
  else console.log('story grouping: the scan reports no stories');
  for (const kind of ['figures', 'claims']) {
    const x = result[kind];
    console.log(`${kind} linking bodies of different stories  ${(x.share * 100).toFixed(1)}% of ${x.pairs} linked pairs (${x.cross})`);
  }
  const d = result.discrepancies;
  console.log(`discrepancies setting different stories against each other  ${(d.share * 100).toFixed(1)}% of ${d.judged} with labelled bodies on two sides (${d.cross}; ${d.discrepancies} in all)`);
  console.log(`grouping alone, in this process  ${result.grouping_ms} ms`);
  if (result.sweep) {
    console.log('\nsweep: pairwise F1 (all / half A / half B) by profile size and average-link similarity');
    for (const row of result.sweep) console.log(`  top ${String(row.top).padStart(2)}  similarity ${row.similarity.toFixed(2)}  F1 ${row.all.toFixed(3)} / ${row.A.toFixed(3)} / ${row.B.toFixed(3)}  (${row.groups} stories)`);
    console.log('actor background (articles naming no actor of the workspace, read beside it):');
    for (const row of result.background) console.log(`  background ${String(row.background).padStart(4)}  F1 ${row.all.toFixed(3)} / ${row.A.toFixed(3)} / ${row.B.toFixed(3)}  (${row.groups} stories)`);
    const { tuned_on_A: a, tuned_on_B: b } = result.split_half;
    console.log(`split half: best similarity on A ${a.similarity} (A ${a.A}) scores B ${a.B}; best on B ${b.similarity} (B ${b.B}) scores A ${b.A}`);
  }
}
