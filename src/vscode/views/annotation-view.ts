import * as vscode from 'vscode';
import { quoteChanges, type Annotation } from '../../core/annotations';
import { groupForReview, REVIEW_GROUP_LABEL, type ReviewGroup } from '../../core/annotations/review-groups';
import type { AnnotationStore } from '../annotations/annotation-store';
import { short } from '../annotations/annotation-commands';
import type { FeatureDeps } from '../deps';
import { showError } from '../annotations/annotation-target';
import type { AnnotationNode, ShownTree } from './shown-trees';

export const OPEN_ANNOTATION_COMMAND = 'corroborate.openAnnotation';
const REATTACH = 'corroborate.reattachAnnotation';

const GROUP_ICON: Readonly<Record<ReviewGroup, string>> = {
  orphaned: 'debug-disconnect', fuzzy: 'question', disputed: 'error', 'needs-source': 'search', unverified: 'circle-outline', verified: 'pass',
};
const REFRESH_DELAY_MS = 300;

/** Every annotation in the workspace, what needs a person first: lost places, close matches, then by status. */
export class AnnotationTree implements vscode.TreeDataProvider<AnnotationNode>, ShownTree<AnnotationNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: AnnotationStore) {}

  /** Typing moves annotations on every keystroke; the tree catches up once it pauses. */
  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), REFRESH_DELAY_MS);
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    const groups = groupForReview(this.items(), (i) => i.annotation, (i) => i.uri.path);
    if (!node) return groups.map(([group]) => ({ node: 'group', group }));
    if (node.node !== 'group') return [];
    return (groups.find(([group]) => group === node.group)?.[1] ?? []).map((i) => ({ node: 'annotation', group: node.group, uri: i.uri, id: i.annotation.id }));
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    return node.node === 'annotation' ? { node: 'group', group: node.group } : undefined;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.node === 'group') {
      const count = this.getChildren(node).length;
      const item = new vscode.TreeItem(REVIEW_GROUP_LABEL[node.group], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${count}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group]);
      item.id = `group:${node.group}`;
      return item;
    }
    const annotation = this.store.annotationsOf(node.uri).find((a) => a.id === node.id);
    const item = new vscode.TreeItem(short(annotation?.target.selector.quote.exact ?? node.id, 80), vscode.TreeItemCollapsibleState.None);
    const name = node.uri.path.slice(node.uri.path.lastIndexOf('/') + 1);
    item.description = annotation ? (annotation.body.detection === 'rejected' ? vscode.l10n.t('{0} · rejected · {1}', annotation.type, name) : `${annotation.type} · ${name}`) : name;
    // A plain string tooltip is never rendered as Markdown: the note shows as the person wrote it.
    item.tooltip = annotation ? tooltip(annotation, name, openText(node.uri)) : name;
    item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group]);
    item.id = `annotation:${node.uri.toString()}#${node.id}`;
    item.contextValue = node.group === 'orphaned' ? 'corroborate.annotation.orphaned' : 'corroborate.annotation';
    item.command = { title: vscode.l10n.t('Open'), command: OPEN_ANNOTATION_COMMAND, arguments: [{ uri: node.uri, id: node.id }] };
    return item;
  }

  private items(): { uri: vscode.Uri; annotation: Annotation }[] {
    return this.store.all().flatMap((entry) => entry.file.annotations.map((annotation) => ({ uri: entry.article, annotation })));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
  }
}

/** The article's text when it is open: what a close match is compared with. */
function openText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
}

function tooltip(a: Annotation, file: string, text: string | undefined): string {
  const lines = [`${a.kind} · ${a.type} · ${REVIEW_GROUP_LABEL[a.body.status]}${a.body.detection ? vscode.l10n.t(' · detection {0}', a.body.detection) : ''}`, file];
  const position = a.target.selector.position;
  if (a.anchor.state === 'fuzzy') {
    const changes = text !== undefined && position ? quoteChanges(a.target.selector.quote.exact, text.slice(position.start, position.end)) : [];
    const score = Math.round((a.anchor.score ?? 0) * 100);
    lines.push(changes.length > 0 ? vscode.l10n.t('Close match ({0}%): {1}', score, changes.join('; ')) : vscode.l10n.t('Close match ({0}%)', score));
  }
  if (a.body.labels?.length) lines.push(vscode.l10n.t('Labels: {0}', a.body.labels.join(', ')));
  if (a.body.note) lines.push('', a.body.note);
  return lines.join('\n');
}

export function register(context: vscode.ExtensionContext, { annotations: store, trees, log }: FeatureDeps): void {
  const tree = new AnnotationTree(store);
  trees.annotations = tree;
  const view = vscode.window.createTreeView('corroborate.annotations', { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    tree,
    view,
    store.onDidChange(() => tree.refreshSoon()),
    vscode.commands.registerCommand(OPEN_ANNOTATION_COMMAND, async (raw?: { uri?: vscode.Uri; id?: string }) => {
      if (!raw?.uri || !raw.id) return;
      try {
        const annotation = store.annotationsOf(raw.uri).find((a) => a.id === raw.id);
        const document = await vscode.workspace.openTextDocument(raw.uri);
        const position = annotation?.target.selector.position;
        if (position) {
          const range = new vscode.Range(document.positionAt(position.start), document.positionAt(position.end));
          await vscode.window.showTextDocument(document, { selection: range, preview: true });
          return;
        }
        await vscode.window.showTextDocument(document, { preview: true });
        if (!annotation) return;
        const reattach = vscode.l10n.t('Re-attach to Selection');
        const choice = await vscode.window.showInformationMessage(
          vscode.l10n.t('"{0}" is no longer in the text. Select where the annotation belongs now, then re-attach it.', short(annotation.target.selector.quote.exact)), reattach);
        if (choice) await vscode.commands.executeCommand(REATTACH, raw.uri, raw.id);
      } catch (error) {
        showError(error, log);
      }
    }),
  );
}
