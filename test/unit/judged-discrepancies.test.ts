import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { provideWordVectors } from '../../src/core/meaning/word-vectors';
import { readWordVectorsFile } from '../../src/cli/word-vectors-file';

// The quote conflicts judged real on the FNC-1 folder (test/fixtures/judged) must keep being
// reported, by a link of the whole folder as the judged scan was: stories and word weights depend
// on every article there. The full-folder precision is scripts/measure-discrepancy-precision.mjs.

interface JudgedMention { path: string; start: number; end: number }
interface Judged { kind: string; verdict: string; reason: string; mentions: JudgedMention[]; core?: JudgedMention[] }

const root = join(__dirname, '..', '..', '..');
const bodies = join(root, '..', 'shared', 'corpora', 'fnc1-bodies');
const judged: Judged[] = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'judged', 'fnc1-discrepancies.json'), 'utf8')).items;
const realQuotes = judged.filter((j) => j.kind === 'quote' && j.verdict === 'real' && j.core);
const seen = new Set<string>();
const distinct = realQuotes.filter((j) => {
  const key = JSON.stringify(j.core);
  return !seen.has(key) && seen.add(key);
});

/** The whole folder analysed and linked once, for every case. */
let folder: { documents: { path: string; mentions: readonly { start: number; kind: string }[] }[]; linking: ReturnType<typeof linkWorkspace> } | undefined;
function wholeFolder(): NonNullable<typeof folder> {
  if (!folder) {
    // As the command line links: with the word-meaning table.
    provideWordVectors(readWordVectorsFile);
    const documents = readdirSync(bodies).filter((f) => f.endsWith('.txt')).sort()
      .map((path) => ({ path, ...analyzeText(readFileSync(join(bodies, path), 'utf8')) }));
    folder = { documents, linking: linkWorkspace(documents) };
  }
  return folder;
}

for (const item of distinct) {
  test(`still reported: ${item.reason}`, { skip: !existsSync(bodies) && 'no ../shared/corpora/fnc1-bodies' }, () => {
    const { documents, linking } = wholeFolder();
    const at = (path: string, start: number): number => documents.find((d) => d.path === path)!.mentions.findIndex((m) => m.start === start && m.kind === 'claim');
    // The verdict was given on the whole judged discrepancy: a conflict reported that holds two or more
    // of its mentions, in two or more of its documents, still reports that real conflict, whichever
    // pair of mentions the scan now picks (claim spans moved when claim detection changed).
    const judgedMentions = new Set(item.mentions.map((m) => `${m.path}#${at(m.path, m.start)}`));
    const found = linking.discrepancies.some((d) => d.about === 'the same quote attributed to different speakers'
      && new Set(d.mentions.filter((m) => judgedMentions.has(`${m.path}#${m.index}`)).map((m) => m.path)).size >= 2);
    assert.ok(found, `${item.core!.map((c) => `${c.path}@${c.start}`).join(' / ')} not reported`);
  });
}
