/**
 * End to end on the sample workspace: every group of traps in samples/traps.json that
 * says several mentions are one thing must come out of analysis and linking as one
 * cluster, with the discrepancy the group names.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import type { MentionKind } from '../../src/core/model';
import { toScanJson, type ScanDocument } from '../../src/core/report/scan-json';

interface Trap { id: string; group?: string; file: string; text: string; context?: string }
interface Traps { groups: Record<string, { relation: string; about: string }>; traps: Trap[] }

const root = ((): string => {
  let dir = __dirname;
  while (!readFileSyncSafe(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();
function readFileSyncSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const samples = join(root, 'samples');
const traps = JSON.parse(readFileSync(join(samples, 'traps.json'), 'utf8')) as Traps;
const files = [...new Set(traps.traps.map((t) => t.file))];
const documents: ScanDocument[] = files.map((file) => ({ path: file, ...analyzeText(readFileSync(join(samples, file), 'utf8')) }));
const scan = toScanJson(documents, linkWorkspace(documents));

function kindOf(group: string): MentionKind {
  if (group.startsWith('actor:')) return 'actor';
  if (group.startsWith('number:') || group.startsWith('date:')) return 'number';
  return 'claim';
}

/** The detected mention of `kind` covering the trap's text, the smallest if several do. */
function mentionFor(trap: Trap, kind: MentionKind): { id: string; cluster?: string } | undefined {
  const doc = scan.documents.find((d) => d.path === trap.file)!;
  const text = documents.find((d) => d.path === trap.file)!.text;
  const anchor = trap.context ? text.indexOf(trap.context) + trap.context.indexOf(trap.text) : text.indexOf(trap.text);
  const start = anchor;
  const end = anchor + trap.text.length;
  return doc.mentions
    .filter((m) => m.kind === kind && m.start < end && start < m.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

for (const [group, { relation, about }] of Object.entries(traps.groups)) {
  const members = traps.traps.filter((t) => t.group === group);
  test(`${group}: ${about} are one cluster`, () => {
    const kind = kindOf(group);
    const found = members.map((t) => ({ trap: t, mention: mentionFor(t, kind) }));
    const missing = found.filter((f) => !f.mention).map((f) => f.trap.id);
    assert.deepEqual(missing, [], `not detected as ${kind}: ${missing.join(', ')}`);
    const clusters = new Set(found.map((f) => f.mention!.cluster));
    assert.equal(clusters.size, 1, `split over ${[...clusters].join(', ')}: ${found.map((f) => `${f.trap.id}→${f.mention!.cluster}`).join('; ')}`);
    const [cluster] = clusters;
    if (relation === 'conflict' || relation === 'consistent-after-arithmetic' || relation === 'same-quote-different-speaker') {
      const wanted = relation === 'same-quote-different-speaker' ? 'conflict' : relation;
      const d = scan.discrepancies.find((x) => x.cluster === cluster && x.relation === wanted);
      assert.ok(d, `no ${wanted} discrepancy on ${cluster}`);
      const ids = new Set(d.mentions.map((m) => `${m.path}#${m.id}`));
      for (const f of found) assert.ok(ids.has(`${f.trap.file}#${f.mention!.id}`), `${f.trap.id} is not a side of the discrepancy`);
    } else {
      assert.ok(!scan.discrepancies.some((x) => x.cluster === cluster && x.relation === 'conflict'), `${cluster} should not conflict`);
    }
  });
}
