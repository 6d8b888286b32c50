// The desktop and remote (Node) extension host's entry point, `main` in package.json.
import type * as vscode from 'vscode';
import { activateCorroborate, type CorroborateApi } from '../extension';
import { readFromDisk } from './disk-reader';
import { provideWordVectors } from '../core/meaning/word-vectors';
import { readWordVectorsFile } from '../cli/word-vectors-file';

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  // The word-meaning table (3.4 MB) is offered just after activation and before the first full index
  // is linked: offered now, the link of the article opened with activation read it there (158 ms against
  // 35 ms without it, `npm run bench`). Until then claims are linked by their words alone.
  setTimeout(() => provideWordVectors(readWordVectorsFile), 0);
  return activateCorroborate(context, { readFromDisk });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
