#!/usr/bin/env node
// Times workspace linking on a folder of articles, apart from analysis, so linking can be
// profiled on its own: `node --cpu-prof scripts/profile/link-profile.mjs [--corpus DIR]`.
// Builds the index once (analysis), then relinks it: cold (first relink, nothing cached),
// warm (nothing changed), after one edited document, and the CLI's one-shot linkWorkspace.
// Prints each median and a fingerprint of the clusters and discrepancies, so a change that
// should not alter output can be checked on the whole corpus. Times are CPU milliseconds.
// Needs `npx tsc -p .` first.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { arg, compiled, FNC1_BODIES, repo } from '../script-options.mjs';

// `--out DIR`: the compiled tree to load (default out/), e.g. a build of an earlier commit to compare with.
const out = (p) => compiled(p, arg('--out', join(repo, 'out')));
const dir = resolve(arg('--corpus', FNC1_BODIES));
const rounds = Number(arg('--rounds', 5));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// CPU time of this process, not wall time: the machine is shared, and a busy neighbour
// stretches wall time far more than it stretches the work done.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const time = (fn) => {
  const t = cpuMs();
  const result = fn();
  return [cpuMs() - t, result];
};

const { analyzeText } = out('core/analysis.js');
const { WorkspaceIndex } = out('core/index/workspace-index.js');
const { linkWorkspace } = out('core/link/workspace-linking.js');

const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
const docs = files.map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
let started = cpuMs();
const index = new WorkspaceIndex((text) => analyzeText(text));
for (const d of docs) index.update(d.path, d.text);
const analysisMs = cpuMs() - started;

function fingerprint(linking) {
  const hash = createHash('sha256');
  for (const [id, c] of linking.clusters) hash.update(`${id}|${c.label}|${c.about ?? ''}|${c.actorType ?? ''}|${c.members.map((m) => `${m.path}#${m.index}`).join(',')}\n`);
  for (const d of linking.discrepancies) hash.update(`${d.cluster}|${d.about}|${d.relation}|${d.mentions.map((m) => `${m.path}#${m.index}`).join(',')}\n`);
  return hash.digest('hex').slice(0, 16);
}

const [coldMs, cold] = time(() => index.relink());
const warm = [];
for (let r = 0; r < rounds; r++) warm.push(time(() => index.relink())[0]);
// One edited document, as after a typing pause: a word appended to a mid-sized article.
const target = docs[Math.floor(docs.length / 2)];
const edited = [];
let after;
for (let r = 0; r < rounds; r++) {
  index.update(target.path, `${target.text} Edit ${r}.`);
  const [ms, linking] = time(() => index.relink());
  edited.push(ms);
  after = linking;
}
index.update(target.path, target.text);
const back = index.relink();
// The editor runs a relink in steps (relinkSteps); each step must stay short. Garbage
// collections are recorded too: a step with one in it says more about this process's heap
// (several times the editor's: every round's index is alive) than about the step's own work.
const steps = [];
const spans = [];
const collections = [];
const gcObserver = new PerformanceObserver((list) => collections.push(...list.getEntries()));
gcObserver.observe({ entryTypes: ['gc'] });
// An older build (--out) may not have relinkSteps: then the step figures are left out.
for (let r = 0; r < rounds && typeof index.relinkSteps === 'function'; r++) {
  index.update(target.path, `${target.text} Step ${r}.`);
  const run = index.relinkSteps();
  for (;;) {
    const t = performance.now();
    const next = run.next();
    const end = performance.now();
    steps.push(end - t);
    spans.push([t, end]);
    if (next.done) break;
  }
}
index.update(target.path, target.text);
index.relink();
const sortedSteps = steps.length > 0 ? [...steps].sort((a, b) => a - b) : [0];
await new Promise((done) => setTimeout(done, 50));
gcObserver.disconnect();
const collecting = (t, end) => collections.some((gc) => gc.startTime < end && gc.startTime + gc.duration > t);
const withoutGc = spans.filter(([t, end]) => !collecting(t, end)).map(([t, end]) => end - t).sort((a, b) => b - a);
const documents = index.paths().map((p) => index.document(p));
const oneShot = [];
let fresh;
for (let r = 0; r < Math.min(rounds, 3); r++) {
  const [ms, linking] = time(() => linkWorkspace(documents));
  oneShot.push(ms);
  fresh = linking;
}
// As the command line links: documents it has never seen, so nothing cached per document.
const coldOneShot = [];
for (let r = 0; r < Math.min(rounds, 3); r++) coldOneShot.push(time(() => linkWorkspace(documents.map((d) => ({ ...d }))))[0]);
console.log(JSON.stringify({
  documents: docs.length,
  analysis_ms: Math.round(analysisMs),
  relink_cold_ms: Math.round(coldMs),
  relink_warm_ms: Math.round(median(warm)),
  relink_after_edit_ms: Math.round(median(edited)),
  link_workspace_fresh_ms: Math.round(median(oneShot)),
  link_workspace_new_documents_ms: Math.round(median(coldOneShot)),
  // Wall milliseconds per step of relinkSteps over all rounds: the longest the editor would block.
  relink_steps: {
    per_relink: Math.round(steps.length / rounds), p99_ms: +sortedSteps[Math.floor(steps.length * 0.99)].toFixed(2), max_ms: +sortedSteps.at(-1).toFixed(2),
    // The longest steps in which no garbage collection ran: the steps' own work.
    longest_without_gc_ms: withoutGc.slice(0, 5).map((ms) => +ms.toFixed(2)),
    with_gc: steps.length - withoutGc.length,
  },
  fingerprint: { cold: fingerprint(cold), restored: fingerprint(back), fresh: fingerprint(fresh), edited: fingerprint(after) },
  heap_mb: Math.round(process.memoryUsage().heapUsed / 1048576),
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
}, null, 1));
