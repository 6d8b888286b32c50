// Runs with a virtual workspace in the web worker extension host, as on vscode.dev: the one folder lives in
// test/guest/virtual-fs.ts's in-memory file system (`corroborate-virtual:`, no search provider), which this
// suite registers before Corroborate activates, holding a copy of the sample workspace. Corroborate declares
// `virtualWorkspaces: true`; here it must find, read, link and annotate the articles through workspace.fs
// alone. Bundled (with the copy) and started by test/harness/run-guest.ts (--suite virtual).
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/annotations';
import { corroborate, hoverText, openSample, positionOf, ready } from './guest-helpers';
import { check, equal, runDeclared, test, waitFor } from './runner';
import { VIRTUAL_SCHEME, registerVirtualFileSystem } from './virtual-fs';

declare const CORROBORATE_VIRTUAL_SEED: Readonly<Record<string, string>>;

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(root, 'a workspace folder is open');
  return root;
}

test('the workspace is virtual, and Corroborate is enabled and activates in it', async () => {
  check(!corroborate().isActive, 'Corroborate was not active before its file system was there');
  const folders = vscode.workspace.workspaceFolders ?? [];
  equal(folders.map((f) => f.uri.scheme).join(','), VIRTUAL_SCHEME, 'the schemes of the workspace folders');
  check(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'this is the web worker extension host');
  const extension = corroborate();
  await extension.activate();
  check(extension.isActive, 'the extension activated');
});

test('every article is indexed, found by walking the folder through workspace.fs', async () => {
  const api = await ready();
  // The articles by the default globs: the sample README at the top and the articles in their folder.
  const articlesIn = async (relative: string): Promise<string[]> => (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), relative)))
    .filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md|markdown)$/.test(name)).map(([name]) => (relative ? `${relative}/${name}` : name));
  const expected = [...(await articlesIn('')), ...(await articlesIn('articles'))].sort().join(', ');
  check(expected.split(', ').length >= 6, `the virtual folder holds ${expected}`);
  const indexed = (): string => [...api.service.index.paths()].sort().join(', ');
  // The index fills as the articles are read, in any order: wait for all of them, then say what differs.
  await waitFor('every article indexed', () => indexed() === expected).catch(() => undefined);
  equal(indexed(), expected, 'the indexed articles');
});

test('an open article is painted: its people, places and figures', async () => {
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  equal(editor.document.uri.scheme, VIRTUAL_SCHEME, 'the opened article\'s scheme');
  const key = editor.document.uri.toString();
  await waitFor('highlights for the article', () => api.highlights.has(key));
  const painted = (style: string): string[] => (api.highlights.get(key)?.get(style) ?? []).map((range) => editor.document.getText(range));
  check(painted('person').includes('Matthias Oberholzer'), `people painted: ${painted('person').join(', ')}`);
  check(painted('place').includes('Geneva'), `places painted: ${painted('place').join(', ')}`);
  check(painted('number').includes('a total of 240 detainees'), `figures painted: ${painted('number').join(', ')}`);
});

test('hover on a figure shows what another article of the virtual folder says', async () => {
  await ready();
  const editor = await openSample('continental-press-wire.txt');
  const text = await hoverText(editor, positionOf(editor, 'a total of 240 detainees'));
  check(/meridian-herald-analysis\.txt/.test(text), `the hover names the other source:\n${text}`);
  check(/agrees after arithmetic/.test(text), `the hover says the figures agree after arithmetic:\n${text}`);
});

test('a discrepancy between two articles is a problem', async () => {
  await ready();
  const editor = await openSample('dnistrov-courier-local.txt');
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Corroborate' && d.code === 'conflict');
  await waitFor('a conflict in Problems', () => ours().length > 0);
  const displaced = ours().find((d) => /displaced/.test(d.message));
  check(displaced, `no conflict about the displaced: ${ours().map((d) => d.message).join(' | ')}`);
  equal(editor.document.getText(displaced.range), 'nearly 40,000 people', 'the conflicting figure');
});

test('a sidecar already in the virtual folder is found and its annotations shown', async () => {
  const api = await ready();
  const article = vscode.Uri.joinPath(folder(), 'articles', 'explainer-what-was-agreed.md');
  const source = decode(await vscode.workspace.fs.readFile(article.with({ path: `${article.path}.annotations.yaml` })));
  const expected = parseSidecar(source).file?.annotations.length ?? 0;
  check(expected > 0, 'the sample sidecar holds annotations');
  await waitFor('the sidecar loaded', () => api.annotations.annotationsOf(article).length === expected);
});

test('an annotation is written to its sidecar in the virtual folder through workspace.fs', async () => {
  const api = await ready();
  const editor = await openSample('continental-press-wire.txt');
  const figure = '240 detainees';
  const start = editor.document.getText().indexOf(figure);
  check(start >= 0, `the article mentions ${figure}`);
  const annotation = await api.annotations.add(editor.document, { start, end: start + figure.length }, {
    kind: 'number', type: 'count', body: { status: 'needs-source', note: 'Written to a virtual folder.' },
  });
  const sidecar = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.yaml` });
  let source = '';
  await waitFor('the sidecar in the virtual folder', async () => {
    source = await vscode.workspace.fs.readFile(sidecar).then(decode, () => '');
    return source.includes(annotation.id);
  });
  const parsed = parseSidecar(source);
  check(parsed.usable, `the sidecar validates: ${parsed.problems.map((p) => p.message).join('; ')}`);
  equal(parsed.file?.annotations.find((a) => a.id === annotation.id)?.body.note, 'Written to a virtual folder.', 'the saved note');
});

// Registered as the suite is loaded, the earliest a test can: Corroborate must find its folder there when it activates.
const provider = registerVirtualFileSystem(CORROBORATE_VIRTUAL_SEED);

export async function run(): Promise<void> {
  try {
    await runDeclared('virtual');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    provider.dispose();
  }
}
