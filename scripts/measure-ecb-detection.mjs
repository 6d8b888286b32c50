#!/usr/bin/env node
// Measures the actor detector against ECB+ gold mentions (recall as score.py counts it:
// a gold mention is found when any detected actor overlaps its core span; typed recall when
// that actor also has the gold type) and its speed against a bare tokenising pass
// (/[\p{L}\p{N}]+/gu match count) over the same texts, both on texts already read into memory.
// Then prints the detected actors of each seed article, for a person to read.
// Run `npx tsc -p .` first.
//   node scripts/measure-ecb-detection.mjs [--corpus DIR] [--seeds DIR] [--no-seeds]
//                                          [--misses N] [--rounds N] [--fnc [--fnc-dir DIR]]
// --misses N lists up to N missed, mistyped and extra (on gold lines) mentions, for tuning.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const corpus = resolve(option('--corpus', join(repo, '../shared/corpora/ecbplus-dev')));
const seedsDir = resolve(option('--seeds', join(repo, '../shared/seeds')));
const showMisses = Number(option('--misses', '0'));
const ROUNDS = Number(option('--rounds', '15'));

const require = createRequire(import.meta.url);
const compiled = join(repo, 'out/src/core/detect/actors.js');
if (!existsSync(compiled)) {
  console.error(`missing ${compiled}: run \`npx tsc -p .\` first`);
  process.exit(1);
}
const { detectActors } = require(compiled);
const { prepareText } = require(join(repo, 'out/src/core/text/prepared-text.js'));

if (!existsSync(join(corpus, 'txt')) || !existsSync(join(corpus, 'gold'))) {
  console.log(`skipped: corpus not found at ${corpus}`);
} else {
  measureCorpus();
}
if (args.includes('--fnc')) measureFnc();
if (!args.includes('--no-seeds')) printSeeds();

/** Speed only, on the longer FNC-1 article bodies (no gold): `--fnc [--fnc-dir DIR]`. */
function measureFnc() {
  const dir = resolve(option('--fnc-dir', join(repo, '../shared/corpora/fnc1-bodies')));
  if (!existsSync(dir)) {
    console.log(`\nFNC-1 speed: skipped (not found at ${dir})`);
    return;
  }
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  console.log(`\nFNC-1 bodies (${dir}):`);
  measureSpeed(texts);
}

function measureCorpus() {
  const topics = readdirSync(join(corpus, 'txt')).filter((t) => /^\d+$/.test(t)).sort((a, b) => a - b);
  const texts = [];
  const total = { gold: 0, found: 0, typed: 0, predInGoldLines: 0, predHit: 0 };
  const byType = {};
  const misses = [];
  console.log('topic  docs  gold  recall  typed   precision*');
  for (const topic of topics) {
    const dir = join(corpus, 'txt', topic);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const goldPath = join(corpus, 'gold', `topic_${topic}.json`);
    const gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : { actors: [] };
    const goldByFile = new Map();
    for (const actor of gold.actors) {
      for (const m of actor.mentions) {
        const file = basename(m.file);
        for (const o of m.occurrences) {
          const span = o.core ?? o;
          const list = goldByFile.get(file) ?? [];
          list.push({ start: span.start, end: span.end, type: actor.type, text: o.core?.text ?? m.text });
          goldByFile.set(file, list);
        }
      }
    }
    const t = { gold: 0, found: 0, typed: 0, predInGoldLines: 0, predHit: 0 };
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      texts.push(text);
      const actors = detectActors(prepareText(text));
      const goldSpans = goldByFile.get(file) ?? [];
      for (const g of goldSpans) {
        t.gold++;
        const b = bestOverlap(actors, g);
        const tt = (byType[g.type] ??= { gold: 0, found: 0, typed: 0 });
        tt.gold++;
        if (b) {
          t.found++;
          tt.found++;
          if (b.type === g.type) {
            t.typed++;
            tt.typed++;
          } else if (showMisses) misses.push(`  mistyped ${topic}/${file} "${b.text}" ${b.type} (gold ${g.type})`);
        } else if (showMisses) misses.push(`  missed   ${topic}/${file} "${g.text}" (${g.type}) in: ${lineAt(text, g.start)}`);
      }
      // Gold covers only some sentences: judge detections on lines that hold a gold mention.
      const goldLines = new Set(goldSpans.map((g) => lineStartOf(text, g.start)));
      for (const a of actors) {
        if (!goldLines.has(lineStartOf(text, a.start))) continue;
        t.predInGoldLines++;
        if (goldSpans.some((g) => a.start < g.end && g.start < a.end)) t.predHit++;
        else if (showMisses) misses.push(`  extra    ${topic}/${file} "${a.text}" ${a.type}`);
      }
    }
    for (const k of Object.keys(total)) total[k] += t[k];
    console.log(
      `${topic.padStart(5)} ${String(files.length).padStart(5)} ${String(t.gold).padStart(5)}  ${ratio(t.found, t.gold)}  ${ratio(t.typed, t.gold)}  ${ratio(t.predHit, t.predInGoldLines)}`,
    );
  }
  console.log(
    `  all ${String(texts.length).padStart(5)} ${String(total.gold).padStart(5)}  ${ratio(total.found, total.gold)}  ${ratio(total.typed, total.gold)}  ${ratio(total.predHit, total.predInGoldLines)}`,
  );
  for (const [type, v] of Object.entries(byType)) {
    console.log(`  ${type.padEnd(12)} gold ${v.gold}  recall ${ratio(v.found, v.gold)}  typed ${ratio(v.typed, v.gold)}`);
  }
  console.log('  * precision on lines holding a gold mention (gold is partial: a proxy, not a score)');
  if (showMisses) console.log(misses.slice(0, showMisses).join('\n'));
  measureSpeed(texts);
}

