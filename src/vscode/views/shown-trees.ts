import type * as vscode from 'vscode';
import type { ReviewGroup } from '../../core/annotations/review-groups';

// The views' nodes and what the trees offer outside the views, apart from the trees themselves:
// `deps.ts`, which every feature imports, names them here without importing the views back.

export type TreeNode =
  | { readonly type: 'cluster'; readonly id: string }
  | { readonly type: 'source'; readonly cluster: string; readonly path: string }
  | { readonly type: 'mention'; readonly cluster: string; readonly path: string; readonly index: number }
  | { readonly type: 'discrepancies' }
  /** Figures and claims grouped by story: `id` is empty for articles not yet in a story. */
  | { readonly type: 'story'; readonly id: string }
  | { readonly type: 'discrepancy'; readonly position: number };

/** Items carry `uri` and `id`, which is what the annotation commands accept, so inline actions just work. */
export type AnnotationNode =
  | { readonly node: 'group'; readonly group: ReviewGroup }
  | { readonly node: 'annotation'; readonly group: ReviewGroup; readonly uri: vscode.Uri; readonly id: string };

/** A view's tree as the extension's API hands it to tests and other extensions. */
export interface ShownTree<N> {
  getChildren(node?: N): N[];
  getParent(node: N): N | undefined;
  getTreeItem(node: N): vscode.TreeItem;
}
