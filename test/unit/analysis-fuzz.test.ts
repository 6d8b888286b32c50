import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeTexts } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { toScanJson } from '../../src/core/report/scan-json';
import { scanToMarkdown } from '../../src/core/report/scan-markdown';

// Pieces of hostile or odd text: names of every object's properties, figures glued to letters
// outside ASCII, broken dates, lone surrogates, controls, Markdown and command links. Both
// crashes this test was written after (the word "constructor", "5µg") stopped a whole scan.
const PIECES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'Constructor',
  'Minister', 'Mr.', 'said', 'told', 'according to', 'killed', '314', '157', 'each', '$5bn', '5µg', '10μm', '40é', '3½', '١٢',
  '1,000,000,000,000,000,000,000', '1e400', '12.5%', 'per cent', 'March 32', 'February 30, 2024', '2024-13-45', 'last week',
  '“', '”', '’', '"', '—', '–', '\u00ad', '\u200b', '\u202e', '\ufeff', '\u0000', '\ud800', '\udc00', '𝒞', 'e\u0301', 'İstanbul',
  'ΣΟΦΙΑ', '\u212a', '[link](command:workbench.action.quit)', '**bold**', '# Heading', '> quote', '```', '\t', '\r\n', '\n\n',
  '.', ',', ';', '?', '(', ')', 'Lena Marsh', 'Marsh', 'Dorvik', 'U.S.', 'NATO', 'prisoners', 'talks', 'productive', 'tense',
  'hundreds', 'a dozen', 'two-thirds', 'million', 'Rs.', '9/11', '1980s', 'mid-March', 'the day before', '+44', '2560 x 1600',
];

function salad(next: () => number): string {
  const words = Math.floor(next() * 300);
  let text = '';
  for (let i = 0; i < words; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
  return text;
}

test('analysis, linking and both reports take any mix of hostile text without an error, spans matching the text', () => {
  let seed = 20261207;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let mentions = 0;
  for (let workspace = 0; workspace < 60; workspace++) {
    const texts = Array.from({ length: 3 + Math.floor(next() * 3) }, () => salad(next));
    const docs = analyzeTexts(texts).map((analysis, i) => ({ path: `w${workspace}/d${i}.txt`, ...analysis }));
    const scan = toScanJson(docs, linkWorkspace(docs));
    assert.ok(JSON.stringify(scan).length > 0);
    assert.equal(typeof scanToMarkdown(scan), 'string');
    for (const doc of docs) {
      for (const m of doc.mentions) {
        assert.ok(m.start >= 0 && m.start <= m.end && m.end <= doc.text.length, `span ${m.start}-${m.end} in ${doc.path}`);
        assert.equal(doc.text.slice(m.start, m.end), m.text);
        mentions++;
      }
    }
  }
  assert.ok(mentions > 1000, `only ${mentions} mentions: the pieces no longer make figures, names and claims`);
});
