import type { ScanJson, ScanMention } from './scan-json';
import { cell } from './markdown-text';
import { describeValue } from './value-text';

/** A readable version of the scan: per document, what was found, then where sources disagree. */
export function scanToMarkdown(scan: ScanJson): string {
  const clusters = new Map(scan.clusters.map((c) => [c.id, c]));
  const lines: string[] = ['# Corroborate scan', ''];
  for (const doc of scan.documents) {
    lines.push(`## ${cell(doc.path)}`, '');
    if (doc.documentDate) lines.push(`Dated ${doc.documentDate}.`, '');
    section(lines, 'Actors', ['Name', 'Type', 'Role', 'Also in'], doc.mentions.filter((m) => m.kind === 'actor'), (m) => [
      cell(m.text), m.type, cell(m.role ?? ''), alsoIn(m, clusters),
    ]);
    section(lines, 'Figures and dates', ['Text', 'Type', 'Value', 'Also in'], doc.mentions.filter((m) => m.kind === 'number'), (m) => [
      cell(m.text), m.type, cell(m.value ? describeValue(m.value) : ''), alsoIn(m, clusters),
    ]);
    section(lines, 'Claims and quotes', ['Text', 'Type', 'Speaker', 'Score', 'Also in'], doc.mentions.filter((m) => m.kind === 'claim'), (m) => [
      cell(m.text, 160), m.type, cell(m.speaker ?? ''), (m.score ?? 0).toFixed(2), alsoIn(m, clusters),
    ]);
  }
  lines.push('## Discrepancies', '');
  if (scan.discrepancies.length === 0) lines.push('None found.', '');
  const byId = new Map(scan.documents.flatMap((d) => d.mentions.map((m) => [`${d.path}#${m.id}`, m] as const)));
  for (const d of scan.discrepancies) {
    lines.push(`- **${d.relation}**: ${cell(d.about)}`);
    for (const ref of d.mentions) lines.push(`  - ${cell(ref.path)}: ${cell(byId.get(`${ref.path}#${ref.id}`)?.text ?? ref.id)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(lines: string[], title: string, header: string[], mentions: ScanMention[], row: (m: ScanMention) => string[]): void {
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
