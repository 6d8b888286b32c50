import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension';
import { corroborate, waitFor } from './helpers';

// The same lines, with a quotation, figures and a date, in an article and in a file outside the article globs
// (CHANGELOG.md is in the default exclude list): only the article may change colour.
const TEXT = [
  '"We counted 312 vessels in March," said Dana Reyes, the harbour master.',
  'The port authority expects 40 per cent more traffic by 12 June 2025.',
  '',
].join('\n');

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

suite('Only articles change colour', () => {
  let api: CorroborateApi;
  const root = (): vscode.Uri => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the integration run opens a workspace folder');
    return folder.uri;
  };
  const article = (): vscode.Uri => vscode.Uri.joinPath(root(), 'articles', 'zz-colour-harbour.txt');
  const outside = (): vscode.Uri => vscode.Uri.joinPath(root(), 'CHANGELOG.md');
  /** How many ranges Corroborate last painted in the editor of `uri`, over every style; undefined if it never painted there. */
  const painted = (uri: vscode.Uri): number | undefined => {
    const entries = [api.highlights.get(uri.toString()), api.highlights.get(`annotations:${uri.toString()}`)].filter((m) => m !== undefined);
    return entries.length ? entries.reduce((sum, m) => sum + [...m.values()].reduce((n, r) => n + r.length, 0), 0) : undefined;
  };

  suiteSetup(async () => {
    api = (await corroborate().activate()) as CorroborateApi;
    for (const uri of [article(), outside()]) await vscode.workspace.fs.writeFile(uri, encode(TEXT));
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('corroborate').update('highlight.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [article(), outside()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor('the test article out of the index', () => !api.service.index.paths().some((p) => p.includes('zz-colour-')), 15_000);
  });

  test('the manifest colours nothing by grammar: no plain-text grammar, no injections into other files', () => {
    const manifest = corroborate().packageJSON as { contributes?: Record<string, unknown> };
    assert.equal(manifest.contributes?.grammars, undefined);
    assert.equal(manifest.contributes?.semanticTokenScopes, undefined);
  });

  test('a file outside the article globs is never painted; an article with the same text is', async () => {
    const other = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(outside()), vscode.ViewColumn.One);
    const mine = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article()), vscode.ViewColumn.Two);
    assert.equal(other.document.getText(), mine.document.getText());
    await waitFor('the article painted', () => (painted(article()) ?? 0) > 0);
    assert.equal(painted(outside()) ?? 0, 0, 'ranges Corroborate painted in CHANGELOG.md');
    assert.deepEqual(vscode.languages.getDiagnostics(outside()).filter((d) => d.source?.startsWith('Corroborate')), []);
  });

  test('corroborate.highlight.enabled off clears every colour in articles, and on brings it back', async () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('corroborate');
    await config().update('highlight.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('the article unpainted', () => painted(article()) === 0);
    await config().update('highlight.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the article painted again', () => (painted(article()) ?? 0) > 0);
  });
});
