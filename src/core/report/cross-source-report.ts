import type { Cluster, DiscrepancyRelation, MentionRef } from '../link/clusters';

const RELATION_HEADINGS: Record<DiscrepancyRelation, string> = {
  conflict: 'Conflict', 'consistent-after-arithmetic': 'Consistent after arithmetic',
};
import { sentenceAt } from '../text/sentences';
import type { WorkspaceLinking } from '../link/workspace-linking';
import { LineIndex } from '../text/line-index';
import { addToSet } from '../multimap';
import { cell } from './markdown-text';
import type { ScanDocument } from './scan-json';
import { describeValue } from './value-text';

/**
 * The cross-source comparison a desk editor reads before publishing: disagreements first,
 * each side quoted with file and line; then who is named where and how; then what each
 * source says each figure is; then the claims several sources make. `shown` leaves out
 * mentions a person rejected (the editor knows them from the sidecars): a disagreement
 * left with one source, or a cluster left in one, is not reported.
 */
export function crossSourceReport(
  documents: readonly ScanDocument[], linking: WorkspaceLinking, shown: (ref: MentionRef) => boolean = () => true,
): string {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const lineIndexes = new Map<string, LineIndex>();
  const where = (ref: MentionRef): string => {
    const doc = byPath.get(ref.path)!;
    let index = lineIndexes.get(ref.path);
    if (!index) lineIndexes.set(ref.path, (index = new LineIndex(doc.text)));
    return `${cell(ref.path)}:${index.positionAt(doc.mentions[ref.index].start).line + 1}`;
  };
  const context = (ref: MentionRef): string => {
    const doc = byPath.get(ref.path)!;
    const mention = doc.mentions[ref.index];
    const sentence = sentenceAt(doc.sentences, mention.start) ?? mention;
    const rawBefore = doc.text.slice(sentence.start, mention.start);
    const rawAfter = doc.text.slice(mention.end, Math.max(mention.end, sentence.end));
    // `cell` trims, so the space beside the mention is put back: "said **6,000 people** have", not "said**6,000…".
    const before = cell(rawBefore, 400) + (/\S\s+$/.test(rawBefore) ? ' ' : '');
    const after = (/^\s+\S/.test(rawAfter) ? ' ' : '') + cell(rawAfter, 400);
    return `${before}**${cell(mention.text, 400)}**${after}`;
  };
  const kept = new Map<string, readonly MentionRef[]>();
  const membersOf = (cluster: Cluster): readonly MentionRef[] => {
    let members = kept.get(cluster.id);
    if (!members) kept.set(cluster.id, (members = cluster.members.filter(shown)));
    return members;
  };
  const sourcesOf = (refs: readonly MentionRef[]): number => new Set(refs.map((m) => m.path)).size;
  const spread = (cluster: Cluster): number => sourcesOf(membersOf(cluster));
  const crossSource = [...linking.clusters.values()].filter((c) => spread(c) > 1).sort((a, b) => spread(b) - spread(a) || (a.label < b.label ? -1 : 1));
  const discrepancies = linking.discrepancies
    .map((d) => ({ ...d, mentions: d.mentions.filter(shown) }))
    .filter((d) => sourcesOf(d.mentions) > 1);

  const stories = linking.stories.list.length;
  const lines = ['# Cross-source report', '', `${documents.length} sources compared${stories > 1 ? `, in ${stories} stories (figures and claims are compared within a story)` : ''}.`, ''];
  lines.push('## Where sources disagree', '');
  if (discrepancies.length === 0) lines.push('No conflicting figures or quotes found.', '');
  for (const d of discrepancies) {
    const story = stories > 1 ? linking.stories.storyOf(d.mentions[0].path)?.label : undefined;
    lines.push(`### ${RELATION_HEADINGS[d.relation]}: ${cell(d.about)}${story ? ` (story: ${cell(story)})` : ''}`, '');
    for (const ref of d.mentions) lines.push(`- ${where(ref)}: ${context(ref)}`);
    lines.push('');
  }

  lines.push('## Actors named by several sources', '', '| Actor | Type | Sources | How each source names it |', '| --- | --- | --- | --- |');
  for (const cluster of crossSource.filter((c) => c.kind === 'actor')) {
    const forms = new Map<string, Set<string>>();
    for (const ref of membersOf(cluster)) addToSet(forms, ref.path, byPath.get(ref.path)!.mentions[ref.index].text);
    const how = [...forms].map(([path, names]) => `${cell(path)}: ${[...names].map((n) => cell(n)).join(', ')}`).join('; ');
    lines.push(`| ${cell(cluster.label)} | ${cluster.actorType ?? ''} | ${spread(cluster)} | ${how} |`);
  }
  lines.push('');

  lines.push('## Figures several sources give', '');
  for (const cluster of crossSource.filter((c) => c.kind === 'number')) {
    lines.push(`### ${cell(cluster.about ?? cluster.label)}`, '');
    for (const ref of membersOf(cluster)) {
      const mention = byPath.get(ref.path)!.mentions[ref.index];
      const value = mention.kind === 'number' ? describeValue(mention.value, mention.type) : '';
      lines.push(`- ${where(ref)}: ${cell(value)}, in "${context(ref)}"`);
    }
    lines.push('');
  }

  lines.push('## Claims several sources make', '');
  for (const cluster of crossSource.filter((c) => c.kind === 'claim')) {
    lines.push(`### ${cell(cluster.label)}`, '');
    for (const ref of membersOf(cluster)) {
      const mention = byPath.get(ref.path)!.mentions[ref.index];
      const speaker = mention.kind === 'claim' && mention.speaker ? ` (${cell(mention.speaker)})` : '';
      lines.push(`- ${where(ref)}${speaker}: ${cell(mention.text, 300)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
