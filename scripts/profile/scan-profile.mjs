#!/usr/bin/env node
// Where a warm `corroborate scan` spends its time, by function: the breakdown behind the
// bench's scan ratio. Runs the scan of a folder (default ../shared/corpora/fnc1-bodies) in
// this process once to warm the JIT, then again under V8's CPU profiler, and prints the
// functions with the most time of their own, the most time inclusive, and each pipeline
// step's callees. Output goes to a discarded stream, as in the bench. Needs `npx tsc -p .`.
// usage: node scripts/profile/scan-profile.mjs [--corpus DIR] [--top N] [--out FILE.cpuprofile]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { arg, compiled, FNC1_BODIES } from '../script-options.mjs';

const dir = resolve(arg('--corpus', FNC1_BODIES));
const top = Number(arg('--top', 25));
const { runScan } = compiled('cli/scan-command.js');
// As the command line (main.ts) and the bench do: without the word-meaning table claims are not compared by meaning.
compiled('core/meaning/word-vectors.js').provideWordVectors(compiled('cli/word-vectors-file.js').readWordVectorsFile);

class Discard extends Writable {
  _write(_chunk, _encoding, done) {
    done();
  }
}
const { forgetMemos } = compiled('core/memo-tables.js');
const scan = async () => {
  // As the bench does: no round profits from the memo tables the round before filled.
  forgetMemos();
  const start = performance.now();
  await runScan([dir], { stdout: new Discard(), stderr: new Discard(), cwd: dir });
  return performance.now() - start;
};

const cold = await scan();
const session = new Session();
session.connect();
const post = (method, params) => new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
const warm = await scan();
const { profile } = await post('Profiler.stop');
if (arg('--out')) writeFileSync(resolve(arg('--out')), JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const ownMs = new Map();
profile.samples.forEach((id, i) => ownMs.set(id, (ownMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));

const self = new Map();
const inclusive = new Map();
for (const [id, ms] of ownMs) {
  const key = label(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + ms);
  // A function counts once per sample however deep its recursion.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = label(byId.get(at));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    seen.add(k);
  }
}
const subtree = (n) => (ownMs.get(n.id) ?? 0) + (n.children ?? []).reduce((sum, c) => sum + subtree(byId.get(c)), 0);
/** Time under each callee of the functions named `name`, summed over the call tree. */
const callees = (name) => {
  const out = new Map();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== name) continue;
    for (const c of n.children ?? []) out.set(label(byId.get(c)), (out.get(label(byId.get(c))) ?? 0) + subtree(byId.get(c)));
  }
  return out;
};
const list = (map, n) => [...map].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n');

console.log(`scan of ${dir}: first run ${cold.toFixed(0)} ms, profiled warm run ${warm.toFixed(0)} ms`);
console.log(`  most time of their own:\n${list(self, top)}`);
console.log(`  most time inclusive:\n${list(inclusive, top)}`);
for (const step of ['analyzeTexts', 'documentFeaturesOfAll', 'linkWorkspaceSteps', 'linkClaims']) console.log(`  under ${step}:\n${list(callees(step), 8)}`);
