// stories/ — the Stories view and the commands that move an article to another story or split one off,
// kept in .corroborate/stories.yaml. May import src/core, base/, index/ and deps.ts (types); not editor/,
// views/, annotations/ or actors/.
import * as vscode from 'vscode';
import type { Story } from '../../core/stories/stories';
import { declareStory, moveToStory } from '../../core/stories/stories-file-edit';
import { storySummary } from '../../core/stories/story-summary';
import { toCorePath } from '../base/convert';
import type { FeatureDeps } from '../deps';
import type { IndexService } from '../index/index-service';
import { StoriesFile } from './stories-file';
import { articleCount } from '../base/article-count';
import { StoryTree, type StoryNode } from './story-tree';

/** What a caller may pass instead of picking: tests, other extensions, keybindings. */
interface MoveArgument {
  readonly document: string;
  readonly to: string;
}
interface SplitArgument {
  readonly documents: readonly string[];
  readonly label?: string;
}

export function register(context: vscode.ExtensionContext, { service, log }: FeatureDeps): void {
  const file = new StoriesFile(service, log);
  const tree = new StoryTree(service);
  const view = vscode.window.createTreeView('corroborate.stories', { treeDataProvider: tree, showCollapseAll: true });
  const run = async (what: string, change: (text: string) => string): Promise<boolean> => {
    try {
      const changed = await file.edit(change);
      if (changed) vscode.window.setStatusBarMessage(vscode.l10n.t('Corroborate: {0}', what), 4000);
      return changed;
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return false;
    }
  };

  context.subscriptions.push(
    file, view,
    service.onDidChange((change) => {
      if (change.relinked) tree.refresh();
    }),
    vscode.commands.registerCommand('corroborate.moveToStory', async (arg?: unknown) => {
      if (isMoveArgument(arg)) return run(vscode.l10n.t('article moved'), (text) => moveToStory(text, arg.document, arg.to));
      await service.ready;
      const document = articleOf(arg, service);
      if (!document) return nothingChosen();
      const target = await pickStory(service, document);
      if (!target) return false;
      if (target === 'alone') return run(vscode.l10n.t('article on its own story'), (text) => declareStory(text, [document]));
      const to = target.documents.find((path) => path !== document)!;
      return run(vscode.l10n.t('moved to {0}', target.label), (text) => moveToStory(text, document, to));
    }),
    vscode.commands.registerCommand('corroborate.splitStory', async (arg?: unknown) => {
      if (isSplitArgument(arg)) return run(vscode.l10n.t('story split'), (text) => declareStory(text, arg.documents, arg.label));
      await service.ready;
      const story = storyOf(arg, service);
      if (!story) return nothingChosen();
      if (story.documents.length < 2) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This story has one article: there is nothing to split.'));
        return false;
      }
      const current = articleOf(undefined, service);
      const picked = await vscode.window.showQuickPick(
        story.documents.map((path) => ({ label: path.slice(path.lastIndexOf('/') + 1), description: path, picked: path === current, path })),
        { canPickMany: true, title: vscode.l10n.t('Split "{0}"', story.label), placeHolder: vscode.l10n.t('Choose the articles that tell a different story') },
      );
      if (!picked || picked.length === 0 || picked.length === story.documents.length) return false;
      const label = await vscode.window.showInputBox({ title: vscode.l10n.t('Name the new story (optional)'), prompt: vscode.l10n.t('Shown in the Stories view, the hover and the report') });
      if (label === undefined) return false;
      return run(vscode.l10n.t('story split'), (text) => declareStory(text, picked.map((p) => p.path), label || undefined));
    }),
    vscode.commands.registerCommand('corroborate.openStoriesFile', async () => {
      if (!file.uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: story decisions are kept in its .corroborate/stories.yaml.'));
        return;
      }
      await vscode.window.showTextDocument(file.uri).then(undefined, () =>
        vscode.window.showInformationMessage(vscode.l10n.t('No story decisions yet: move an article or split a story from the Stories view to start the file.')));
    }),
  );
  void file.reload();
}

/** The article a command was run on: a Stories view item, an Explorer file, or the active editor's. */
function articleOf(arg: unknown, service: IndexService): string | undefined {
  if (isArticleNode(arg)) return arg.path;
  if (arg instanceof vscode.Uri) return toCorePath(arg);
  const editor = vscode.window.activeTextEditor;
  return editor ? service.pathOf(editor.document) : undefined;
}

function storyOf(arg: unknown, service: IndexService): Story | undefined {
  if (isStoryNode(arg)) return service.index.stories.find((s) => s.id === arg.id);
  const path = articleOf(arg, service);
  return path ? service.index.storyOf(path) : undefined;
}

async function pickStory(service: IndexService, document: string): Promise<Story | 'alone' | undefined> {
  const own = service.index.storyOf(document);
  const items: (vscode.QuickPickItem & { target: Story | 'alone' })[] = service.index.stories
    .filter((story) => story.id !== own?.id)
    .map((story) => ({ label: story.label, description: articleCount(story.documents.length), target: story }));
  if ((own?.documents.length ?? 0) > 1) items.unshift({ label: vscode.l10n.t('$(add) A story of its own'), description: vscode.l10n.t('takes the article out of its story'), target: 'alone' });
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Move {0} to another story', document.slice(document.lastIndexOf('/') + 1)),
    placeHolder: own ? vscode.l10n.t('Now in: {0}', storySummary(own)) : vscode.l10n.t('Choose a story'), matchOnDescription: true,
  });
  return chosen?.target;
}

function nothingChosen(): boolean {
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an article of the workspace, or run this from the Stories view.'));
  return false;
}

function isArticleNode(value: unknown): value is StoryNode & { type: 'article' } {
  return (value as StoryNode | undefined)?.type === 'article' && typeof (value as { path?: unknown }).path === 'string';
}

function isStoryNode(value: unknown): value is StoryNode & { type: 'story' } {
  return (value as StoryNode | undefined)?.type === 'story' && typeof (value as { id?: unknown }).id === 'string';
}

function isMoveArgument(value: unknown): value is MoveArgument {
  const v = value as Partial<MoveArgument> | undefined;
  return typeof v?.document === 'string' && typeof v.to === 'string';
}

function isSplitArgument(value: unknown): value is SplitArgument {
  const documents = (value as { documents?: unknown } | undefined)?.documents;
  return Array.isArray(documents) && documents.every((d) => typeof d === 'string');
}
