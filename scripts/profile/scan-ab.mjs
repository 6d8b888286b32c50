#!/usr/bin/env node
// Two builds' warm scans side by side in one process: on a shared machine, bench runs minutes
// apart differ by a fifth, while scans alternated in one process see the same load. Loads the
// compiled tree of each build (`npx tsc -p .` in each; e.g. `git worktree add /tmp/base <sha>`
// with node_modules linked), warms both, then runs them in turn, swapping which goes first,
// and prints wall and CPU milliseconds per pair and the median ratio (other / this).
// usage: node scripts/profile/scan-ab.mjs --other DIR [--pairs N] [--corpus DIR]
//   --other: the other build's repository folder (its out/ is loaded); this build is this repository's out/.
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { arg, compiled, FNC1_BODIES, repo } from '../script-options.mjs';

const other = arg('--other');
if (!other) throw new Error('give --other DIR, a repository folder with a compiled out/');
const dir = resolve(arg('--corpus', FNC1_BODIES));
const pairs = Number(arg('--pairs', 6));
const builds = { this: compiled('cli/scan-command.js', join(repo, 'out')), other: compiled('cli/scan-command.js', join(resolve(other), 'out')) };
// Each build's word-meaning table, as the command line (main.ts) provides it: without it claims are not compared by meaning.
for (const outDir of [join(repo, 'out'), join(resolve(other), 'out')]) {
  compiled('core/meaning/word-vectors.js', outDir).provideWordVectors(compiled('cli/word-vectors-file.js', outDir).readWordVectorsFile);
}

class Discard extends Writable {
  _write(_chunk, _encoding, done) {
    done();
  }
}
const io = { stdout: new Discard(), stderr: new Discard(), cwd: dir };

async function scan(build) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const code = await build.runScan([dir], io);
  if (code !== 0) throw new Error(`scan exited with ${code}`);
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < 2; i++) for (const build of Object.values(builds)) await scan(build);
const wallRatios = [];
const cpuRatios = [];
for (let p = 0; p < pairs; p++) {
  const order = p % 2 === 0 ? ['this', 'other'] : ['other', 'this'];
  const run = {};
  for (const name of order) run[name] = await scan(builds[name]);
  wallRatios.push(run.other.wall / run.this.wall);
  cpuRatios.push(run.other.cpu / run.this.cpu);
  console.log(`pair ${p + 1}: this ${Math.round(run.this.wall)} ms (CPU ${Math.round(run.this.cpu)}), other ${Math.round(run.other.wall)} ms (CPU ${Math.round(run.other.cpu)})`);
}
console.log(`median other/this: wall ${median(wallRatios).toFixed(3)}, CPU ${median(cpuRatios).toFixed(3)} (above 1: this build is faster)`);
