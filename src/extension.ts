import type * as vscode from 'vscode';
import type { Feature, FeatureDeps } from './vscode/deps';
import { createLog, register as registerOutput } from './vscode/output';
import { register as registerStatusBar } from './vscode/status-bar';

const features: Feature[] = [registerOutput, registerStatusBar];

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const deps: FeatureDeps = { log: createLog(context) };
  for (const register of features) register(context, deps);
  deps.log.info(`Corroborate activated in ${Date.now() - started} ms`);
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
