import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension';
import { parseStoriesFile } from '../../src/core/stories/stories-file';
import { corroborate, findArticle, openArticle, waitFor } from './helpers';

async function api(): Promise<CorroborateApi> {
  const exported = (await corroborate().activate()) as CorroborateApi | undefined;
  assert.ok(exported?.service, 'activate() returned no { service }');
  await exported.service.ready;
  return exported;
}

function storiesFile(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, '.corroborate', 'stories.yaml');
}

suite('stories: the editor shows them and a person\'s decisions win', () => {
  suiteSetup(async () => {
    await vscode.workspace.fs.delete(storiesFile()).then(undefined, () => undefined);
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(storiesFile()).then(undefined, () => undefined);
    const { service } = await api();
    await waitFor('the found stories to come back', () => service.index.stories.length === 1);
  });

  test('the sample articles, all about one event, are one story', async () => {
    const { service } = await api();
    await waitFor('one story', () => service.index.stories.length === 1);
    assert.equal(service.index.stories[0].documents.length, service.index.size);
  });

  test('splitting an article off writes stories.yaml and gives it a story of its own, named as asked', async () => {
    const { service } = await api();
    const uri = await findArticle('.txt');
    const path = vscode.workspace.asRelativePath(uri, false);
    const changed = await vscode.commands.executeCommand<boolean>('corroborate.splitStory', { documents: [path], label: 'Reported elsewhere' });
    assert.equal(changed, true);
    const written = parseStoriesFile(fs.readFileSync(storiesFile().fsPath, 'utf8'));
    assert.deepEqual(written.overrides.stories?.map((s) => [s.label, s.documents]), [['Reported elsewhere', [path]]]);
    await waitFor('the split to be applied', () => service.index.storyOf(path)?.label === 'Reported elsewhere');
    assert.equal(service.index.stories.length, 2);
    // Figures and claims are compared within a story only: nothing links the split article to the rest.
    const others = new Set(service.index.stories.find((s) => s.label !== 'Reported elsewhere')?.documents);
    const crossing = service.index.discrepancies.filter((d) => d.mentions.some((m) => m.path === path) && d.mentions.some((m) => others.has(m.path)));
    assert.deepEqual(crossing, []);
  });

  test('the hover names the story of the article', async () => {
    const { service } = await api();
    const uri = await findArticle('.txt');
    const editor = await openArticle(uri);
    const path = vscode.workspace.asRelativePath(uri, false);
    const doc = service.index.document(path);
    const figure = doc?.mentions.find((m) => m.kind === 'number');
    assert.ok(figure, 'the article has a figure');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(figure.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Story: Reported elsewhere · 1 article · compared within this story only/);
  });

  test('moving the article back into the other story undoes the split', async () => {
    const { service } = await api();
    const path = vscode.workspace.asRelativePath(await findArticle('.txt'), false);
    const other = service.index.stories.find((s) => !s.documents.includes(path));
    assert.ok(other, 'a second story');
    assert.equal(await vscode.commands.executeCommand<boolean>('corroborate.moveToStory', { document: path, to: other.documents[0] }), true);
    await waitFor('one story again', () => service.index.stories.length === 1);
    assert.deepEqual(parseStoriesFile(fs.readFileSync(storiesFile().fsPath, 'utf8')).overrides.stories ?? [], []);
  });

  test('a stories file that cannot be read is reported and never written over', async () => {
    const broken = 'stories: [unclosed\n';
    fs.mkdirSync(vscode.Uri.joinPath(storiesFile(), '..').fsPath, { recursive: true });
    fs.writeFileSync(storiesFile().fsPath, broken);
    await waitFor('the problem to be reported', () => vscode.languages.getDiagnostics(storiesFile()).length > 0);
    const path = vscode.workspace.asRelativePath(await findArticle('.txt'), false);
    assert.equal(await vscode.commands.executeCommand<boolean>('corroborate.splitStory', { documents: [path] }), false);
    assert.equal(fs.readFileSync(storiesFile().fsPath, 'utf8'), broken);
  });
});
