import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import type { MentionRef } from '../../src/core/link/clusters';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import type { MentionKind } from '../../src/core/model';
import { crossSourceReport } from '../../src/core/report/cross-source-report';

// Two short reports of our own that name one harbourmaster and disagree on how many were displaced.
const documents = [
  { path: 'north.txt', text: 'The harbourmaster, Ilse Brandvold, said the ferry ran on Saturday.\nIn the Varnel district, officials said nearly 6,000 people have been displaced from lakeside villages since January.\n' },
  { path: 'south.txt', text: 'Ilse Brandvold told reporters the ferry ran on Saturday.\nAccording to the relief agency, about 2,000 displaced people have registered for assistance in the Varnel district since January.\n' },
].map((d) => ({ ...d, ...analyzeText(d.text) }));
const linking = linkWorkspace(documents);
const at = (path: string, kind: MentionKind, exact: string): MentionRef => {
  const doc = documents.find((d) => d.path === path)!;
  const index = doc.mentions.findIndex((m) => m.kind === kind && m.text.includes(exact));
  assert.ok(index >= 0, `${exact} is detected in ${path}`);
  return { path, index };
};

test('the report lists the disagreement, each side in its sentence, and the actor both sources name', () => {
  const report = crossSourceReport(documents, linking);
  assert.match(report, /### Conflict: people displaced/);
  assert.match(report, /north\.txt:2: In the Varnel district, officials said \*\*nearly 6,000 people\*\* have been displaced/);
  assert.match(report, /\| Ilse Brandvold \| person \| 2 \|/);
});

test('a mention left out (rejected in the editor) takes its disagreement and its cross-source actor with it', () => {
  const rejected = [at('north.txt', 'number', '6,000'), at('north.txt', 'actor', 'Brandvold')];
  const shown = (ref: MentionRef): boolean => !rejected.some((r) => r.path === ref.path && r.index === ref.index);
  const report = crossSourceReport(documents, linking, shown);
  assert.doesNotMatch(report, /Conflict: people displaced/);
  assert.match(report, /No conflicting figures or quotes found/);
  assert.doesNotMatch(report, /\| Ilse Brandvold \|/);
  assert.match(report, /\| Varnel \| place \| 2 \|/, 'what nobody rejected stays');
});
