#!/usr/bin/env node
// `npm run bench`: speed and memory of Corroborate on a large folder, each figure the
// median of several rounds and set beside a bare tokenising pass over the same files. The
// in-process phases start with one warm-up round that is reported but not counted, so every
// counted round runs warm code, as the figures say; the command line's cold run is timed apart.
// Every round starts with the memo tables emptied (src/core/memo-tables.ts), as in a fresh process.
// usage: node scripts/bench/bench.mjs [--corpus DIR] [--rounds N] [--json] [--no-activation]
// Default corpus: ../shared/corpora/fnc1-bodies; without it, a generated one (see corpus.mjs).
// Each phase runs in a fresh child process (`--phase NAME`), so its peak memory is its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { activationUnavailable, measureActivation } from './activation.mjs';
import { generateCorpus } from './corpus.mjs';
import { arg, compiled as out, FNC1_BODIES, repo } from '../script-options.mjs';

const rounds = Number(arg('--rounds', 5));
/** Rounds run before the counted ones; none when the run is for peak memory (one round). */
const warmups = rounds > 1 ? 1 : 0;
const phase = arg('--phase');
const WORD = /[\p{L}\p{N}]+/gu;
const ARTICLE = /\.(txt|md)$/;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const words = (t) => (t.match(WORD) ?? []).length;

