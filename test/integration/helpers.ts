import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'corroborate.corroborate';

export function corroborate(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Polls until `check` holds: activation and editor events arrive asynchronously. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first workspace article with this extension, e.g. '.txt'; fails if the workspace has none. */
export async function findArticle(extension: '.txt' | '.md'): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/*${extension}`, '**/{node_modules,README.md}');
  assert.ok(found.length > 0, `the test workspace has no ${extension} article`);
  return found.sort((a, b) => a.path.localeCompare(b.path))[0];
}

export async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The commands this extension contributes, read from the manifest it was loaded with. */
export function contributedCommands(): string[] {
  const manifest = corroborate().packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (manifest.contributes?.commands ?? []).map((c) => c.command);
}
