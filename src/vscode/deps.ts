import type * as vscode from 'vscode';
import type { AnnotationStore } from './annotation-store';
import type { AnnotationTree } from './annotation-view';
import type { ClusterTree } from './cluster-tree';
import type { IndexService } from './index-service';
import type { ReviewedDiscrepancies } from './reviewed';
import type { SettingsCache } from './settings';

/** What every feature may use; built once in `extension.ts` and handed to each `register`. */
export interface FeatureDeps {
  readonly log: vscode.LogOutputChannel;
  readonly settings: SettingsCache;
  readonly service: IndexService;
  readonly reviewed: ReviewedDiscrepancies;
  /** Every article's annotations, read from and written to the sidecars. */
  readonly annotations: AnnotationStore;
  /** Filled by the views feature; exposed through the extension's API for tests and other extensions. */
  readonly trees: Partial<Record<'actors' | 'figures' | 'claims', ClusterTree>> & { annotations?: AnnotationTree };
  /** The ranges each document was last painted with, by style: what a test can check a highlight by. */
  readonly highlights: Map<string, ReadonlyMap<string, readonly vscode.Range[]>>;
}

export type Feature = (context: vscode.ExtensionContext, deps: FeatureDeps) => void;
