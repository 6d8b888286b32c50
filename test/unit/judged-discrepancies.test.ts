import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';

// The quote conflicts judged real on the FNC-1 folder (test/fixtures/judged) must keep being
// reported. Each is checked in a workspace of the documents its judged discrepancy held, plus a
// dozen others so relatedness weighs names as in a folder of many stories; the full-folder
// precision is scripts/measure-discrepancy-precision.mjs.

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
const others = Array.from({ length: 12 }, (_, i) => `body_${String(i * 200 + 7).padStart(5, '0')}.txt`);

for (const item of distinct) {
  test(`still reported: ${item.reason}`, { skip: !existsSync(bodies) && 'no ../shared/corpora/fnc1-bodies' }, () => {
    const paths = [...new Set([...item.mentions.map((m) => m.path), ...others])];
    const documents = paths.map((path) => ({ path, ...analyzeText(readFileSync(join(bodies, path), 'utf8')) }));
    const linking = linkWorkspace(documents);
    const at = (path: string, start: number): number => documents.find((d) => d.path === path)!.mentions.findIndex((m) => m.start === start && m.kind === 'claim');
    const found = linking.discrepancies.some((d) => d.about === 'the same quote attributed to different speakers'
      && item.core!.every((c) => d.mentions.some((m) => m.path === c.path && m.index === at(c.path, c.start))));
    assert.ok(found, `${item.core!.map((c) => `${c.path}@${c.start}`).join(' / ')} not reported`);
  });
}
