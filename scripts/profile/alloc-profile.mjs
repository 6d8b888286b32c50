#!/usr/bin/env node
// What a relink after one edit allocates, by function: the garbage that ends in the major
// collections which are the longest pauses left while typing in a large workspace.
// Builds the index of a folder (default ../shared/corpora/fnc1-bodies), edits one article
// and relinks it a few times under V8's sampling heap profiler (objects collected later
// included), then prints megabytes allocated per relink, by the allocating function (a
// built-in is named with its caller). Needs `npx tsc -p .` first.
// usage: node scripts/profile/alloc-profile.mjs [--corpus DIR] [--rounds N] [--top N]
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';
import { arg, compiled as out, FNC1_BODIES } from '../script-options.mjs';

const dir = resolve(arg('--corpus', FNC1_BODIES));
const rounds = Number(arg('--rounds', 3));
const top = Number(arg('--top', 25));

const { analyzeText } = out('core/analysis.js');
const { WorkspaceIndex } = out('core/index/workspace-index.js');
const { drain } = out('core/link/steps.js');

const docs = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
const index = new WorkspaceIndex((text) => analyzeText(text));
for (const d of docs) index.update(d.path, d.text);
index.relink();
const target = docs[Math.floor(docs.length / 2)];

const session = new Session();
session.connect();
const post = (method, params) => new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let r = 0; r < rounds; r++) {
  index.update(target.path, `${target.text} Edit ${r}.`);
  drain(index.relinkSteps());
}
const { profile } = await post('HeapProfiler.stopSampling');

const bytes = new Map();
const label = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
const walk = (node, caller) => {
  const own = label(node.callFrame);
  const name = node.callFrame.url ? own : `${own} < ${caller}`;
  bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, own);
};
walk(profile.head, '');
const mb = (b) => (b / rounds / 1048576).toFixed(1);
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
console.log(`${docs.length} documents; a relink after one edit allocates ${mb(total)} MB (mean of ${rounds})`);
for (const [name, b] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${mb(b).padStart(7)} MB  ${name}`);
