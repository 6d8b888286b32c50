import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension';
import { check } from './runner';

export const EXTENSION_ID = 'corroborate.corroborate';

export function corroborate(): vscode.Extension<CorroborateApi> {
  const extension = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** The extension activated, its first index built and linked. */
export async function ready(): Promise<CorroborateApi> {
  const api = await corroborate().activate();
  await api.service.ready;
  if (api.service.index.needsRelink) api.service.relinkNow();
  return api;
}

/** An article of the sample workspace, reached without search: a virtual workspace may have none. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(root, 'a workspace folder is open');
  const uri = vscode.Uri.joinPath(root, 'articles', name);
  check(await vscode.workspace.fs.stat(uri).then(() => true, () => false), `articles/${name} is missing from the workspace`);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

export function positionOf(editor: vscode.TextEditor, text: string): vscode.Position {
  const at = editor.document.getText().indexOf(text);
  check(at >= 0, `"${text}" not found in ${editor.document.uri.path}`);
  return editor.document.positionAt(at + Math.floor(text.length / 2));
}

/** What a reader sees of the hovers at `position`, Markdown escapes removed. */
export async function hoverText(editor: vscode.TextEditor, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  const raw = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
  return raw.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'$&:])/g, '$1');
}
