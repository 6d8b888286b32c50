#!/usr/bin/env node
// `npm run bench`: speed and memory of Corroborate's core on a large folder, each figure
// the median of several rounds and set beside a bare tokenising pass over the same text.
// usage: node scripts/bench/bench.mjs [--corpus DIR] [--rounds N] [--json]
// Default corpus: ../shared/corpora/fnc1-bodies; without it, a generated one (see corpus.mjs).
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(repo, 'out', 'src', p));
const { analyzeText } = out('core/analysis.js');
const { linkWorkspace } = out('core/link/workspace-linking.js');
const { toScanJson } = out('core/report/scan-json.js');
const { WorkspaceIndex } = out('core/index/workspace-index.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg('--rounds', 3));
const corpusDir = resolve(arg('--corpus', join(repo, '..', 'shared', 'corpora', 'fnc1-bodies')));

function loadCorpus() {
  if (existsSync(corpusDir)) {
    const files = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort();
    return { name: corpusDir, docs: files.map((f) => ({ path: f, text: readFileSync(join(corpusDir, f), 'utf8') })) };
  }
  return { name: 'generated (corpus folder not found)', docs: generateCorpus(2500, 370) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const memoryTimer = setInterval(sampleMemory, 20);

function time(fn) {
  const start = performance.now();
  const result = fn();
  sampleMemory();
  return [performance.now() - start, result];
}

const WORD = /[\p{L}\p{N}]+/gu;
function barePass(docs) {
  let words = 0;
  for (const d of docs) words += (d.text.match(WORD) ?? []).length;
  return words;
}

function scanAll(docs) {
  const analysed = docs.map((d) => ({ path: d.path, ...analyzeText(d.text) }));
  return JSON.stringify(toScanJson(analysed, linkWorkspace(analysed)));
}

function buildIndex(docs) {
  const index = new WorkspaceIndex((text) => analyzeText(text));
  for (const d of docs) index.update(d.path, d.text);
  index.relink();
  return index;
}

/** The document nearest 1,000 words, edited one character at a time in the middle of a sentence. */
function keystrokes(index, docs, count) {
  const target = [...docs].sort((a, b) => Math.abs(words(a.text) - 1000) - Math.abs(words(b.text) - 1000))[0];
  const at = target.text.indexOf('. ', Math.floor(target.text.length / 2)) + 2;
  const times = [];
  let text = target.text;
  for (let i = 0; i < count; i++) {
    text = `${text.slice(0, at + i)}x${text.slice(at + i)}`;
    const [ms] = time(() => index.update(target.path, text));
    times.push(ms);
  }
  return { times, words: words(target.text) };
}
const words = (t) => (t.match(WORD) ?? []).length;

/** Hover lookups: the mention under a position and its matches in other documents. */
function hovers(index, count) {
  const paths = index.paths();
  const times = [];
  for (let i = 0; i < count; i++) {
    const path = paths[(i * 7919) % paths.length];
    const doc = index.document(path);
    const offset = (i * 104729) % Math.max(1, doc.text.length);
    const [ms] = time(() => {
      const hit = index.mentionAt(path, offset);
      return hit?.cluster ? index.members(hit.cluster).filter((m) => m.path !== path).length : 0;
    });
    times.push(ms);
  }
  return times;
}

const corpus = loadCorpus();
const totalWords = barePass(corpus.docs);
const results = { corpus: corpus.name, documents: corpus.docs.length, words: totalWords, rounds };
const bare = [];
const scan = [];
const build = [];
let index;
for (let r = 0; r < rounds; r++) {
  bare.push(time(() => barePass(corpus.docs))[0]);
  scan.push(time(() => scanAll(corpus.docs))[0]);
  const [ms, built] = time(() => buildIndex(corpus.docs));
  build.push(ms);
  index = built;
}
const edit = keystrokes(index, corpus.docs, 200);
const hover = hovers(index, 2000);
const relink = [];
for (let r = 0; r < rounds; r++) relink.push(time(() => index.relink())[0]);
clearInterval(memoryTimer);

const bundle = join(repo, 'dist', 'extension.js');
Object.assign(results, {
  bare_ms: Math.round(median(bare)),
  scan_ms: Math.round(median(scan)),
  scan_vs_bare: +(median(scan) / median(bare)).toFixed(1),
  scan_words_per_s: Math.round(totalWords / (median(scan) / 1000)),
  index_build_ms: Math.round(median(build)),
  relink_ms: Math.round(median(relink)),
  keystroke_doc_words: edit.words,
  keystroke_p50_ms: +percentile(edit.times, 0.5).toFixed(2),
  keystroke_p95_ms: +percentile(edit.times, 0.95).toFixed(2),
  hover_p50_ms: +percentile(hover, 0.5).toFixed(3),
  hover_p95_ms: +percentile(hover, 0.95).toFixed(3),
  peak_rss_mb: Math.round(peakRss / 1024 / 1024),
  bundle_kb: existsSync(bundle) ? Math.round(statSync(bundle).size / 1024) : null,
});

if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`Corroborate bench: ${results.documents} documents, ${totalWords.toLocaleString('en-US')} words (${results.corpus}), median of ${rounds} rounds`);
  console.log(`  bare tokenising pass          ${results.bare_ms} ms`);
  console.log(`  scan end to end (in process)  ${results.scan_ms} ms = ${results.scan_vs_bare}x the bare pass, ${results.scan_words_per_s.toLocaleString('en-US')} words/s`);
  console.log(`  full index build              ${results.index_build_ms} ms (relink alone ${results.relink_ms} ms)`);
  console.log(`  one keystroke, ${edit.words}-word article: p50 ${results.keystroke_p50_ms} ms, p95 ${results.keystroke_p95_ms} ms (re-analysis + index update)`);
  console.log(`  hover lookup                  p50 ${results.hover_p50_ms} ms, p95 ${results.hover_p95_ms} ms`);
  console.log(`  peak memory (RSS)             ${results.peak_rss_mb} MB`);
  console.log(`  extension bundle              ${results.bundle_kb ?? '?'} KB (dist/extension.js as last built)`);
}