function measureSpeed(texts) {
  const word = /[\p{L}\p{N}]+/gu;
  const bare = () => {
    let n = 0;
    for (const t of texts) n += (t.match(word) ?? []).length;
    return n;
  };
  const words = bare();
  const prepared = texts.map((t) => prepareText(t));
  const runs = {
    bare: () => bare(),
    detect: () => prepared.forEach((p) => detectActors(p)),
    full: () => texts.forEach((t) => detectActors(prepareText(t))),
  };
  // Rounds interleave the three passes so a busy machine slows them alike. The fastest round of
  // each is reported: on a shared machine it is the one least disturbed by other work.
  const times = { bare: [], detect: [], full: [] };
  for (const run of Object.values(runs)) run();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(runs)) {
      const t0 = process.hrtime.bigint();
      run();
      times[name].push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }
  const fastest = (name) => Math.min(...times[name]);
  const ratio = (name) => fastest(name) / fastest('bare');
  const rateOf = (name) => words / fastest(name);
  console.log(`\nspeed over ${texts.length} texts, ${words} words (one core, fastest of ${ROUNDS} interleaved rounds):`);
  console.log(`  bare pass /[\\p{L}\\p{N}]+/gu      ${fmt(rateOf('bare'))} words/s`);
  console.log(`  detectActors (prepared text)    ${fmt(rateOf('detect'))} words/s  = ${ratio('detect').toFixed(2)}x the bare pass`);
  console.log(`  prepareText + detectActors      ${fmt(rateOf('full'))} words/s  = ${ratio('full').toFixed(2)}x the bare pass`);
}

function printSeeds() {
  if (!existsSync(seedsDir)) {
    console.log(`\nseeds: skipped (not found at ${seedsDir})`);
    return;
  }
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const actors = detectActors(prepareText(text));
    console.log(`\n== ${file}: ${actors.length} actors`);
    const line = (a) => {
      const name = a.name !== a.text ? ` -> ${a.name}` : '';
      const role = a.role ? ` [${a.role}]` : '';
      return `  ${String(a.start).padStart(5)} ${a.type.padEnd(12)} ${a.text}${name}${role}`;
    };
    console.log(actors.map(line).join('\n'));
  }
}

function bestOverlap(actors, g) {
  let best;
  let most = 0;
  for (const a of actors) {
    const o = Math.min(g.end, a.end) - Math.max(g.start, a.start);
    if (o > most) {
      best = a;
      most = o;
    }
  }
  return best;
}

function lineStartOf(text, at) {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineAt(text, at) {
  const s = lineStartOf(text, at);
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e).slice(0, 160);
}

function ratio(a, b) {
  return (b ? a / b : 0).toFixed(3).padStart(6);
}

function fmt(n) {
  return Math.round(n).toLocaleString('en-US').padStart(11);
}
