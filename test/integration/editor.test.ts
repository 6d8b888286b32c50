import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension';
import { corroborate, openArticle, waitFor } from './helpers';

async function ready(): Promise<CorroborateApi> {
  const api = (await corroborate().activate()) as CorroborateApi;
  await api.service.ready;
  if (api.service.index.needsRelink) api.service.relinkNow();
  return api;
}

async function article(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`articles/${name}`);
  assert.ok(uri, `samples/articles/${name} is missing`);
  return openArticle(uri);
}

/** The position in the middle of the first occurrence of `text` (after `context`, if given). */
function positionOf(editor: vscode.TextEditor, text: string, context?: string): vscode.Position {
  const all = editor.document.getText();
  const at = context ? all.indexOf(context) + context.indexOf(text) : all.indexOf(text);
  assert.ok(at >= 0, `"${text}" not found in ${editor.document.uri.path}`);
  return editor.document.positionAt(at + Math.floor(text.length / 2));
}

async function hoverText(editor: vscode.TextEditor, position: vscode.Position): Promise<{ text: string; raw: string; markdown: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  const markdown = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  // Article text and file names are Markdown-escaped in hovers; compare on what a reader sees.
  const raw = markdown.map((m) => m.value).join('\n');
  const text = raw.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'$&:])/g, '$1');
  return { text, raw, markdown };
}

