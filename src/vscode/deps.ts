// The contract between extension.ts, which composes, and the feature folders, which each export `register`
// functions: imported for types only, and it imports only types, so no folder reaches another through it.
import type * as vscode from 'vscode';
import type { AnnotationStore } from './annotations/annotation-store';
import type { IndexService } from './index/index-service';
import type { ReviewedDiscrepancies } from './annotations/reviewed';
import type { SettingsCache } from './base/settings';
import type { AnnotationNode, ShownTree, TreeNode } from './views/shown-trees';

/** What every feature may use; built once in `extension.ts` and handed to each `register`. */
export interface FeatureDeps {
  readonly log: vscode.LogOutputChannel;
  readonly settings: SettingsCache;
  readonly service: IndexService;
  readonly reviewed: ReviewedDiscrepancies;
  /** Every article's annotations, read from and written to the sidecars. */
  readonly annotations: AnnotationStore;
  /** Filled by the views feature; exposed through the extension's API for tests and other extensions. */
  readonly trees: Partial<Record<'actors' | 'figures' | 'claims', ShownTree<TreeNode>>> & { annotations?: ShownTree<AnnotationNode> };
  /** The ranges each document was last painted with, by style: what a test can check a highlight by. */
  readonly highlights: Map<string, ReadonlyMap<string, readonly vscode.Range[]>>;
}

export type Feature = (context: vscode.ExtensionContext, deps: FeatureDeps) => void;
