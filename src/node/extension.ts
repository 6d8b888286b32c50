// The desktop and remote (Node) extension host's entry point, `main` in package.json.
import type * as vscode from 'vscode';
import { activateCorroborate, type CorroborateApi } from '../extension';
import { readFromDisk } from './disk-reader';

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  return activateCorroborate(context, { readFromDisk });
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
