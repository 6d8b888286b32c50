// Runs in the browser's web worker extension host (code-server, `extensionDevelopmentKind=web`):
// the extension loaded from its `browser` bundle, every file reached through workspace.fs.
// Bundled for the browser by test/harness/run-guest.ts; started there with the sample workspace.
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/annotations';
import { corroborate, hoverText, openSample, positionOf, ready } from './guest-helpers';
import { check, equal, runDeclared, test, waitFor } from './runner';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

test('this is a web worker, and the extension was loaded from its browser bundle', async () => {
  const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
  check(typeof scope.importScripts === 'function', 'importScripts, a web worker global, is missing');
  check(scope.process?.versions?.node === undefined, 'Node is present: this is not the web worker host');
  const extension = corroborate();
  equal(extension.extensionKind, vscode.ExtensionKind.UI, 'extension kind');
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder && folder.uri.scheme !== 'file', `the workspace is reached through the editor, not a disk: ${folder?.uri.toString()}`);
  await extension.activate();
  check(extension.isActive, 'the extension activated');
});

test('the index holds every article, read through workspace.fs', async () => {
  const api = await ready();
  const articles = await vscode.workspace.findFiles('articles/*.{txt,md}');
  check(articles.length >= 5, `the sample workspace has ${articles.length} articles`);
  await waitFor('every article indexed', () => api.service.index.paths().length >= articles.length);
  const indexed = new Set(api.service.index.paths());
  const missing = articles.map((uri) => vscode.workspace.asRelativePath(uri)).filter((path) => !indexed.has(path));
  equal(missing.join(', '), '', 'articles missing from the index');
});

test('an open article is painted with highlights', async () => {
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  await waitFor('highlights for the article', () => api.highlights.has(editor.document.uri.toString()));
});

test('hover on a figure shows what another source says', async () => {
  await ready();
  const editor = await openSample('continental-press-wire.txt');
  const text = await hoverText(editor, positionOf(editor, 'a total of 240 detainees'));
  check(/meridian-herald-analysis\.txt/.test(text), `the hover names the other source:\n${text}`);
  check(/agrees after arithmetic/.test(text), `the hover says the figures agree after arithmetic:\n${text}`);
});

test('a discrepancy between sources is a problem', async () => {
  await ready();
  const editor = await openSample('dnistrov-courier-local.txt');
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Corroborate' && d.code === 'conflict');
  await waitFor('a conflict in Problems', () => ours().length > 0);
  const displaced = ours().find((d) => /displaced/.test(d.message));
  check(displaced, `no conflict about the displaced: ${ours().map((d) => d.message).join(' | ')}`);
  equal(editor.document.getText(displaced.range), 'nearly 40,000 people', 'the conflicting figure');
});

test('an annotation is written to its sidecar through workspace.fs', async () => {
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  const text = editor.document.getText();
  const figure = '240 detainees';
  const start = text.indexOf(figure);
  check(start >= 0, `the article mentions ${figure}`);
  const annotation = await api.annotations.add(editor.document, { start, end: start + figure.length }, {
    kind: 'number', type: 'count', body: { status: 'needs-source', note: 'Written from the web worker.' },
  });
  const sidecar = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.yaml` });
  let source = '';
  await waitFor('the sidecar on disk', async () => {
    source = await vscode.workspace.fs.readFile(sidecar).then(decode, () => '');
    return source.includes(annotation.id);
  });
  const parsed = parseSidecar(source);
  check(parsed.usable, `the sidecar validates: ${parsed.problems.map((p) => p.message).join('; ')}`);
  equal(parsed.file?.annotations.find((a) => a.id === annotation.id)?.body.note, 'Written from the web worker.', 'the saved note');
});

export async function run(): Promise<void> {
  try {
    await runDeclared('web');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}
