import * as vscode from 'vscode';
import type { LocatedMention } from '../../core/index/workspace-index';
import { isConflicting, type Cluster } from '../../core/link/clusters';
import type { MentionKind } from '../../core/model';
import { describeValue } from '../../core/report/value-text';
import { clustersByStory } from '../../core/stories/clusters-by-story';
import { membersShown, type MembersOf } from '../annotations/annotation-decisions';
import type { AnnotationStore } from '../annotations/annotation-store';
import type { IndexService } from '../index/index-service';
import type { ReviewedDiscrepancies } from '../annotations/reviewed';
import { articleCount } from '../base/article-count';
import { OPEN_MENTION_COMMAND } from '../base/open-mention';
import type { ShownTree, TreeNode } from './shown-trees';

/** More clusters than this at the root would bury the useful ones; the rest are a click away in search. */
const MAX_ROOTS = 500;

const ACTOR_ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location' };

/**
 * One tree for each kind: cluster → source → mention. Nodes are plain data keyed by
 * id, so `reveal` can find a mention's parents and refreshes keep expansion state.
 * Detections a person rejected are neither listed nor counted.
 */
export class ClusterTree implements vscode.TreeDataProvider<TreeNode>, ShownTree<TreeNode> {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly nodes = new Map<string, TreeNode>();
  /** Members as shown, worked out once per refresh: every cluster item asks for its own. */
  private shown: MembersOf | undefined;
  /** The listed clusters under their stories, worked out once per refresh when grouped. */
  private byStory: Map<string, string[]> | undefined;
  /** Whether clusters are listed under the story their articles are in (figures and claims only). */
  groupedByStory = false;

  constructor(
    private readonly service: IndexService, private readonly annotations: AnnotationStore, private readonly kind: MentionKind,
    private readonly crossSourceOnly: boolean, private readonly reviewed?: ReviewedDiscrepancies,
  ) {}

  refresh(): void {
    this.nodes.clear();
    this.shown = undefined;
    this.byStory = undefined;
    this.emitter.fire(undefined);
  }

  private members(cluster: string): readonly LocatedMention[] {
    this.shown ??= membersShown(this.service.index, this.annotations);
    return this.shown(cluster);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const index = this.service.index;
    if (!node) {
      const roots: TreeNode[] = [];
      if (this.kind === 'number' && index.discrepancies.length > 0) roots.push(this.intern({ type: 'discrepancies' }));
      if (this.grouping()) return [...roots, ...[...this.storyGroups().keys()].map((id) => this.intern({ type: 'story', id }))];
      return [...roots, ...this.listed().slice(0, MAX_ROOTS).map((id) => this.intern({ type: 'cluster', id }))];
    }
    switch (node.type) {
      case 'story':
        return (this.storyGroups().get(node.id) ?? []).slice(0, MAX_ROOTS).map((id) => this.intern({ type: 'cluster', id }));
      case 'cluster':
        return this.sources(node.id).map((path) => this.intern({ type: 'source', cluster: node.id, path }));
      case 'source':
        return this.members(node.cluster).filter((m) => m.path === node.path).map((m) => this.intern({ type: 'mention', cluster: node.cluster, path: m.path, index: m.index }));
      case 'discrepancies':
        return index.discrepancies.map((_, position) => this.intern({ type: 'discrepancy', position }));
      case 'discrepancy':
        return (index.discrepancies[node.position]?.mentions ?? []).map((ref) =>
          this.intern({ type: 'mention', cluster: index.discrepancies[node.position].cluster, path: ref.path, index: ref.index }));
      default:
        return [];
    }
  }

  /** The clusters this view lists, most sources first. */
  private listed(): string[] {
    return [...this.service.index.linking.clusters.values()]
      .filter((c) => c.kind === this.kind)
      .map((c) => ({ c, sources: this.sources(c.id).length }))
      .filter(({ sources }) => sources > 0 && (!this.crossSourceOnly || sources > 1))
      .sort((a, b) => b.sources - a.sources || a.c.label.localeCompare(b.c.label))
      .map(({ c }) => c.id);
  }

  /** Actors link across stories, so only figures and claims are grouped. */
  private grouping(): boolean {
    return this.groupedByStory && this.kind !== 'actor';
  }

