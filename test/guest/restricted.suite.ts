// Runs in the Node extension host with workspace trust on and the folder not trusted (Restricted Mode).
// Corroborate declares `untrustedWorkspaces: limited`: it must activate and work here, and take the one
// restricted setting, where annotations are written, from the user only. The harness put a workspace
// value for it in .vscode/settings.json pointing outside the workspace.
import * as vscode from 'vscode';
import { corroborate, openSample, ready } from './guest-helpers';
import { check, equal, runDeclared, test, waitFor } from './runner';

test('the folder is not trusted', () => {
  equal(vscode.workspace.isTrusted, false, 'workspace.isTrusted');
});

test('the extension activates and indexes the articles in Restricted Mode', async () => {
  const api = await ready();
  check(corroborate().isActive, 'the extension is active');
  const articles = await vscode.workspace.findFiles('articles/*.{txt,md}');
  await waitFor('every article indexed', () => api.service.index.paths().length >= articles.length);
});

test('an open article is highlighted', async () => {
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  await waitFor('highlights for the article', () => api.highlights.has(editor.document.uri.toString()));
});

test('the workspace cannot choose where annotations are written', async () => {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(root, 'a folder is open');
  const settings = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, '.vscode', 'settings.json')));
  check(settings.includes('corroborate.annotations.folder'), 'the harness wrote a workspace value for corroborate.annotations.folder');
  equal(vscode.workspace.getConfiguration('corroborate').get<string>('annotations.folder'), '', 'the folder in effect');
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  const start = editor.document.getText().indexOf('240 detainees');
  check(start >= 0, 'the article mentions 240 detainees');
  await api.annotations.add(editor.document, { start, end: start + 3 }, { kind: 'number', type: 'count' });
  const beside = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.yaml` });
  await waitFor('the sidecar beside the article', async () => vscode.workspace.fs.stat(beside).then(() => true, () => false));
  const outside = vscode.Uri.joinPath(root, '..', 'written-outside-the-workspace');
  equal(await vscode.workspace.fs.stat(outside).then(() => true, () => false), false, 'anything written outside the workspace');
});

export async function run(): Promise<void> {
  try {
    await runDeclared('restricted');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}
