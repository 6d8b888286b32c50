#!/usr/bin/env node
// Scores time expressions (dates, durations) and their cross-document links on ECB+
// (../shared/corpora/ecbplus-dev/gold-times) with the corpus's own scorer: runs
// `corroborate scan --format json` inside each topic folder, scores it with
// `tools/score.py ecb-times`, and sums the counts over topics. Topics 1-18 were looked at
// while developing; 19 and above are reported apart as the fairer, unseen check.
// usage: node scripts/measure-ecb-times.mjs [--corpus DIR] [--json] [--topics 1-18]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, repo } from './script-options.mjs';

const corpus = resolve(arg('--corpus', join(repo, '..', 'shared', 'corpora', 'ecbplus-dev')));
const scorer = resolve(corpus, '..', '..', 'tools', 'score.py');
const cli = join(repo, 'dist', 'cli.js');
const LOOKED_AT = 18;

if (!existsSync(join(corpus, 'gold-times')) || !existsSync(scorer)) {
  console.log(`skipped: ECB+ time gold or scorer not found at ${corpus}`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const [low, high] = (arg('--topics', '1-999')).split('-').map(Number);
const emptyTotals = () => ({ topics: 0, gold_mentions: 0, found_strict: 0, found_any: 0, gold_pairs: 0, pred_pairs: 0, both_pairs: 0 });
const groups = { dev: emptyTotals(), unseen: emptyTotals(), all: emptyTotals() };
const rows = [];
const work = mkdtempSync(join(tmpdir(), 'ecb-times-'));
const topics = readdirSync(join(corpus, 'txt')).map(Number).filter((t) => t >= low && t <= (high ?? low)).sort((a, b) => a - b);
for (const topic of topics) {
  const gold = join(corpus, 'gold-times', `topic_${topic}.json`);
  if (!existsSync(gold)) continue;
  const scanFile = join(work, `scan_${topic}.json`);
  const scan = execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: join(corpus, 'txt', String(topic)), maxBuffer: 1 << 28 });
  writeFileSync(scanFile, scan);
  const { times } = JSON.parse(execFileSync('python3', [scorer, 'ecb-times', scanFile, gold], { encoding: 'utf8' }));
  const row = {
    topic, gold_mentions: times.gold_mentions, found_strict: times.found_strict, found_any: times.found_any,
    gold_pairs: times.link.gold_pairs, pred_pairs: times.link.pred_pairs, both_pairs: times.link.both_pairs,
  };
  rows.push(row);
  for (const group of [topic <= LOOKED_AT ? groups.dev : groups.unseen, groups.all]) {
    group.topics++;
    for (const key of Object.keys(row)) if (key !== 'topic') group[key] += row[key];
  }
}
rmSync(work, { recursive: true, force: true });

const ratio = (a, b) => (b ? +(a / b).toFixed(4) : 0);
function summary(t) {
  const P = ratio(t.both_pairs, t.pred_pairs);
  const R = ratio(t.both_pairs, t.gold_pairs);
  return {
    topics: t.topics, recall_strict: ratio(t.found_strict, t.gold_mentions), recall_any: ratio(t.found_any, t.gold_mentions),
    link_P: P, link_R: R, link_F1: P + R ? +((2 * P * R) / (P + R)).toFixed(4) : 0,
    gold_mentions: t.gold_mentions, gold_pairs: t.gold_pairs, pred_pairs: t.pred_pairs, both_pairs: t.both_pairs,
  };
}
const overall = Object.fromEntries(Object.entries(groups).filter(([, t]) => t.topics).map(([name, t]) => [name, summary(t)]));
if (process.argv.includes('--json')) console.log(JSON.stringify({ overall, topics: rows }, null, 2));
else {
  console.log('topic  mentions  recall  gold pairs  pred pairs  both');
  for (const r of rows) {
    console.log(`${String(r.topic).padStart(5)}  ${String(r.gold_mentions).padStart(8)}  ${ratio(r.found_strict, r.gold_mentions).toFixed(3)}  ${String(r.gold_pairs).padStart(10)}  ${String(r.pred_pairs).padStart(10)}  ${String(r.both_pairs).padStart(4)}`);
  }
  for (const [name, s] of Object.entries(overall)) {
    const label = name === 'dev' ? `topics 1-${LOOKED_AT} (looked at)` : name === 'unseen' ? `topics ${LOOKED_AT + 1}+ (not looked at)` : 'all topics';
    console.log(`${label}: recall ${s.recall_strict} (any number ${s.recall_any}); cross-document links P ${s.link_P} R ${s.link_R} F1 ${s.link_F1} (${s.gold_pairs} gold pairs, ${s.pred_pairs} predicted)`);
  }
}
