// Busy stretches in a V8 CPU profile (.cpuprofile): runs of samples with no idle sample
// between them, i.e. how long the profiled thread held on without a break. Used by
// typing-profile.mjs on the extension host's profile; usable alone:
//   node scripts/profile/profile-stretches.mjs FILE.cpuprofile
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const IDLE = '(idle)';

/** The stretches, longest first, each with the functions that took most of it (self time, and ours inclusive). */
export function busyStretches(profile, keep = 10) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const all = [];
  let current;
  let time = profile.startTime;
  let busyMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const next = i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : 0;
    const node = byId.get(profile.samples[i]);
    if (node.callFrame.functionName === IDLE) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { startUs: time, us: 0, samples: [] };
      all.push(current);
    }
    current.us += next;
    busyMs += next / 1000;
    current.samples.push([node.id, next]);
  }
  const stretches = all.map((s) => ({ ms: s.us / 1000, atS: (s.startUs - profile.startTime) / 1e6, samples: s.samples }));
  const longest = [...stretches].sort((a, b) => b.ms - a.ms).slice(0, keep).map((s) => ({ ms: s.ms, atS: s.atS, functions: describeSamples(profile, s.samples) }));
  return { busyMs, all: stretches.map(({ ms, atS }) => ({ ms, atS })), longest };
}

/** What ran between `fromMs` and `toMs` after the profile started, as `busyStretches` describes a stretch. */
export function describeWindow(profile, fromMs, toMs) {
  const samples = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const atMs = (time - profile.startTime) / 1000;
    if (atMs < fromMs || atMs > toMs) continue;
    samples.push([profile.samples[i], i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : 0]);
  }
  return describeSamples(profile, samples);
}

/**
 * How much of the window the thread spent running (not idle) and, of that, in the garbage
 * collector, in ms; and the longest gap between two samples, a stretch the sampler could
 * not see into (a collector pause, or the thread waiting for a core).
 */
export function busyInWindow(profile, fromMs, toMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let time = profile.startTime;
  let busy = 0;
  let gc = 0;
  let longestGap = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const atMs = (time - profile.startTime) / 1000;
    if (atMs < fromMs || atMs > toMs) continue;
    const name = byId.get(profile.samples[i]).callFrame.functionName;
    if (name === IDLE) continue;
    const us = i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : 0;
    busy += us / 1000;
    longestGap = Math.max(longestGap, us / 1000);
    if (name === '(garbage collector)') gc += us / 1000;
  }
  return { busy, gc, longestGap };
}

function describeSamples(profile, samples) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
  };
    const self = new Map();
    const ours = new Map();
    for (const [id, us] of samples) {
      const n = byId.get(id);
      self.set(label(n), (self.get(label(n)) ?? 0) + us);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const frame = byId.get(cur);
        if (!/extension\.js$/.test(frame.callFrame.url) || !frame.callFrame.functionName) continue;
        const key = label(frame);
        if (seen.has(key)) continue;
        seen.add(key);
        ours.set(key, (ours.get(key) ?? 0) + us);
      }
    }
    const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)} ms`);
    return [...top(ours, 3).map((s) => `in ${s}`), ...top(self, 3).map((s) => `self ${s}`)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = busyStretches(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  console.log(`busy ${Math.round(result.busyMs)} ms; over 50 ms: ${result.all.filter((s) => s.ms > 50).length}`);
  for (const s of result.longest) console.log(`${s.ms.toFixed(1)} ms at ${s.atS.toFixed(2)} s\n  ${s.functions.join('\n  ')}`);
}
