import type * as vscode from 'vscode';
import type { IndexService } from './index-service';
import type { SettingsCache } from './settings';

/** What every feature may use; built once in `extension.ts` and handed to each `register`. */
export interface FeatureDeps {
  readonly log: vscode.LogOutputChannel;
  readonly settings: SettingsCache;
  readonly service: IndexService;
}

export type Feature = (context: vscode.ExtensionContext, deps: FeatureDeps) => void;
