import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/annotations';
import type { CorroborateApi } from '../../src/extension';
import { corroborate, waitFor } from './helpers';

// A story of our own, so the sample articles other suites rely on stay as they are.
const STORY = [
  'Harbour officials counted 312 vessels in March, the busiest month on record.',
  'The port authority said the figure would be published in the annual report.',
  'Dana Reyes, the harbour master, confirmed the count on Friday.',
  '',
].join('\n');

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the integration run opens a workspace folder');
  return vscode.Uri.joinPath(root.uri, 'articles');
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(uri).then(decode, () => undefined);
}

suite('Annotations in sidecars', () => {
  let api: CorroborateApi;
  let article = vscode.Uri.joinPath(folder(), 'zz-harbour-count.txt');
  const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: uri.path + '.annotations.yaml' });
  let id = '';

  const only = () => {
    const found = api.annotations.annotationsOf(article).find((a) => a.id === id);
    assert.ok(found, `annotation ${id} is still known for ${article.path}`);
    return found;
  };
  const textAt = (document: vscode.TextDocument): string => {
    const position = only().target.selector.position;
    assert.ok(position, `annotation ${id} has a place`);
    return document.getText().slice(position.start, position.end);
  };
  const onDisk = async () => {
    const source = await readIfExists(sidecarOf(article));
    assert.ok(source !== undefined, 'the sidecar exists');
    const parsed = parseSidecar(source);
    assert.ok(parsed.usable, `the sidecar validates: ${parsed.problems.map((p) => p.message).join('; ')}`);
    return { source, annotation: parsed.file?.annotations.find((a) => a.id === id) };
  };
  const problems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate annotations');

  suiteSetup(async () => {
    api = (await corroborate().activate()) as CorroborateApi;
    await vscode.workspace.fs.writeFile(article, encode(STORY));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [article, sidecarOf(article)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    // The suites after this one count the workspace's articles: wait until the index has let ours go.
    const ours = (): string[] => api.service.index.paths().filter((p) => p.includes('zz-harbour-'));
    await waitFor('the test articles out of the index', () => ours().length === 0, 15_000).catch((error) => {
      throw new Error(`${error instanceof Error ? error.message : error}: still indexed ${ours().join(', ')}`);
    });
  });

  test('annotating a name writes a sidecar beside the article', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const start = STORY.indexOf('Dana Reyes');
    const annotation = await api.annotations.add(editor.document, { start, end: start + 'Dana Reyes'.length }, {
      kind: 'actor', type: 'person', body: { status: 'verified', note: 'Spelling checked with the port office.' },
    });
    id = annotation.id;
    const { annotation: saved } = await onDisk();
    assert.equal(saved?.target.selector.quote.exact, 'Dana Reyes');
    assert.equal(saved?.body.note, 'Spelling checked with the port office.');
    assert.deepEqual(saved?.target.selector.position, { start, end: start + 10 });
  });

  test('typing above the annotation moves it with the text', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === article.toString());
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED 14:05. '));
    assert.equal(textAt(editor.document), 'Dana Reyes');
    assert.equal(only().anchor.state, 'exact');
  });

  test('deleting the annotated sentence orphans the note, and undo brings it back', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const line = editor.document.lineAt(2);
    assert.match(line.text, /Dana Reyes/);
    await editor.edit((edit) => edit.delete(line.rangeIncludingLineBreak));
    assert.equal(only().anchor.state, 'orphaned');
    await waitFor('an orphan problem', () => problems(article).some((d) => d.message.includes(id)));
    await vscode.commands.executeCommand('undo');
    await waitFor('the note back in place', () => only().anchor.state !== 'orphaned');
    assert.equal(textAt(editor.document), 'Dana Reyes');
    await waitFor('the orphan problem gone', () => problems(article).length === 0);
  });

  test('editing inside the annotated words keeps a close match, never a different name', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const at = editor.document.getText().indexOf('Reyes');
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 5)), 'Reyés'));
    assert.notEqual(only().anchor.state, 'orphaned');
    assert.equal(textAt(editor.document), 'Dana Reyés');
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at - 5), editor.document.positionAt(at + 5)), 'Omar Haddad'));
    assert.equal(only().anchor.state, 'orphaned', 'a different name is not the annotated one');
    await vscode.commands.executeCommand('undo');
    await waitFor('the close match back after undo', () => only().anchor.state !== 'orphaned');
  });

  test('saving the article brings the sidecar positions up to date', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    await editor.document.save();
    const start = editor.document.getText().indexOf('Dana Rey');
    await waitFor('the sidecar rewritten', () => only().target.selector.position?.start === start);
    await waitForAsync('the saved positions on disk', async () => (await onDisk()).annotation?.target.selector.position?.start === start);
  });

  test('closing and reopening finds the note where it was', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    assert.match(textAt(document), /^Dana Rey/);
  });

  test('an outside change to the article is followed', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const current = decode(await vscode.workspace.fs.readFile(article));
    await vscode.workspace.fs.writeFile(article, encode('CORRECTION appended below.\n\n' + current));
    await waitFor('the note moved down', () => only().target.selector.position?.start === current.indexOf('Dana Rey') + 28, 15_000);
  });

  test('an outside change to the sidecar is merged with a change made here at the same time', async () => {
    const { source } = await onDisk();
    const edited = source.replace('status: verified', 'status: disputed').replace(/^annotations:/m, '# checked by the night desk\nannotations:');
    assert.notEqual(edited, source);
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode(edited));
    await api.annotations.update(article, id, (a) => ({ ...a, body: { ...a.body, note: 'Second source: port authority press office.' } }));
    await waitForAsync('both changes on disk', async () => {
      const now = await onDisk();
      return now.annotation?.body.status === 'disputed' && now.annotation.body.note === 'Second source: port authority press office.';
    });
    assert.match((await onDisk()).source, /# checked by the night desk/);
  });

  test('a corrupt sidecar is reported with its line and never overwritten', async () => {
    const corrupt = 'version: 1\narticle: zz-harbour-count.txt\ntextHash: 0000000000000000\nannotations:\n  - id: [unclosed\n';
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode(corrupt));
    await waitFor('a problem on the sidecar', () => problems(sidecarOf(article)).length > 0);
    assert.ok(problems(sidecarOf(article)).every((d) => d.range.start.line >= 4), 'the problem points at the broken line');
    const document = await vscode.workspace.openTextDocument(article);
    await assert.rejects(api.annotations.add(document, { start: 0, end: 10 }, { kind: 'claim', type: 'claim' }), /line \d+/);
    assert.equal(await readIfExists(sidecarOf(article)), corrupt);
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode(''));
    await waitFor('the problem cleared', () => problems(sidecarOf(article)).length === 0);
  });

  test('a sidecar saved in another encoding is reported and left byte for byte', async () => {
    const latin1 = Uint8Array.from([...encode('version: 1\narticle: zz-harbour-count.txt\n# note: caf'), 0xe9, ...encode(' closed\n')]);
    await vscode.workspace.fs.writeFile(sidecarOf(article), latin1);
    await waitFor('a problem on the sidecar', () => problems(sidecarOf(article)).some((d) => /UTF-8/.test(d.message)));
    const document = await vscode.workspace.openTextDocument(article);
    await assert.rejects(api.annotations.add(document, { start: 0, end: 10 }, { kind: 'claim', type: 'claim' }), /UTF-8/);
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(sidecarOf(article))).equals(Buffer.from(latin1)), "the file is byte for byte as it was");
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode(''));
    await waitFor('the problem cleared', () => problems(sidecarOf(article)).length === 0);
  });

  test('renaming the article takes its sidecar along', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const start = editor.document.getText().indexOf('312 vessels');
    const annotation = await api.annotations.add(editor.document, { start, end: start + 11 }, { kind: 'number', type: 'count', body: { status: 'needs-source' } });
    id = annotation.id;
    await editor.document.save();
    const renamed = vscode.Uri.joinPath(folder(), 'zz-harbour-count-final.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(article, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const oldSidecar = sidecarOf(article);
    article = renamed;
    await waitForAsync('the sidecar moved', async () => (await readIfExists(sidecarOf(renamed))) !== undefined && (await readIfExists(oldSidecar)) === undefined);
    const moved = parseSidecar((await readIfExists(sidecarOf(renamed))) ?? '');
    assert.equal(moved.file?.article, 'zz-harbour-count-final.txt');
    await waitFor('the note known under the new name', () => api.annotations.annotationsOf(renamed).some((a) => a.id === id));
  });

  test('removing the last annotation removes the sidecar, unless a person wrote comments in it', async () => {
    // Outside the include globs: the sidecar is what this test is about, and the index need not see the file come and go.
    const other = vscode.Uri.joinPath(folder(), '..', 'zz-harbour-empty.txt');
    await vscode.workspace.fs.writeFile(other, encode(STORY));
    try {
      const document = await vscode.workspace.openTextDocument(other);
      const first = await api.annotations.add(document, { start: 0, end: 7 }, { kind: 'claim', type: 'claim' });
      assert.ok(await readIfExists(sidecarOf(other)));
      await api.annotations.remove(other, first.id);
      assert.equal(await readIfExists(sidecarOf(other)), undefined, 'a sidecar with nothing in it is gone');
      const second = await api.annotations.add(document, { start: 0, end: 7 }, { kind: 'claim', type: 'claim' });
      const written = (await readIfExists(sidecarOf(other))) ?? '';
      await vscode.workspace.fs.writeFile(sidecarOf(other), encode(written.replace(/^annotations:/m, '# kept for the desk\nannotations:')));
      await api.annotations.remove(other, second.id);
      assert.match((await readIfExists(sidecarOf(other))) ?? '', /# kept for the desk/);
    } finally {
      for (const uri of [other, sidecarOf(other)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('deleting the article keeps the sidecar, with a warning', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(article);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('a warning on the sidecar', () => problems(sidecarOf(article)).some((d) => /missing/.test(d.message)));
    assert.ok((await readIfExists(sidecarOf(article)))?.includes(id));
  });
});

async function waitForAsync(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
