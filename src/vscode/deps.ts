import type * as vscode from 'vscode';

/** What every feature may use; built once in `extension.ts` and handed to each `register`. */
export interface FeatureDeps {
  readonly log: vscode.LogOutputChannel;
}

export type Feature = (context: vscode.ExtensionContext, deps: FeatureDeps) => void;
