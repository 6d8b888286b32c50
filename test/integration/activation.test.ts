import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { contributedCommands, corroborate, findArticle, openArticle, waitFor } from './helpers';

suite('Activation on a sample workspace', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the sample articles are the open workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => path.basename(f.uri.path)), ['samples']);
  });

  test('opening a .txt article activates Corroborate', async () => {
    const editor = await openArticle(await findArticle('.txt'));
    assert.equal(editor.document.languageId, 'plaintext');
    await waitFor('the extension to activate', () => corroborate().isActive);
  });

  test('a .md article opens as markdown with the extension still active', async () => {
    const editor = await openArticle(await findArticle('.md'));
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.ok(corroborate().isActive);
  });

  test('every contributed command is registered', async () => {
    await waitFor('the extension to activate', () => corroborate().isActive);
    const contributed = contributedCommands();
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('Show Output runs without error', async () => {
    await vscode.commands.executeCommand('corroborate.showOutput');
  });

  test('the loaded extension is the one under test', function () {
    // Set by the harness when it runs this suite against the unpacked .vsix.
    const expected = process.env.CORROBORATE_EXPECT_EXTENSION_PATH;
    if (!expected) this.skip();
    assert.equal(path.resolve(corroborate().extensionPath), path.resolve(expected));
  });
});
