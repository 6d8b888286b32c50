// The web worker extension host's entry point (vscode.dev, github.dev, code-server's browser
// host), `browser` in package.json: no Node, so every file goes through workspace.fs.
import * as vscode from 'vscode';
import { activateCorroborate, type CorroborateApi } from '../extension';
import { provideWordVectors } from '../core/meaning/word-vectors';

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  const api = activateCorroborate(context, {});
  // No synchronous reads here: the word-meaning table arrives through workspace.fs after activation,
  // and claims are relinked by meaning once it is in (by their words alone until then).
  void vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'word-vectors.bin')).then((bytes) => {
    provideWordVectors(() => bytes);
    return api.service.relinkSoon();
  }, () => undefined);
  return api;
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
