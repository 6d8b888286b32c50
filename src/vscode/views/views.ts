// views/ — the activity-bar trees: actors, figures, claims (cluster-tree) and annotations (annotation-view);
// shown-trees holds their node types for deps.ts. May import src/core, base/, index/, annotations/ and
// deps.ts (types); not editor/ or actors/.
import * as vscode from 'vscode';
import { onDecisionsChange } from '../annotations/annotation-decisions';
import { ClusterTree } from './cluster-tree';
import type { TreeNode } from './shown-trees';
import type { FeatureDeps } from '../deps';

/** Where the choice to group figures and claims by story is kept for the workspace. */
const GROUPED_BY_STORY = 'corroborate.groupedByStory';

/** The Corroborate activity-bar views: actors, figures with discrepancies, and claims. */
export function register(context: vscode.ExtensionContext, { service, reviewed, annotations, trees: exposed }: FeatureDeps): void {
  const trees = {
    actors: new ClusterTree(service, annotations, 'actor', false),
    figures: new ClusterTree(service, annotations, 'number', true, reviewed),
    claims: new ClusterTree(service, annotations, 'claim', true),
  };
  Object.assign(exposed, trees);
  // Figures and claims are compared within a story: grouped by it, a story's disagreements read together.
  const grouped = (on: boolean): void => {
    trees.figures.groupedByStory = trees.claims.groupedByStory = on;
  };
  grouped(context.workspaceState.get<boolean>(GROUPED_BY_STORY, false));
  const views = {
    // Several actors selected at once can be merged in one step.
    actors: vscode.window.createTreeView('corroborate.actors', { treeDataProvider: trees.actors, showCollapseAll: true, canSelectMany: true }),
    figures: vscode.window.createTreeView('corroborate.figures', { treeDataProvider: trees.figures, showCollapseAll: true }),
    claims: vscode.window.createTreeView('corroborate.claims', { treeDataProvider: trees.claims, showCollapseAll: true }),
  };
  context.subscriptions.push(
    ...Object.values(views),
    service.onDidChange((change) => {
      if (change.relinked) for (const tree of Object.values(trees)) tree.refresh();
    }),
    reviewed.onDidChange(() => trees.figures.refresh()),
    // A verdict changes what the trees list and count; moves caused by typing do not fire.
    onDecisionsChange(annotations, () => {
      for (const tree of Object.values(trees)) tree.refresh();
    }),
    vscode.commands.registerCommand('corroborate.toggleGroupByStory', async () => {
      grouped(!trees.figures.groupedByStory);
      trees.figures.refresh();
      trees.claims.refresh();
      await context.workspaceState.update(GROUPED_BY_STORY, trees.figures.groupedByStory);
    }),
    vscode.commands.registerCommand('corroborate.revealInView', async () => {
      const editor = vscode.window.activeTextEditor;
      const path = editor ? service.sync(editor.document) : undefined;
      const located = path && editor ? service.index.mentionAt(path, editor.document.offsetAt(editor.selection.active)) : undefined;
      if (!located?.cluster) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted name, figure or claim to reveal it.'));
        return;
      }
      const key = located.mention.kind === 'actor' ? 'actors' : located.mention.kind === 'number' ? 'figures' : 'claims';
      const node: TreeNode = { type: 'mention', cluster: located.cluster, path: located.path, index: located.index };
      await views[key].reveal(node, { select: true, focus: true, expand: true }).then(undefined, () =>
        vscode.window.showInformationMessage(vscode.l10n.t('Only mentions that other sources share are listed in this view.')));
    }),
  );
}
