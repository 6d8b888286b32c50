import * as vscode from 'vscode';
import { storySummary } from '../../core/stories/story-summary';
import { articleCount } from '../base/article-count';
import { toUri } from '../base/convert';
import type { IndexService } from '../index/index-service';

/** A story, or one of its articles. */
export type StoryNode = { readonly type: 'story'; readonly id: string } | { readonly type: 'article'; readonly story: string; readonly path: string };

/** The Stories view: each story the workspace's articles were grouped into, largest first, and its articles. */
export class StoryTree implements vscode.TreeDataProvider<StoryNode> {
  private readonly emitter = new vscode.EventEmitter<StoryNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly service: IndexService) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: StoryNode): StoryNode[] {
    const index = this.service.index;
    if (!node) return index.stories.map((story) => ({ type: 'story', id: story.id }));
    if (node.type === 'article') return [];
    const story = index.stories.find((s) => s.id === node.id);
    return (story?.documents ?? []).map((path) => ({ type: 'article', story: node.id, path }));
  }

  getParent(node: StoryNode): StoryNode | undefined {
    return node.type === 'article' ? { type: 'story', id: node.story } : undefined;
  }

  getTreeItem(node: StoryNode): vscode.TreeItem {
    if (node.type === 'story') {
      const story = this.service.index.stories.find((s) => s.id === node.id);
      const item = new vscode.TreeItem(story?.label ?? node.id, vscode.TreeItemCollapsibleState.Collapsed);
      const count = story?.documents.length ?? 0;
      item.description = articleCount(count);
      item.tooltip = story ? `${storySummary(story)} (${story.id})` : node.id;
      item.iconPath = new vscode.ThemeIcon('library');
      item.id = `story:${node.id}`;
      item.contextValue = 'corroborate.story';
      return item;
    }
    const name = node.path.slice(node.path.lastIndexOf('/') + 1);
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
    const folder = node.path.slice(0, Math.max(0, node.path.lastIndexOf('/')));
    if (folder) item.description = folder;
    item.tooltip = node.path;
    item.iconPath = vscode.ThemeIcon.File;
    item.id = `article:${node.story}:${node.path}`;
    item.contextValue = 'corroborate.storyArticle';
    const uri = toUri(node.path);
    if (uri) {
      item.resourceUri = uri;
      item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [uri] };
    }
    return item;
  }
}