suite('Editor features on the sample workspace', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('hover on a total shows the per-side figure from another source, agreeing after arithmetic, with a link to it', async () => {
    await ready();
    const editor = await article('continental-press-wire.txt');
    const { text, markdown } = await hoverText(editor, positionOf(editor, 'a total of 240 detainees'));
    assert.match(text, /\*\*240 detainees in total\*\* · count/);
    assert.match(text, /agrees after arithmetic/);
    assert.match(text, /meridian-herald-analysis\.txt:\d+/);
    assert.match(text, /\*\*120 detainees each\*\*/);
    assert.match(text, /command:corroborate\.openMention\?/);
    const trusted = markdown.find((m) => m.value.includes('command:'))?.isTrusted;
    assert.deepEqual(trusted, { enabledCommands: ['corroborate.openMention'] });
  });

  test('hover on a conflicting figure says the sources disagree', async () => {
    await ready();
    const editor = await article('dnistrov-courier-local.txt');
    const { text } = await hoverText(editor, positionOf(editor, 'nearly 40,000 people'));
    assert.match(text, /conflicts/);
    assert.match(text, /borderlands-institute-commentary\.txt/);
  });

  test('hover on a name gives the canonical name and every other spelling\'s source', async () => {
    await ready();
    const editor = await article('meridian-herald-analysis.txt');
    const { text } = await hoverText(editor, positionOf(editor, 'Zhuravsky', 'Mr. Zhuravsky'));
    assert.match(text, /\*\*Ostap Zhuravskyy\*\* · person/);
    assert.match(text, /other sources/);
    assert.match(text, /continental-press-wire\.txt/);
  });

  test('no hover link can run anything but Corroborate\'s open command, whatever the articles contain', async () => {
    const { service } = await ready();
    for (const name of ['geneva-brief-newsletter.md', 'continental-press-wire.txt']) {
      const editor = await article(name);
      const path = service.pathOf(editor.document)!;
      for (const mention of service.index.document(path)!.mentions) {
        // On the raw Markdown: an escaped "\](" is text, an unescaped "](" is a link.
        const { raw } = await hoverText(editor, editor.document.positionAt(mention.start));
        const links = [...raw.matchAll(/(?<!\\)\]\((?!command:corroborate\.openMention\?)([^)\s]*)/g)].map((m) => m[1]);
        assert.deepEqual(links, [], `${name}: links other than ours in ${raw}`);
      }
    }
  });

  test('Find All References on a name lists its spellings in the other articles', async () => {
    await ready();
    const editor = await article('borderlands-institute-commentary.txt');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', editor.document.uri, positionOf(editor, 'Ostap Zhuravskiy'));
    const files = new Set(locations.map((l) => l.uri.path.split('/').pop()));
    assert.ok(files.size >= 4, `references in ${[...files].join(', ')}`);
    assert.ok(files.has('meridian-herald-analysis.txt') && files.has('continental-press-wire.txt'));
  });

  test('Go to Definition lands on the canonical spelling', async () => {
    await ready();
    const editor = await article('borderlands-institute-commentary.txt');
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', editor.document.uri, positionOf(editor, 'Ostap Zhuravskiy'));
    assert.equal(targets.length, 1);
    const target = targets[0] as vscode.Location;
    const doc = await vscode.workspace.openTextDocument(target.uri);
    assert.equal(doc.getText(target.range), 'Ostap Zhuravskyy');
  });

  test('a conflict between sources is a problem on both sides, pointing at the other', async () => {
    await ready();
    const editor = await article('dnistrov-courier-local.txt');
    await waitFor('Corroborate problems', () => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.source === 'Corroborate'));
    const problems = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Corroborate' && d.code === 'conflict');
    const displaced = problems.find((d) => /displaced/.test(d.message));
    assert.ok(displaced, problems.map((d) => d.message).join('\n'));
    assert.equal(editor.document.getText(displaced.range), 'nearly 40,000 people');
    assert.ok(displaced.relatedInformation?.some((r) => r.location.uri.path.endsWith('borderlands-institute-commentary.txt')));
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, displaced.range);
    assert.ok(fixes.some((f) => /Open the other source: borderlands-institute-commentary\.txt/.test(f.title)));
  });

  test('marking a discrepancy as reviewed takes it out of Problems, and Show Reviewed brings it back', async () => {
    await ready();
    const editor = await article('dnistrov-courier-local.txt');
    const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Corroborate' && /displaced/.test(d.message));
    await waitFor('the displaced conflict', () => ours().length === 1);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, ours()[0].range);
    const mark = fixes.find((f) => f.title === 'Mark this discrepancy as reviewed');
    assert.ok(mark?.command, fixes.map((f) => f.title).join(', '));
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    await waitFor('the conflict to leave Problems', () => ours().length === 0);
    await vscode.commands.executeCommand('corroborate.resetReviewed');
    await waitFor('the conflict to come back', () => ours().length === 1);
  });

  test('Find Actor finds a misspelt name and opens its first mention', async () => {
    await ready();
    const done = vscode.commands.executeCommand('corroborate.findActor', 'zhuravski');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^(Ostap )?Zhuravsk(yy|y|iy)$/);
  });

  test('the views list actors by source and figures with their discrepancies', async () => {
    const { trees } = await ready();
    const actors = trees.actors!;
    const roots = actors.getChildren();
    const labels = roots.map((n) => actors.getTreeItem(n).label);
    assert.ok(labels.includes('Ostap Zhuravskyy'), labels.join(', '));
    const ostap = roots[labels.indexOf('Ostap Zhuravskyy')];
    const sources = actors.getChildren(ostap);
    assert.ok(sources.length >= 4);
    const mentions = actors.getChildren(sources[0]);
    assert.ok(mentions.length >= 1);
    assert.equal(actors.getTreeItem(mentions[0]).command?.command, 'corroborate.openMention');
    const figures = trees.figures!;
    const [discrepancies] = figures.getChildren();
    assert.match(String(figures.getTreeItem(discrepancies).label), /^Discrepancies \(\d+\)$/);
    const kinds = figures.getChildren(discrepancies).map((n) => figures.getTreeItem(n).description);
    assert.ok(kinds.includes('conflict') && kinds.includes('consistent after arithmetic'), kinds.join(', '));
  });

  test('toggling a kind switches its highlights off and on through the setting', async () => {
    await ready();
    const read = (): boolean | undefined => vscode.workspace.getConfiguration('corroborate').get<boolean>('highlight.numbers');
    const before = read();
    await vscode.commands.executeCommand('corroborate.toggleNumbers');
    assert.equal(read(), !before);
    await vscode.commands.executeCommand('corroborate.toggleNumbers');
    assert.equal(read(), before);
    // The toggle writes the workspace settings file; leave the sample workspace as it was.
    await vscode.workspace.getConfiguration('corroborate').update('highlight.numbers', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('Next Discrepancy moves the cursor onto a conflicting or arithmetic figure', async () => {
    await ready();
    const editor = await article('continental-press-wire.txt');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
    const active = vscode.window.activeTextEditor!;
    const selected = active.document.getText(active.selection);
    assert.ok(selected.length > 0 && /\d/.test(selected), `selected "${selected}"`);
  });

  test('the cross-source report opens as Markdown with the discrepancies first, and is not taken for a source', async () => {
    const { service } = await ready();
    const articles = service.index.size;
    await vscode.commands.executeCommand('corroborate.showReport');
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.ok(text.indexOf('## Where sources disagree') < text.indexOf('## Actors named by several sources'));
    assert.match(text, /Conflict: people displaced/);
    // An untitled Markdown file is otherwise an article: the report would link to everything it quotes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(service.pathOf(doc), undefined);
    assert.equal(service.index.size, articles);
  });
});
