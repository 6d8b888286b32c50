import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
// Type-only: if the exported API changes shape, this suite stops compiling instead of failing at run time.
import type { CorroborateApi } from '../../src/extension';
import { corroborate, findArticle, openArticle, waitFor } from './helpers';

async function api(): Promise<CorroborateApi> {
  const extension = corroborate();
  const exported = (await extension.activate()) as CorroborateApi | undefined;
  assert.ok(exported?.service, 'activate() returned no { service }');
  return exported;
}

/** The articles the workspace's `corroborate.files.include` globs select. */
async function includedArticles(): Promise<Set<string>> {
  const globs = vscode.workspace.getConfiguration('corroborate').get<string[]>('files.include') ?? [];
  assert.ok(globs.length > 0, 'corroborate.files.include is empty in the sample workspace');
  const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(glob)));
  return new Set(found.flat().map((uri) => uri.toString()));
}

suite('Exported API on the sample workspace', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('indexes exactly the articles the include globs select', async () => {
    const { service } = await api();
    await service.ready;
    const expected = await includedArticles();
    assert.ok(expected.size > 1, 'the sample workspace should hold several articles');
    assert.equal(service.index.size, expected.size);
  });

  test('an opened article has actors, figures and claims', async () => {
    const { service } = await api();
    const editor = await openArticle(await findArticle('.txt'));
    await service.ready;
    const path = service.pathOf(editor.document);
    assert.ok(path, `${editor.document.uri.path} is not treated as an article`);
    await waitFor('the article to be analysed', () => service.index.document(path) !== undefined);
    const kinds = new Set(service.index.document(path)?.mentions.map((m) => m.kind));
    assert.deepEqual([...kinds].sort(), ['actor', 'claim', 'number']);
  });

  test('a binary file and one over the size limit are skipped with their reason, the rest indexed', async () => {
    const { service } = await api();
    await service.ready;
    const root = vscode.workspace.workspaceFolders?.[0];
    assert.ok(root);
    const binary = vscode.Uri.joinPath(root.uri, 'articles', 'zz-binary.txt');
    const huge = vscode.Uri.joinPath(root.uri, 'articles', 'zz-huge.txt');
    const limit = vscode.workspace.getConfiguration('corroborate').get<number>('files.maxSizeKB', 2048) * 1024;
    await vscode.workspace.fs.writeFile(binary, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode('The envoy said talks went well. '.repeat(Math.ceil(limit / 32) + 1)));
    try {
      await service.rebuild();
      assert.match(service.skipped.get('articles/zz-binary.txt') ?? '', /binary/);
      assert.match(service.skipped.get('articles/zz-huge.txt') ?? '', /KB|MB|larger|limit|size/i);
      assert.equal(service.index.document('articles/zz-binary.txt'), undefined);
      assert.equal(service.index.document('articles/zz-huge.txt'), undefined);
      assert.ok(service.index.size > 1, 'the other articles are still indexed');
    } finally {
      await vscode.workspace.fs.delete(binary);
      await vscode.workspace.fs.delete(huge);
    }
    // Gone from disk, they are no longer skipped once the workspace is indexed again.
    await service.rebuild();
    assert.ok(!service.skipped.has('articles/zz-binary.txt') && !service.skipped.has('articles/zz-huge.txt'), [...service.skipped.keys()].join(', '));
  });

  test('Re-scan rebuilds the index with the same articles', async () => {
    const { service } = await api();
    await service.ready;
    const before = service.index.size;
    await vscode.commands.executeCommand('corroborate.rescan');
    assert.equal(service.index.size, before);
  });
});
