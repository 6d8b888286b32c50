import * as vscode from 'vscode';
import type { FeatureDeps } from '../deps';

/** The log goes to an output channel, never the console, so users can read it when asked. */
export function createLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = vscode.window.createOutputChannel('Corroborate', { log: true });
  context.subscriptions.push(log);
  return log;
}

export function register(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.showOutput', () => deps.log.show(true)),
  );
}
