// The web worker extension host's entry point (vscode.dev, github.dev, code-server's browser
// host), `browser` in package.json: no Node, so every file goes through workspace.fs.
import type * as vscode from 'vscode';
import { activateCorroborate, type CorroborateApi } from '../extension';

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  return activateCorroborate(context, {});
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
