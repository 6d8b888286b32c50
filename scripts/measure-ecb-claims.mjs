#!/usr/bin/env node
// Scores claim detection and cross-document claim linking on ECB+ (../shared/corpora/ecbplus-dev,
// gold-claims/) with the corpus's own scorer: scans each topic folder under neutral file names
// (the product must read no meaning from names), scores the scan, and sums the pair counts.
// Topics 1-18 are where development looks; 19 and above are reported apart as the unseen check.
// usage: node scripts/measure-ecb-claims.mjs [--corpus DIR] [--topics 1-18] [--json] [--verbose] [--keep DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, repo } from './script-options.mjs';

const corpus = resolve(arg('--corpus', join(repo, '..', 'shared', 'corpora', 'ecbplus-dev')));
const scorer = resolve(corpus, '..', '..', 'tools', 'score.py');
const cli = join(repo, 'dist', 'cli.js');
const [low, high] = (arg('--topics', '1-999')).split('-').map(Number);
const verbose = process.argv.includes('--verbose');

if (!existsSync(join(corpus, 'gold-claims')) || !existsSync(scorer)) {
  console.log(`skipped: ECB+ claims gold or scorer not found at ${corpus}`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const keep = arg('--keep', undefined);
const work = keep ? (mkdirSync(keep, { recursive: true }), mkdtempSync(join(keep, 'run-'))) : mkdtempSync(join(tmpdir(), 'ecb-claims-'));
const emptyTotals = () => ({ topics: 0, sentences: 0, found: 0, gold_pairs: 0, pred_pairs: 0, both_pairs: 0 });
const halves = { dev: emptyTotals(), unseen: emptyTotals() };
const rows = [];
const topics = readdirSync(join(corpus, 'txt')).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b));
for (const topic of topics) {
  if (Number(topic) < low || Number(topic) > high) continue;
  const gold = join(corpus, 'gold-claims', `topic_${topic}.json`);
  if (!existsSync(gold)) continue;
  // Neutral names: doc_N.txt in a shuffled-free but meaningless order; the gold is renamed to match.
  const folder = join(work, `t${topic}`);
  mkdirSync(folder);
  const names = new Map();
  readdirSync(join(corpus, 'txt', topic)).filter((f) => f.endsWith('.txt')).sort().forEach((file, i) => {
    names.set(file, `doc_${String(i).padStart(3, '0')}.txt`);
    copyFileSync(join(corpus, 'txt', topic, file), join(folder, names.get(file)));
  });
  const goldData = JSON.parse(readFileSync(gold, 'utf8'));
  const base = (f) => f.split('/').pop();
  for (const s of goldData.sentences) s.file = names.get(base(s.file)) ?? s.file;
  const goldFile = join(work, `gold_${topic}.json`);
  writeFileSync(goldFile, JSON.stringify(goldData));
  const scanFile = join(work, `scan_${topic}.json`);
  writeFileSync(scanFile, execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: folder, maxBuffer: 1 << 28 }));
  const { claims } = JSON.parse(execFileSync('python3', [scorer, 'ecb-claims', scanFile, goldFile], { encoding: 'utf8' }));
  const half = Number(topic) <= 18 ? halves.dev : halves.unseen;
  half.topics++;
  half.sentences += claims.sentences;
  half.found += claims.found;
  half.gold_pairs += claims.link.gold_pairs;
  half.pred_pairs += claims.link.pred_pairs;
  half.both_pairs += claims.link.both_pairs;
  rows.push({ topic, recall: claims.recall, P: claims.link.P, R: claims.link.R, gold_pairs: claims.link.gold_pairs, pred_pairs: claims.link.pred_pairs });
  if (verbose) console.error(`topic ${topic}: recall ${claims.recall} P ${claims.link.P} R ${claims.link.R}`);
}
if (!keep) rmSync(work, { recursive: true, force: true });
else console.error(`scans kept in ${work}`);

const summary = (t) => {
  const p = t.pred_pairs ? t.both_pairs / t.pred_pairs : 0;
  const r = t.gold_pairs ? t.both_pairs / t.gold_pairs : 0;
  return {
    ...t, claim_recall: +(t.sentences ? t.found / t.sentences : 0).toFixed(4),
    link_P: +p.toFixed(4), link_R: +r.toFixed(4), link_F1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4),
  };
};
const all = emptyTotals();
for (const half of Object.values(halves)) for (const k of Object.keys(all)) all[k] += half[k];
const result = { dev_1_18: summary(halves.dev), unseen_19_35: summary(halves.unseen), all: summary(all) };
if (process.argv.includes('--json')) console.log(JSON.stringify({ ...result, topics: rows }, null, 2));
else {
  console.log('topic  claim recall  link P  link R  gold pairs  pred pairs');
  for (const row of rows) {
    console.log(`${row.topic.padStart(5)}  ${row.recall.toFixed(3).padStart(12)}  ${row.P.toFixed(3)}   ${row.R.toFixed(3)}   ${String(row.gold_pairs).padStart(9)}  ${String(row.pred_pairs).padStart(10)}`);
  }
  for (const [name, s] of Object.entries(result)) {
    if (!s.topics) continue;
    console.log(`${name}: ${s.topics} topics, claim recall ${s.claim_recall} (${s.found}/${s.sentences}); links P ${s.link_P} R ${s.link_R} F1 ${s.link_F1} (${s.both_pairs} right of ${s.pred_pairs} predicted, ${s.gold_pairs} gold)`);
  }
}
