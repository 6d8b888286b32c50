#!/usr/bin/env node
// Scores cross-document actor linking on ECB+ (../shared/corpora/ecbplus-dev) with the
// corpus's own scorer: runs `corroborate scan --format json` inside each topic folder,
// scores it with tools/score.py, and sums the pair counts for the overall figure.
// usage: node scripts/measure-ecb-linking.mjs [--corpus DIR] [--topics 1-18] [--cli dist/cli.js] [--json]
// --topics keeps a range (or a comma list) of topics, to report a development half and an
// unseen half apart; --cli scores another build, for a with/without comparison of one rule.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, repo } from './script-options.mjs';

const corpus = resolve(arg('--corpus', join(repo, '..', 'shared', 'corpora', 'ecbplus-dev')));
const scorer = resolve(corpus, '..', '..', 'tools', 'score.py');
const cli = resolve(arg('--cli', join(repo, 'dist', 'cli.js')));
const wanted = topicFilter(arg('--topics', ''));

if (!existsSync(join(corpus, 'gold')) || !existsSync(scorer)) {
  console.log(`skipped: ECB+ corpus or scorer not found at ${corpus}`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ecb-'));
const totals = { gold: 0, pred: 0, both: 0, mentions: 0, found: 0, typed: 0 };
const rows = [];
const topics = readdirSync(join(corpus, 'txt')).sort((a, b) => Number(a) - Number(b));
for (const topic of topics) {
  const gold = join(corpus, 'gold', `topic_${topic}.json`);
  if (!existsSync(gold) || !wanted(Number(topic))) continue;
  const scanFile = join(work, `scan_${topic}.json`);
  const scan = execFileSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: join(corpus, 'txt', topic), maxBuffer: 1 << 28 });
  writeFileSync(scanFile, scan);
  const { actors } = JSON.parse(execFileSync('python3', [scorer, 'ecb', scanFile, gold], { encoding: 'utf8' }));
  const { link } = actors;
  const both = Math.round(link.R * link.gold_pairs);
  totals.gold += link.gold_pairs;
  totals.pred += link.pred_pairs;
  totals.both += both;
  totals.mentions += actors.gold_mentions;
  totals.found += Math.round(actors.recall * actors.gold_mentions);
  totals.typed += Math.round(actors.typed_recall * actors.gold_mentions);
  rows.push({ topic, recall: actors.recall, typed: actors.typed_recall, P: link.P, R: link.R, F1: link.F1, gold_pairs: link.gold_pairs });
}
rmSync(work, { recursive: true, force: true });

const p = totals.pred ? totals.both / totals.pred : 0;
const r = totals.gold ? totals.both / totals.gold : 0;
const overall = {
  topics: rows.length,
  mention_recall: +(totals.found / totals.mentions).toFixed(4),
  typed_recall: +(totals.typed / totals.mentions).toFixed(4),
  link_P: +p.toFixed(4), link_R: +r.toFixed(4), link_F1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4),
  gold_pairs: totals.gold, pred_pairs: totals.pred,
};
if (process.argv.includes('--json')) console.log(JSON.stringify({ overall, topics: rows }, null, 2));
else {
  console.log('topic  recall  typed   link P  link R  link F1  gold pairs');
  for (const row of rows) {
    console.log(`${row.topic.padStart(5)}  ${row.recall.toFixed(3)}   ${row.typed.toFixed(3)}   ${row.P.toFixed(3)}   ${row.R.toFixed(3)}   ${row.F1.toFixed(3)}    ${row.gold_pairs}`);
  }
  console.log(`overall: mention recall ${overall.mention_recall}, typed ${overall.typed_recall}; cross-document links P ${overall.link_P} R ${overall.link_R} F1 ${overall.link_F1} (${overall.gold_pairs} gold pairs)`);
}

/** "1-18", "19-35" or "3,5,9"; empty keeps every topic. */
function topicFilter(spec) {
  if (!spec) return () => true;
  const keep = new Set();
  for (const part of spec.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    for (let t = from; t <= to; t++) keep.add(t);
  }
  return (topic) => keep.has(topic);
}
