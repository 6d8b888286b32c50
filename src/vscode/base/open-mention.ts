import * as vscode from 'vscode';
import type { FeatureDeps } from '../deps';
import { toUri } from './convert';

export const OPEN_MENTION_COMMAND = 'corroborate.openMention';

/** A command link that opens `path` with the span selected; arguments are data, never code. */
export function openMentionLink(path: string, start: number, end: number): string {
  return `command:${OPEN_MENTION_COMMAND}?${encodeURIComponent(JSON.stringify([path, start, end]))}`;
}

export function register(context: vscode.ExtensionContext, { log }: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_MENTION_COMMAND, async (path: unknown, start: unknown, end: unknown) => {
      if (typeof path !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
      const uri = toUri(path);
      if (!uri) {
        log.warn(`Cannot open ${path}: it is outside the workspace`);
        return;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      await vscode.window.showTextDocument(document, { selection: range, preview: true });
    }),
  );
}
