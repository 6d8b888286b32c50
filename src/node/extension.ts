// The desktop and remote (Node) extension host's entry point, `main` in package.json.
import type * as vscode from 'vscode';
import { activateCorroborate, type CorroborateApi } from '../extension';
import { readFromDisk } from './disk-reader';
import { provideWordVectors } from '../core/meaning/word-vectors';
import { readWordVectorsFile } from '../cli/word-vectors-file';

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  // Read on the first link that compares claims, not now: activation stays fast.
  provideWordVectors(readWordVectorsFile);
  return activateCorroborate(context, { readFromDisk });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
