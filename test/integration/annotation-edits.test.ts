import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/annotations';
import type { CorroborateApi } from '../../src/extension';
import type { AnnotationNode } from '../../src/vscode/views/shown-trees';
import { corroborate, waitFor } from './helpers';

// Annotations through the edits a desk makes outside the editor (issue 23): a figure corrected
// by a pull, and an article renamed that another article's note links to. Stories of our own.
const HARBOUR = [
  'The harbour board met in Aberlady on Monday.',
  'The council approved 2.1 million euros for the harbour wall on Tuesday.',
  'Work is due to start in May.',
  '',
].join('\n');
const WALL = 'Engineers said the harbour wall would need 2.1 million euros of repairs.\n';
// One claim made in two reports, for the CodeLens that counts the sources agreeing with it.
const CLAIM = 'The Aberlady council voted to rebuild the harbour wall after the January storms destroyed it.';
const REPORTS = [`Local news. ${CLAIM} Residents welcomed the decision.\n`, `From our correspondent. ${CLAIM} Fishermen were relieved.\n`];

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function articles(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the integration run opens a workspace folder');
  return vscode.Uri.joinPath(root.uri, 'articles');
}

suite('Annotations that survive edits', () => {
  let api: CorroborateApi;
  const harbour = vscode.Uri.joinPath(articles(), 'zz-edits-harbour.txt');
  const wall = vscode.Uri.joinPath(articles(), 'zz-edits-wall.txt');
  const renamed = vscode.Uri.joinPath(articles(), 'zz-edits-wall-final.txt');
  const reports = [vscode.Uri.joinPath(articles(), 'zz-edits-report-a.txt'), vscode.Uri.joinPath(articles(), 'zz-edits-report-b.txt')];
  const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: uri.path + '.annotations.yaml' });
  const sentence = 'The council approved 2.1 million euros for the harbour wall on Tuesday.';

  suiteSetup(async () => {
    api = (await corroborate().activate()) as CorroborateApi;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await api.service.ready;
    await vscode.workspace.fs.writeFile(harbour, encode(HARBOUR));
    await vscode.workspace.fs.writeFile(wall, encode(WALL));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [harbour, wall, renamed, ...reports]) {
      for (const file of [uri, sidecarOf(uri)]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
    await waitFor('the articles out of the index', () => !api.service.index.paths().some((p) => p.includes('zz-edits')), 15_000);
  });

  test('a figure corrected outside the editor leaves the note fuzzy, its hover showing the score and "2.1 million → 2.4 million", listed under Close matches to confirm', async function () {
    this.timeout(60_000);
    const document = await vscode.workspace.openTextDocument(harbour);
    await vscode.window.showTextDocument(document);
    const start = HARBOUR.indexOf(sentence);
    const note = await api.annotations.add(document, { start, end: start + sentence.length }, {
      kind: 'claim', type: 'claim', body: { note: 'figure unconfirmed' },
      links: [{ path: 'zz-edits-wall.txt', exact: '2.1 million euros', relation: 'same-figure' }],
    });
    await document.save();
    // As a git pull would: the whole file replaced on disk.
    await vscode.workspace.fs.writeFile(harbour, encode(HARBOUR.replace('2.1 million', '2.4 million')));
    const current = () => api.annotations.annotationsOf(harbour).find((a) => a.id === note.id);
    await waitFor('the note fuzzy on the corrected sentence', () => current()?.anchor.state === 'fuzzy', 30_000)
      .catch((error) => assert.fail(`${error instanceof Error ? error.message : error}; the note is ${JSON.stringify(current()?.anchor)}`));
    const reopened = await vscode.workspace.openTextDocument(harbour);
    assert.match(reopened.getText(), /2\.4 million/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', harbour, reopened.positionAt(reopened.getText().indexOf('approved') + 2));
    const raw = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
    assert.match(raw, /close match \(\d+%\)/);
    // Markdown escapes the full stops.
    assert.match(raw, /2\\?\.1 million → 2\\?\.4 million/);
    const tree = api.trees.annotations;
    assert.ok(tree, 'the Annotations view is exposed');
    const group = tree.getChildren().find((g: AnnotationNode) => String(tree.getTreeItem(g).label).startsWith('Close matches to confirm'));
    assert.ok(group, 'a group of close matches');
    assert.ok(tree.getChildren(group).some((n: AnnotationNode) => n.node === 'annotation' && n.id === note.id));
  });

  test('renaming an article in the editor rewrites the links to it in other articles\' sidecars', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(wall, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const linkOnDisk = async (): Promise<string | undefined> => {
      const source = await vscode.workspace.fs.readFile(sidecarOf(harbour)).then(decode, () => '');
      return parseSidecar(source).file?.annotations[0]?.links?.[0]?.path;
    };
    const deadline = Date.now() + 15_000;
    while ((await linkOnDisk()) !== 'zz-edits-wall-final.txt') {
      if (Date.now() > deadline) assert.fail(`the link still reads ${await linkOnDisk()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  test('a rejected claim no longer counts in the other report\'s CodeLens', async function () {
    this.timeout(60_000);
    for (const [i, uri] of reports.entries()) await vscode.workspace.fs.writeFile(uri, encode(REPORTS[i]));
    await waitFor('both reports indexed', () => reports.every((u) => api.service.index.paths().some((p) => u.path.endsWith(p))), 15_000);
    const document = await vscode.workspace.openTextDocument(reports[1]);
    await vscode.window.showTextDocument(document);
    const lensTitles = async (): Promise<string[]> => {
      if (api.service.index.needsRelink) api.service.relinkNow();
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', reports[1]);
      return (lenses ?? []).map((l) => l.command?.title ?? '');
    };
    const deadline = Date.now() + 20_000;
    while (!(await lensTitles()).some((t) => /1 source agrees/.test(t))) {
      if (Date.now() > deadline) assert.fail(`no lens counts the other report: ${JSON.stringify(await lensTitles())}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Inside the claim, on a word no actor or figure covers.
    const start = REPORTS[0].indexOf(CLAIM) + CLAIM.indexOf('voted') + 1;
    const rejected = await vscode.commands.executeCommand<{ kind: string; body: { detection?: string } } | undefined>('corroborate.rejectDetection', { uri: reports[0], start });
    assert.equal(rejected?.kind, 'claim');
    assert.equal(rejected?.body.detection, 'rejected');
    const after = Date.now() + 20_000;
    while ((await lensTitles()).some((t) => /agree/.test(t))) {
      if (Date.now() > after) assert.fail(`the rejected claim still counts: ${JSON.stringify(await lensTitles())}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
});
