import * as vscode from 'vscode';
import { quoteChanges, type Annotation, type AnnotationValue } from '../../core/annotations';
import { escapeMarkdown } from '../../core/report/markdown-text';
import { REVIEW_GROUP_LABEL } from '../../core/annotations/review-groups';
import { resolveLink } from './annotation-link';
import type { FeatureDeps } from '../deps';
import { openMentionLink } from '../base/open-mention';

const STATUS_ICON: Readonly<Record<Annotation['body']['status'], string>> = {
  unverified: '$(circle-outline)', verified: '$(pass-filled)', disputed: '$(error)', 'needs-source': '$(question)',
};

/** The annotations at the hovered place, only those whose span really covers it (not the character after). */
export function hoveredAnnotations(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((a) => { const p = a.target.selector.position; return p !== undefined && p.start <= offset && offset < p.end; })
    .sort((a, b) => span(a) - span(b));
}

/**
 * What a person decided, at the top of the hover: status, type, verdict, labels, note
 * and links. Notes, labels and quotes are people's text: all of it is escaped, and the
 * only links are our own open command.
 */
export function appendAnnotations(markdown: vscode.MarkdownString, annotations: readonly Annotation[], articlePath: string, service: FeatureDeps['service'], text?: string): void {
  for (const a of annotations) {
    markdown.appendMarkdown(`${STATUS_ICON[a.body.status]} **${REVIEW_GROUP_LABEL[a.body.status]}** · ${a.kind} · ${a.type}`);
    if (a.body.detection) markdown.appendMarkdown(vscode.l10n.t(' · detection {0}', a.body.detection));
    if (a.anchor.state === 'fuzzy') markdown.appendMarkdown(vscode.l10n.t(' · close match ({0}%) to "{1}"', Math.round((a.anchor.score ?? 0) * 100), escapeMarkdown(a.target.selector.quote.exact)) + changesOf(a, text));
    if (a.body.value !== undefined) markdown.appendMarkdown(`  \n${escapeMarkdown(describe(a.body.value))}`);
    if (a.body.labels?.length) markdown.appendMarkdown(`  \n$(tag) ${a.body.labels.map(escapeMarkdown).join(' · ')}`);
    if (a.body.note) markdown.appendMarkdown(`\n\n> ${a.body.note.split(/\r?\n/).map(escapeMarkdown).join('  \n> ')}`);
    for (const link of a.links ?? []) {
      const to = resolveLink(articlePath, link, service);
      const file = escapeMarkdown(`${link.path.split('/').pop()}`);
      const where = to.start !== undefined ? `[${file}](${openMentionLink(to.path, to.start, to.end ?? to.start)} "${vscode.l10n.t('Open {0}', escapeMarkdown(to.path))}")` : vscode.l10n.t('{0} (text not found)', file);
      markdown.appendMarkdown(`\n\n$(link) ${link.relation}: ${where}: "${escapeMarkdown(link.exact)}"`);
    }
    markdown.appendMarkdown('\n\n---\n\n');
  }
}

/** What changed since the person annotated, to confirm: "2.1 million → 2.4 million". */
function changesOf(a: Annotation, text: string | undefined): string {
  const position = a.target.selector.position;
  if (text === undefined || !position) return '';
  const changes = quoteChanges(a.target.selector.quote.exact, text.slice(position.start, position.end));
  return changes.length > 0 ? `  \n$(diff) ${changes.map(escapeMarkdown).join(' · ')}` : '';
}

function describe(value: AnnotationValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join(', ');
}

function span(a: Annotation): number {
  const p = a.target.selector.position;
  return p ? p.end - p.start : Number.MAX_SAFE_INTEGER;
}
