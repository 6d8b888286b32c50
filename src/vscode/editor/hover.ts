import * as vscode from 'vscode';
import type { LocatedMention } from '../../core/index/workspace-index';
import { sentenceAt } from '../../core/text/sentences';
import { escapeMarkdown } from '../../core/report/markdown-text';
import { describeValue } from '../../core/report/value-text';
import { AGREEMENT_ICON, crossSourceMatches, disagrees, type CrossSourceMatch } from '../annotations/cross-source';
import { agreementLabel } from '../annotations/annotation-link';
import type { FeatureDeps } from '../deps';
import { toRange } from '../base/convert';
import { OPEN_MENTION_COMMAND, openMentionLink } from '../base/open-mention';
import { appendAnnotations, hoveredAnnotations } from '../annotations/annotation-hover';
import { membersShown } from '../annotations/annotation-decisions';
import { isRejected } from '../../core/annotations/over-text';
import type { Mention, MentionKind } from '../../core/model';
import { storySummary } from '../../core/stories/story-summary';

const CONTEXT_CHARS = 140;

/**
 * What a reviewer sees on a name, figure or claim: what it is, then what every other
 * source says, each with an agreement mark and a link to the place. Article text is
 * escaped and only our own open command is trusted, so a file cannot inject links or
 * run commands through a hover.
 */

export function register(context: vscode.ExtensionContext, { service, settings, annotations }: FeatureDeps): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
      provideHover(document, position) {
        const path = service.sync(document);
        if (!path) return undefined;
        const located = service.index.mentionAt(path, document.offsetAt(position));
        const decided = annotations.annotationsOf(document.uri);
        const here = hoveredAnnotations(decided, document.offsetAt(position));
        if (!located && here.length === 0) return undefined;
        const markdown = new vscode.MarkdownString(undefined, true);
        markdown.isTrusted = { enabledCommands: [OPEN_MENTION_COMMAND] };
        markdown.supportHtml = false;
        appendAnnotations(markdown, here, path, service, document.getText());
        // A detection the person rejected is not compared with anything.
        if (!located || isRejected(decided, located.mention)) {
          const place = here[0]?.target.selector.position;
          return place ? new vscode.Hover(markdown, toRange(document, place)) : undefined;
        }
        describe(markdown, located, service.index.cluster(located.cluster ?? '')?.label);
        // Rejected members are left out before agreements are worked out, as for CodeLens: a
        // rejected "120 each" no longer reads a bare "120" elsewhere as per side.
        const matches = crossSourceMatches(service.index, located, membersShown(service.index, annotations));
        listMatches(markdown, matches, settings.current.hoverMaxMatches, service);
        appendStory(markdown, path, located.mention.kind, service);
        return new vscode.Hover(markdown, toRange(document, located.mention));
      },
    }),
  );
}

function describe(markdown: vscode.MarkdownString, located: LocatedMention, clusterLabel: string | undefined): void {
  const m = located.mention;
  if (m.kind === 'actor') {
    const label = clusterLabel ?? m.name;
    markdown.appendMarkdown(`**${escapeMarkdown(label)}** · ${m.type}`);
    if (m.role) markdown.appendMarkdown(` · ${escapeMarkdown(m.role)}`);
    if (label !== m.text) markdown.appendMarkdown(`  \n${vscode.l10n.t('written here as "{0}"', escapeMarkdown(m.text))}`);
  } else if (m.kind === 'number') {
    markdown.appendMarkdown(`**${escapeMarkdown(describeValue(m.value, m.type))}** · ${m.type}`);
  } else {
    markdown.appendMarkdown(`**${m.type === 'quote' ? vscode.l10n.t('Quote') : vscode.l10n.t('Claim')}**`);
    if (m.speaker) markdown.appendMarkdown(vscode.l10n.t(' by {0}', escapeMarkdown(m.speaker)));
    if (m.via) markdown.appendMarkdown(vscode.l10n.t(' via {0}', escapeMarkdown(m.via)));
    markdown.appendMarkdown(vscode.l10n.t(' · check-worthiness {0}', m.score.toFixed(2)));
  }
  markdown.appendMarkdown('\n\n---\n\n');
}

