import type { ScanJson, ScanMention } from './scan-json';
import { cell } from './markdown-text';
import { describeValue } from './value-text';

/** A readable version of the scan: per document, what was found, then where sources disagree. */
export function scanToMarkdown(scan: ScanJson): string {
  const clusters = new Map(scan.clusters.map((c) => [c.id, c]));
  const lines: string[] = ['# Corroborate scan', ''];
  const stories = new Map(scan.stories.map((s) => [s.id, s]));
  // With one story, naming it on every document says nothing a reader does not know.
  const severalStories = scan.stories.length > 1;
  if (severalStories) {
    lines.push(`## Stories (${scan.stories.length})`, '', 'Figures and claims are compared only between articles of one story.', '');
    for (const story of scan.stories) lines.push(`- **${cell(story.label)}** (${story.documents.length}): ${story.documents.map((p) => cell(p)).join(', ')}`);
    lines.push('');
  }
  for (const doc of scan.documents) {
    lines.push(`## ${cell(doc.path)}`, '');
    const story = doc.story ? stories.get(doc.story) : undefined;
    if (severalStories && story) lines.push(`Story: ${cell(story.label)}.`, '');
    if (doc.documentDate) lines.push(`Dated ${doc.documentDate}.`, '');
    section(lines, 'Actors', ['Actor', 'Type', 'Written as', 'Roles', 'Mentions', 'Also in'], actorRows(doc.mentions, clusters), (m) => [
      cell(m.label), m.type, m.forms.map((f) => cell(f)).join(', '), m.roles.map((r) => cell(r)).join(', '), String(m.count), alsoIn(m.first, clusters),
    ]);
    section(lines, 'Figures and dates', ['Text', 'Type', 'Value', 'Also in'], doc.mentions.filter((m) => m.kind === 'number'), (m) => [
      cell(m.text), m.type, cell(m.value ? describeValue(m.value, m.type) : ''), alsoIn(m, clusters),
    ]);
    section(lines, 'Claims and quotes', ['Text', 'Type', 'Speaker', 'Score', 'Also in'], doc.mentions.filter((m) => m.kind === 'claim'), (m) => [
      cell(m.text, 160), m.type, cell(m.speaker ?? ''), (m.score ?? 0).toFixed(2), alsoIn(m, clusters),
    ]);
  }
  lines.push('## Discrepancies', '');
  if (scan.discrepancies.length === 0) lines.push('None found.', '');
  const byId = new Map(scan.documents.flatMap((d) => d.mentions.map((m) => [`${d.path}#${m.id}`, m] as const)));
  const storyOfPath = new Map(scan.documents.map((d) => [d.path, d.story ? stories.get(d.story)?.label : undefined]));
  for (const d of scan.discrepancies) {
    const story = severalStories ? storyOfPath.get(d.mentions[0]?.path ?? '') : undefined;
    lines.push(`- **${d.relation}**: ${cell(d.about)}${story ? ` (story: ${cell(story)})` : ''}`);
    for (const ref of d.mentions) lines.push(`  - ${cell(ref.path)}: ${cell(byId.get(`${ref.path}#${ref.id}`)?.text ?? ref.id)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

interface ActorRow {
  label: string;
  type: string;
  forms: string[];
  roles: string[];
  count: number;
  first: ScanMention;
}

/** One row per actor of the document, in order of first mention, with every way it is written. */
function actorRows(mentions: readonly ScanMention[], clusters: Map<string, ScanJson['clusters'][number]>): ActorRow[] {
  const rows = new Map<string, ActorRow>();
  for (const m of mentions) {
    if (m.kind !== 'actor') continue;
    const key = m.cluster ?? m.name ?? m.text;
    let row = rows.get(key);
    const label = (m.cluster ? clusters.get(m.cluster)?.label : undefined) ?? m.name ?? m.text;
    if (!row) rows.set(key, (row = { label, type: m.type, forms: [], roles: [], count: 0, first: m }));
    row.count++;
    if (!row.forms.includes(m.text)) row.forms.push(m.text);
    if (m.role && !row.roles.includes(m.role)) row.roles.push(m.role);
  }
  return [...rows.values()];
}

function section<T>(lines: string[], title: string, header: string[], mentions: T[], row: (m: T) => string[]): void {
  lines.push(`### ${title} (${mentions.length})`, '');
  if (mentions.length === 0) {
    lines.push('None found.', '');
    return;
  }
  lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
  for (const m of mentions) lines.push(`| ${row(m).join(' | ')} |`);
  lines.push('');
}

function alsoIn(m: ScanMention, clusters: Map<string, ScanJson['clusters'][number]>): string {
  const cluster = m.cluster ? clusters.get(m.cluster) : undefined;
  if (!cluster || cluster.documents < 2) return '';
  return `${cluster.documents - 1} other source${cluster.documents > 2 ? 's' : ''}`;
}