  private storyGroups(): Map<string, string[]> {
    if (this.byStory) return this.byStory;
    const index = this.service.index;
    const groups = clustersByStory(this.listed(), (id) => this.sources(id), (path) => index.storyOf(path)?.id, index.stories.map((s) => s.id));
    this.byStory = new Map(groups.map((g) => [g.story ?? '', g.clusters]));
    return this.byStory;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.type === 'mention') return this.intern({ type: 'source', cluster: node.cluster, path: node.path });
    if (node.type === 'source') return this.intern({ type: 'cluster', id: node.cluster });
    if (node.type === 'cluster' && this.grouping()) {
      for (const [id, clusters] of this.storyGroups()) if (clusters.includes(node.id)) return this.intern({ type: 'story', id });
    }
    if (node.type === 'discrepancy') return this.intern({ type: 'discrepancies' });
    return undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const index = this.service.index;
    switch (node.type) {
      case 'cluster': {
        const cluster = index.cluster(node.id);
        const sources = this.sources(node.id).length;
        const item = new vscode.TreeItem(cluster?.label ?? node.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = sources === 1 ? vscode.l10n.t('1 source · {0} mentions', this.members(node.id).length) : vscode.l10n.t('{0} sources · {1} mentions', sources, this.members(node.id).length);
        item.iconPath = new vscode.ThemeIcon(iconFor(cluster));
        if (cluster?.kind === 'claim') this.describeRelations(item, cluster);
        item.id = `cluster:${node.id}`;
        item.contextValue = `corroborate.${this.kind}Cluster`;
        return item;
      }
      case 'source': {
        const count = this.members(node.cluster).filter((m) => m.path === node.path).length;
        const item = new vscode.TreeItem(node.path.split('/').pop() ?? node.path, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${count}`;
        item.tooltip = node.path;
        item.iconPath = vscode.ThemeIcon.File;
        item.id = `source:${node.cluster}:${node.path}`;
        return item;
      }
      case 'mention':
        return this.mentionItem(node, index.located(node.path, node.index));
      case 'story': {
        const story = node.id ? index.stories.find((s) => s.id === node.id) : undefined;
        const item = new vscode.TreeItem(story?.label ?? vscode.l10n.t('Not in a story yet'), vscode.TreeItemCollapsibleState.Collapsed);
        const count = this.storyGroups().get(node.id)?.length ?? 0;
        item.description = story ? vscode.l10n.t('{0} · {1} shared', articleCount(story.documents.length), count) : vscode.l10n.t('{0} shared', count);
        item.tooltip = story ? `${story.label} (${story.id})` : undefined;
        item.iconPath = new vscode.ThemeIcon('library');
        item.id = `story:${this.kind}:${node.id}`;
        return item;
      }
      case 'discrepancies': {
        const item = new vscode.TreeItem(vscode.l10n.t('Discrepancies ({0})', index.discrepancies.length), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.id = 'discrepancies';
        return item;
      }
      case 'discrepancy': {
        const d = index.discrepancies[node.position];
        const item = new vscode.TreeItem(d ? d.about : '?', vscode.TreeItemCollapsibleState.Collapsed);
        const relation = d?.relation === 'conflict' ? vscode.l10n.t('conflict') : vscode.l10n.t('consistent after arithmetic');
        item.description = d && this.reviewed?.has(d) ? vscode.l10n.t('{0} · reviewed', relation) : relation;
        item.iconPath = new vscode.ThemeIcon(d && isConflicting(d.relation) ? 'error' : 'symbol-operator');
        item.id = `discrepancy:${node.position}:${d?.cluster}`;
        return item;
      }
    }
  }

  /**
   * What the sources of a claim say of each other: "2 pairs contradict · 1 differs", with the
   * words that show it in the tooltip. Pairs a person rejected a side of are left out.
   */
  private describeRelations(item: vscode.TreeItem, cluster: Cluster): void {
    const shown = new Set(this.members(cluster.id).map((m) => `${m.path}#${m.index}`));
    const links = (this.service.index.linking.claimLinks.get(cluster.id) ?? [])
      .filter((l) => shown.has(`${l.a.path}#${l.a.index}`) && shown.has(`${l.b.path}#${l.b.index}`));
    if (links.length === 0) return;
    const contradict = links.filter((l) => l.relation === 'contradict').length;
    const differ = links.length - contradict;
    const parts = [
      contradict ? (contradict === 1 ? vscode.l10n.t('1 pair contradicts') : vscode.l10n.t('{0} pairs contradict', contradict)) : '',
      differ ? (differ === 1 ? vscode.l10n.t('1 pair differs') : vscode.l10n.t('{0} pairs differ', differ)) : '',
    ].filter(Boolean);
    item.description = `${String(item.description)} · ${parts.join(' · ')}`;
    item.tooltip = links.map((l) => `${l.a.path.split('/').pop()} / ${l.b.path.split('/').pop()}: ${l.relation === 'contradict' ? vscode.l10n.t('contradicts') : vscode.l10n.t('differs')}${l.detail ? ` (${l.detail})` : ''}`).join('\n');
    item.iconPath = new vscode.ThemeIcon(contradict ? 'error' : 'warning');
  }

  private mentionItem(node: TreeNode & { type: 'mention' }, located: LocatedMention | undefined): vscode.TreeItem {
    const mention = located?.mention;
    const lines = this.service.index.lineIndex(node.path);
    const line = mention && lines ? lines.positionAt(mention.start).line + 1 : 0;
    const label = mention ? (mention.kind === 'number' ? `${mention.text} = ${describeValue(mention.value, mention.type)}` : mention.text) : '?';
    const item = new vscode.TreeItem(label.length > 90 ? `${label.slice(0, 89)}…` : label, vscode.TreeItemCollapsibleState.None);
    item.description = `${node.path.split('/').pop()}:${line}`;
    item.tooltip = mention?.text;
    item.id = `mention:${node.cluster}:${node.path}:${node.index}`;
    if (mention) item.command = { title: vscode.l10n.t('Open'), command: OPEN_MENTION_COMMAND, arguments: [node.path, mention.start, mention.end] };
    return item;
  }

  private sources(clusterId: string): string[] {
    return [...new Set(this.members(clusterId).map((m) => m.path))];
  }

  /** One object per node key, so `reveal` and `getParent` hand VS Code the same instances. */
  private intern(node: TreeNode): TreeNode {
    const key = JSON.stringify(node);
    const existing = this.nodes.get(key);
    if (existing) return existing;
    this.nodes.set(key, node);
    return node;
  }
}

function iconFor(cluster: Cluster | undefined): string {
  if (!cluster) return 'circle-outline';
  if (cluster.kind === 'actor') return ACTOR_ICONS[cluster.actorType ?? ''] ?? 'person';
  return cluster.kind === 'number' ? 'symbol-number' : 'quote';
}