async function time(fn) {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

function articleFiles(dir) {
  return readdirSync(dir).filter((f) => ARTICLE.test(f)).sort();
}

/**
 * Empties the process-wide memo tables (a word's term, a name's evidence…; see memo-tables.ts)
 * before a round: each round then starts as a fresh process would, not with every word and
 * name of the corpus already worked out by the round before. Measured on FNC-1, keeping them
 * made a warm scan about 4% faster.
 */
function forgetMemos() {
  out('core/memo-tables.js').forgetMemos();
}

/** The reference: read every file and count its words with a Unicode regex. */
function barePass(dir) {
  let count = 0;
  for (const f of articleFiles(dir)) count += words(readFileSync(join(dir, f), 'utf8'));
  return count;
}

class Discard extends Writable {
  _write(_chunk, _encoding, done) {
    done();
  }
}

/** `corroborate scan DIR` as the CLI runs it (files read, worker pool, linking, JSON written), in this process. */
async function scanOnce(dir) {
  const { runScan } = out('cli/scan-command.js');
  forgetMemos();
  const code = await runScan([dir], { stdout: new Discard(), stderr: new Discard(), cwd: dir });
  if (code !== 0) throw new Error(`scan exited with ${code}`);
}

/** The scan's steps timed one by one, as runScan does them (analysis on this thread, JSON compact as for large folders). */
async function scanParts(dir) {
  const { collectArticles } = out('cli/article-files.js');
  const { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } = out('core/glob.js');
  const { analyzeTexts } = out('core/analysis.js');
  const { NameNodes } = out('core/link/actor-nodes.js');
  const { documentFeaturesOfAll } = out('core/link/document-features.js');
  const { linkWorkspace } = out('core/link/workspace-linking.js');
  const { toLazyScanJson } = out('core/report/scan-json.js');
  const { jsonOutput } = out('cli/scan-command.js');
  const { parseArgs } = out('cli/args.js');
  const filter = new PathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  forgetMemos();
  const [read, articles] = await time(() => collectArticles([dir], { cwd: dir, filter, maxBytes: 2 * 1024 * 1024, warn: () => undefined }));
  const [analysis, analyses] = await time(() => analyzeTexts(articles.map((a) => a.text)));
  const documents = articles.map((a, i) => ({ path: a.path, ...analyses[i] }));
  const names = new NameNodes();
  const [features] = await time(() => documentFeaturesOfAll(documents, names));
  const [linking, linked] = await time(() => linkWorkspace(documents, {}, names));
  const [stories] = await time(() => groupStoriesAgain(documents, linked, names));
  const [json] = await time(() => {
    let length = 0;
    // As the command writes it for a large folder: compact, encoded to UTF-8 in batches.
    for (const piece of jsonOutput(toLazyScanJson(documents, linked), parseArgs(['--compact'], [], ['--compact']))) length += piece.length;
    return length;
  });
  return { read, analysis, features, linking, stories, json };
}

/**
 * Story grouping as linking runs it, again on its own: the documents' terms (kept with their
 * features) and linked actors in, stories out. Part of `linking` above; shown apart so its cost
 * on a folder of hundreds of stories can be read (it must not grow with all pairs of documents).
 */
function groupStoriesAgain(documents, linked, names) {
  const { documentFeatures } = out('core/link/document-features.js');
  const { groupStories } = out('core/stories/story-grouping.js');
  const { drain } = out('core/link/steps.js');
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const inputs = sorted.map((doc) => {
    const features = documentFeatures(doc, names);
    const clusters = linked.clustersIn(doc.path);
    return { terms: features.storyTerms, actors: Array.from(features.namedIndex, (index) => clusters[index]).filter(Boolean) };
  });
  return drain(groupStories(sorted.map((doc) => doc.path), inputs, () => undefined)).stories.list.length;
}

function loadDocs(dir) {
  return articleFiles(dir).map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function buildIndex(docs) {
  const { analyzeText } = out('core/analysis.js');
  const { WorkspaceIndex } = out('core/index/workspace-index.js');
  forgetMemos();
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
    const start = performance.now();
    index.update(target.path, text);
    times.push(performance.now() - start);
  }
  return { times, words: words(target.text) };
}

/** Hover lookups: the mention under a position and its matches in other documents. */
function hovers(index, count) {
  const paths = index.paths();
  const times = [];
  for (let i = 0; i < count; i++) {
    const path = paths[(i * 7919) % paths.length];
    const doc = index.document(path);
    const offset = (i * 104729) % Math.max(1, doc.text.length);
    const start = performance.now();
    const hit = index.mentionAt(path, offset);
    if (hit?.cluster) index.members(hit.cluster).filter((m) => m.path !== path);
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * The word-meaning table, provided as the CLI and the extension provide it (read on first use),
 * so scans and index builds link claims by meaning as they do there.
 */
function provideVectors() {
  out('core/meaning/word-vectors.js').provideWordVectors(out('cli/word-vectors-file.js').readWordVectorsFile);
}

/** The table's size on disk and the time to read and decode it, in a fresh process (median of rounds). */
function vectorsLoad() {
  const { decodeWordVectors } = out('core/meaning/word-vectors.js');
  const { readWordVectorsFile } = out('cli/word-vectors-file.js');
  const ms = [];
  let bytes;
  for (let r = 0; r < Math.max(3, rounds); r++) {
    const start = performance.now();
    bytes = readWordVectorsFile();
    if (bytes) decodeWordVectors(bytes);
    ms.push(performance.now() - start);
  }
  return { vectors_load_ms: ms[0], vectors_load_warm_ms: median(ms.slice(1)), vectors_mb: bytes ? bytes.length / 1e6 : null };
}

/** One phase, in this (child) process; prints its figures as JSON. */
async function runPhase(name, dir) {
  const result = {};
  provideVectors();
  if (name === 'vectors') Object.assign(result, vectorsLoad());
  else if (name === 'bare') {
    const ms = [];
    for (let r = 0; r < rounds; r++) ms.push((await time(() => barePass(dir)))[0]);
    result.bare_ms = median(ms);
  } else if (name === 'scan') {
    // Bare passes beside each scan round: on a shared machine the load drifts between phases,
    // and a ratio of two medians taken minutes apart drifts with it. The median of three, as one
    // bare pass (a sixth of a second) moved the ratio by a tenth whenever the machine hiccuped
    // in it. Not when the run is for peak memory (one round), so the figure is the scan's alone.
    const ms = [];
    const ratios = [];
    const bareBeside = async () => median([(await time(() => barePass(dir)))[0], (await time(() => barePass(dir)))[0], (await time(() => barePass(dir)))[0]]);
    for (let r = 0; r < warmups + rounds; r++) {
      const bare = rounds > 1 ? await bareBeside() : NaN;
      const [scan] = await time(() => scanOnce(dir));
      if (r < warmups) {
        // The first scan in the process compiles as it goes: shown, not counted.
        result.scan_first_ms = scan;
        result.scan_first_vs_bare = scan / bare;
        continue;
      }
      ms.push(scan);
      ratios.push(scan / bare);
    }
    result.scan_ms = median(ms);
    result.scan_vs_bare = median(ratios);
    result.scan_vs_bare_range = [Math.min(...ratios), Math.max(...ratios)];
  } else if (name === 'parts') {
    const parts = { read: [], analysis: [], features: [], linking: [], stories: [], json: [] };
    for (let r = 0; r < warmups + rounds; r++) {
      const timed = await scanParts(dir);
      if (r >= warmups) Object.entries(timed).forEach(([k, ms]) => parts[k].push(ms));
    }
    result.parts_ms = Object.fromEntries(Object.entries(parts).map(([k, ms]) => [k, median(ms)]));
  } else if (name === 'index') {
    const docs = loadDocs(dir);
    const ms = [];
    let index;
    for (let r = 0; r < warmups + rounds; r++) {
      index = undefined;
      const [elapsed, built] = await time(() => buildIndex(docs));
      if (r >= warmups) ms.push(elapsed);
      index = built;
    }
    result.index_build_ms = median(ms);
    const edit = keystrokes(index, docs, 200);
    const hover = hovers(index, 2000);
    const relink = [];
    for (let r = 0; r < rounds; r++) relink.push((await time(() => index.relink()))[0]);
    Object.assign(result, {
      relink_ms: median(relink),
      keystroke_doc_words: edit.words,
      keystroke_p50_ms: percentile(edit.times, 0.5),
      keystroke_p95_ms: percentile(edit.times, 0.95),
      hover_p50_ms: percentile(hover, 0.5),
      hover_p95_ms: percentile(hover, 0.95),
    });
  } else throw new Error(`unknown phase ${name}`);
  result.peak_rss_mb = peakRssMb();
  process.stdout.write(JSON.stringify(result));
}

function corpusDir() {
  const wanted = resolve(arg('--corpus', FNC1_BODIES));
  if (existsSync(wanted)) return { dir: wanted, name: wanted };
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  mkdirSync(dir, { recursive: true });
  for (const d of generateCorpus(2500, 370)) writeFileSync(join(dir, d.path), d.text);
  return { dir, name: 'generated (corpus folder not found)' };
}

function child(name, dir, times = rounds) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name, '--corpus', dir, '--rounds', String(times)], {
    encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`bench phase ${name} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The command line as a person runs it: process start, bundle load, output to a file. */
function cliWallMs(dir) {
  const cli = join(repo, 'dist', 'cli.js');
  if (!existsSync(cli)) return null;
  const target = join(mkdtempSync(join(tmpdir(), 'corroborate-bench-')), 'scan.json');
  const ms = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    execFileSync(process.execPath, [cli, 'scan', dir, '-o', target], { stdio: 'ignore' });
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** Activation in code-server, or why it was skipped (`--no-activation`, no code-server, no Chromium). */
async function activation() {
  const skipped = process.argv.includes('--no-activation') ? 'skipped (--no-activation)' : activationUnavailable(repo);
  if (skipped) return { skipped };
  try {
    const times = await measureActivation(repo, rounds);
    return { median_ms: median(times), times };
  } catch (error) {
    return { skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
  }
}

async function main() {
  const { dir, name } = corpusDir();
  const files = articleFiles(dir);
  const totalWords = barePass(dir);
  const bare = child('bare', dir);
  const scan = child('scan', dir);
  const parts = child('parts', dir).parts_ms;
  const index = child('index', dir);
  const vectors = child('vectors', dir);
  const cliMs = cliWallMs(dir);
  // Peak memory of doing each job once, in a fresh process (rounds held one after another inflate it).
  const once = { scan: child('scan', dir, 1).peak_rss_mb, index: child('index', dir, 1).peak_rss_mb };
  const bundle = join(repo, 'dist', 'extension.js');
  const r1 = (x) => +x.toFixed(1);
  const results = {
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` },
    corpus: name, documents: files.length, words: totalWords, rounds,
    bare_ms: Math.round(bare.bare_ms),
    scan_ms: Math.round(scan.scan_ms),
    // With one round the scan phase times no bare pass of its own (its run is the memory one): the ratio of the medians.
    scan_vs_bare: r1(Number.isFinite(scan.scan_vs_bare) ? scan.scan_vs_bare : scan.scan_ms / bare.bare_ms),
    // Every round's ratio, lowest and highest: how far one figure can be trusted on this machine.
    scan_vs_bare_range: rounds > 1 ? scan.scan_vs_bare_range.map(r1) : null,
    // The warm-up round: the same scan with the compiler still at work.
    scan_first_ms: scan.scan_first_ms === undefined ? null : Math.round(scan.scan_first_ms),
    scan_first_vs_bare: scan.scan_first_vs_bare === undefined ? null : r1(scan.scan_first_vs_bare),
    scan_words_per_s: Math.round(totalWords / (scan.scan_ms / 1000)),
    scan_parts_ms: Object.fromEntries(Object.entries(parts).map(([k, ms]) => [k, Math.round(ms)])),
    cli_wall_ms: cliMs === null ? null : Math.round(cliMs),
    index_build_ms: Math.round(index.index_build_ms),
    relink_ms: Math.round(index.relink_ms),
    keystroke_doc_words: index.keystroke_doc_words,
    keystroke_p50_ms: +index.keystroke_p50_ms.toFixed(2),
    keystroke_p95_ms: +index.keystroke_p95_ms.toFixed(2),
    hover_p50_ms: +index.hover_p50_ms.toFixed(3),
    hover_p95_ms: +index.hover_p95_ms.toFixed(3),
    peak_rss_mb: { bare: bare.peak_rss_mb, scan: once.scan, index: once.index, scan_rounds: scan.peak_rss_mb, index_rounds: index.peak_rss_mb },
    // Read on the first link that compares claims (never at activation), once per process.
    vectors_mb: vectors.vectors_mb === null ? null : +vectors.vectors_mb.toFixed(2),
    vectors_load_ms: Math.round(vectors.vectors_load_ms),
    bundle_kb: existsSync(bundle) ? Math.round(statSync(bundle).size / 1024) : null,
    activation: await activation(),
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const m = results.machine;
  console.log(`Corroborate bench: ${results.documents} documents, ${totalWords.toLocaleString('en-US')} words (${results.corpus}), median of ${rounds} rounds${warmups ? ' after a warm-up round' : ''}`);
  console.log(`  machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, ${m.platform}; each phase in a fresh process`);
  console.log(`  bare tokenising pass (read + regex)  ${results.bare_ms} ms`);
  console.log(`  scan end to end (in process)         ${results.scan_ms} ms = ${results.scan_vs_bare}x the bare pass (${rounds > 1 ? `median of per-round ratios ${results.scan_vs_bare_range.join('–')}x, the median of three bare passes timed beside each scan` : 'one round, against the bare phase'}), ${results.scan_words_per_s.toLocaleString('en-US')} words/s`);
  if (results.scan_first_ms !== null) console.log(`    its warm-up round (compiling as it goes) ${results.scan_first_ms} ms = ${results.scan_first_vs_bare}x, not counted`);
  const p = results.scan_parts_ms;
  console.log(`    its steps, timed apart              read ${p.read} ms, analysis ${p.analysis} ms (one thread), features ${p.features} ms, linking ${p.linking} ms (story grouping in it ${p.stories} ms), JSON ${p.json} ms`);
  console.log(`  scan from the command line           ${results.cli_wall_ms ?? '?'} ms (node dist/cli.js scan DIR -o FILE, process start included)`);
  console.log(`  full index build                     ${results.index_build_ms} ms (relink alone ${results.relink_ms} ms)`);
  console.log(`  one keystroke, ${results.keystroke_doc_words}-word article       p50 ${results.keystroke_p50_ms} ms, p95 ${results.keystroke_p95_ms} ms (re-analysis + index update)`);
  console.log(`  hover lookup                         p50 ${results.hover_p50_ms} ms, p95 ${results.hover_p95_ms} ms`);
  console.log(`  word-meaning table                    ${results.vectors_mb ?? '?'} MB, read and decoded in ${results.vectors_load_ms} ms (first use, fresh process)`);
  const mem = results.peak_rss_mb;
  console.log(`  peak memory (RSS), fresh process     scan ${mem.scan} MB, index build + edits + hovers ${mem.index} MB, bare pass ${mem.bare} MB`);
  console.log(`                                       (with ${rounds} rounds in one process: scan ${mem.scan_rounds} MB, index ${mem.index_rounds} MB)`);
  console.log(`  extension bundle                     ${results.bundle_kb ?? '?'} KB (dist/extension.js as last built)`);
  const act = results.activation;
  console.log(act.skipped
    ? `  activation in VS Code                not measured: ${act.skipped}`
    : `  activation in VS Code                ${act.median_ms} ms (code-server, built extension, one article opened; as the extension logs it; rounds ${act.times.join(', ')} ms)`);
}

if (phase) await runPhase(phase, resolve(arg('--corpus')));
else await main();