function listMatches(markdown: vscode.MarkdownString, matches: CrossSourceMatch[], max: number, service: FeatureDeps['service']): void {
  if (matches.length === 0) {
    markdown.appendMarkdown(vscode.l10n.t('$(circle-slash) Single source: no other document in the workspace mentions this.'));
    return;
  }
  const sources = new Set(matches.map((m) => m.path)).size;
  const conflicts = matches.filter((m) => disagrees(m.agreement)).length;
  const count = sources === 1 ? vscode.l10n.t('1 other source') : vscode.l10n.t('{0} other sources', sources);
  markdown.appendMarkdown(`**${count}**${conflicts ? ` · $(error) ${vscode.l10n.t('{0} disagree', conflicts)}` : ''}\n\n`);
  for (const match of matches.slice(0, max)) {
    const doc = service.index.document(match.path);
    const index = service.index.lineIndex(match.path);
    if (!doc || !index) continue;
    const line = index.positionAt(match.mention.start).line + 1;
    const file = match.path.split('/').pop() ?? match.path;
    const link = `[${escapeMarkdown(`${file}:${line}`)}](${openMentionLink(match.path, match.mention.start, match.mention.end)} "${vscode.l10n.t('Open {0}', escapeMarkdown(match.path))}")`;
    const detail = match.detail ? ` (${escapeMarkdown(match.detail)})` : '';
    markdown.appendMarkdown(`${AGREEMENT_ICON[match.agreement]} ${agreementLabel(match.agreement)}${detail} · ${link}${attributedTo(match.mention)}: ${excerpt(doc, match)}\n\n`);
  }
  if (matches.length > max) markdown.appendMarkdown(vscode.l10n.t('…and {0} more (Find All References shows them all).', matches.length - max));
}

/** Which story the article is in: figures and claims are only compared with the other articles of it. */
function appendStory(markdown: vscode.MarkdownString, path: string, kind: MentionKind, service: FeatureDeps['service']): void {
  const story = service.index.storyOf(path);
  if (!story) return;
  const summary = escapeMarkdown(storySummary(story));
  markdown.appendMarkdown('\n\n' + (kind === 'actor'
    ? vscode.l10n.t('$(library) Story: {0} · names are matched across every story', summary)
    : vscode.l10n.t('$(library) Story: {0} · compared within this story only', summary)));
}

/** For a quote, whom this source gives it to and through which outlet: what a quote conflict is about. */
function attributedTo(m: Mention): string {
  if (m.kind !== 'claim' || m.type !== 'quote') return '';
  const who = m.speaker ? `gives it to ${escapeMarkdown(m.speaker)}` : 'names no speaker';
  return ` (${who}${m.via ? ` via ${escapeMarkdown(m.via)}` : ''})`;
}

/** The sentence around the match, cut to a window, with the match in bold. */
function excerpt(doc: { text: string; sentences: readonly { start: number; end: number }[] }, match: CrossSourceMatch): string {
  const { start, end } = match.mention;
  const sentence = sentenceAt(doc.sentences, start) ?? { start, end };
  const from = Math.max(sentence.start, start - CONTEXT_CHARS);
  const to = Math.min(Math.max(sentence.end, end), end + CONTEXT_CHARS);
  const before = doc.text.slice(from, start).replace(/\s+/g, ' ');
  const after = doc.text.slice(end, to).replace(/\s+/g, ' ');
  return `${from > sentence.start ? '…' : ''}${escapeMarkdown(before)}**${escapeMarkdown(doc.text.slice(start, end).replace(/\s+/g, ' '))}**${escapeMarkdown(after)}${to < sentence.end ? '…' : ''}`;
}
