import * as vscode from 'vscode';
import { LINK_RELATIONS, type Annotation, type AnnotationKind, type AnnotationLink, type LinkRelation } from '../../core/annotations';
import { linkedPath, linkPathFrom } from '../../core/annotations/over-text';
import type { LocatedMention } from '../../core/index/workspace-index';
import { membersShown } from './annotation-decisions';
import { crossSourceMatches, type Agreement } from './cross-source';
import type { FeatureDeps } from '../deps';
import type { AnnotationCommandArgs } from './annotation-target';
import { toCorePath } from '../base/convert';

const DEFAULT_RELATION: Readonly<Record<AnnotationKind, LinkRelation>> = { actor: 'same-actor', number: 'same-figure', claim: 'same-claim' };
/** How an agreement reads; looked up when shown, as the display language is known only once the extension runs. */
export const agreementLabel = (agreement: Agreement): string => ({
  same: vscode.l10n.t('agrees'),
  'approximately-same': vscode.l10n.t('roughly agrees'),
  'consistent-after-arithmetic': vscode.l10n.t('agrees after arithmetic'),
  conflict: vscode.l10n.t('conflicts'),
  differs: vscode.l10n.t('differs'),
  contradicts: vscode.l10n.t('contradicts'),
})[agreement];

/** Labels are looked up when shown: the display language is known only once the extension runs. */
const relationLabel = (relation: LinkRelation): string => ({
  'same-actor': vscode.l10n.t('The same actor'), 'same-claim': vscode.l10n.t('The same claim'), 'same-figure': vscode.l10n.t('The same figure'), contradicts: vscode.l10n.t('Contradicts this'),
})[relation];
/** Enough to find anything by typing; a workspace with more mentions of one kind is searched through Find Actor or the views. */
const MAX_PICKS = 3000;

interface Target {
  readonly path: string;
  readonly exact: string;
}

/**
 * What "link to a mention in another document" adds to an annotation: the target comes
 * from the arguments or a picker that lists the cross-source matches first, then every
 * other mention of the same kind; the link's path is relative to the article's folder.
 */
export async function linkMentions(annotation: Annotation, args: AnnotationCommandArgs, deps: FeatureDeps): Promise<((a: Annotation) => Annotation) | undefined> {
  const article = deps.annotations.all().find((e) => e.file.annotations.some((a) => a.id === annotation.id))?.article;
  const articlePath = article ? toCorePath(article) : undefined;
  if (!article || !articlePath) return undefined;
  const target = args.target ? await targetFrom(args.target) : await pickTarget(annotation, articlePath, deps);
  if (!target) return undefined;
  if (target.path === articlePath) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Links are to mentions in other documents; this one is in the same article.'));
    return undefined;
  }
  const relation = args.relation && LINK_RELATIONS.includes(args.relation) ? args.relation : await pickRelation(DEFAULT_RELATION[annotation.kind]);
  if (!relation) return undefined;
  const link: AnnotationLink = { path: linkPathFrom(articlePath, target.path), exact: target.exact, relation };
  return (a) => {
    const links = (a.links ?? []).filter((l) => !(l.path === link.path && l.exact === link.exact));
    return { ...a, links: [...links, link] };
  };
}

async function targetFrom(target: NonNullable<AnnotationCommandArgs['target']>): Promise<Target | undefined> {
  const document = await vscode.workspace.openTextDocument(target.uri);
  const path = toCorePath(target.uri);
  const exact = document.getText().slice(target.start, target.end).trim();
  return path && exact ? { path, exact } : undefined;
}

async function pickTarget(annotation: Annotation, articlePath: string, { service, annotations }: FeatureDeps): Promise<Target | undefined> {
  const position = annotation.target.selector.position;
  const here = position ? service.index.mentionAt(articlePath, position.start, (m) => m.kind === annotation.kind) : undefined;
  // Matches as the hover lists them, agreements worked out without rejected detections.
  const matches = here ? crossSourceMatches(service.index, here, membersShown(service.index, annotations)) : [];
  const seen = new Set(matches.map((m) => `${m.path}#${m.index}`));
  const others: LocatedMention[] = [];
  for (const path of service.index.paths()) {
    if (path === articlePath) continue;
    const doc = service.index.document(path);
    doc?.mentions.forEach((m, index) => {
      if (m.kind === annotation.kind && !seen.has(`${path}#${index}`) && others.length < MAX_PICKS) others.push({ path, index, mention: m });
    });
  }
  type Item = vscode.QuickPickItem & { target?: Target };
  const item = (m: LocatedMention, agreement?: Agreement): Item => ({
    label: m.mention.text.replace(/\s+/g, ' ').slice(0, 120),
    description: `${m.path.split('/').pop()}${agreement ? ` · ${agreementLabel(agreement)}` : ''}`,
    target: { path: m.path, exact: m.mention.text },
  });
  const items: Item[] = [
    ...(matches.length ? [{ label: vscode.l10n.t('Matched in other sources'), kind: vscode.QuickPickItemKind.Separator }] : []),
    ...matches.map((m) => item(m, m.agreement)),
    ...(others.length ? [{ label: vscode.l10n.t('Other mentions'), kind: vscode.QuickPickItemKind.Separator }] : []),
    ...others.map((m) => item(m)),
  ];
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No other document mentions anything of this kind yet.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Link "{0}" to…', annotation.target.selector.quote.exact.slice(0, 50)), matchOnDescription: true });
  return picked?.target;
}

async function pickRelation(suggested: LinkRelation): Promise<LinkRelation | undefined> {
  const order = [suggested, ...LINK_RELATIONS.filter((r) => r !== suggested)];
  const picked = await vscode.window.showQuickPick(order.map((relation) => ({ label: relationLabel(relation), description: relation, relation })), { placeHolder: vscode.l10n.t('How does it relate?') });
  return picked?.relation;
}

/** Where a link points, as a workspace path with the mention's offsets when the text is still there. */
export function resolveLink(articlePath: string, link: AnnotationLink, service: FeatureDeps['service']): { path: string; start?: number; end?: number } {
  const path = linkedPath(articlePath, link.path);
  const text = service.index.document(path)?.text;
  const start = text?.indexOf(link.exact) ?? -1;
  return start >= 0 ? { path, start, end: start + link.exact.length } : { path };
}
