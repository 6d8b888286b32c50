import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar, type Annotation } from '../../src/core/annotations';
import type { CorroborateApi } from '../../src/extension';
import type { AnnotationNode } from '../../src/vscode/views/shown-trees';
import { corroborate, waitFor } from './helpers';

// Two short reports of our own on one invented district; they disagree on how many people were displaced.
const FIRST = [
  'The harbourmaster, Ilse Brandvold, said the night ferry carried 640 passengers on Saturday.',
  'The coastal authority said the crossing took four hours.',
  'In the Varnel district, officials said nearly 6,000 people have been displaced from lakeside villages since January.',
  'Several travellers described the sea as calm.',
  '',
].join('\n');
const SECOND = [
  'Ilse Brandvold, the harbourmaster, told reporters the night ferry carried 410 passengers on Saturday.',
  'According to the relief agency, about 2,000 displaced people have registered for assistance in the Varnel district since January.',
  '',
].join('\n');
const HOSTILE_NOTE = 'Call back [x](command:workbench.action.quit) **bold** <img src=x onerror=alert(1)> $(zap)';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function articles(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the integration run opens a workspace folder');
  return vscode.Uri.joinPath(root.uri, 'articles');
}

suite('Annotation commands, view, hover and highlights', () => {
  let api: CorroborateApi;
  const first = vscode.Uri.joinPath(articles(), 'zz-ferry-first.txt');
  const second = vscode.Uri.joinPath(articles(), 'zz-ferry-second.txt');
  const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: uri.path + '.annotations.yaml' });
  const spanOf = (text: string, exact: string): { start: number; end: number } => {
    const start = text.indexOf(exact);
    assert.ok(start >= 0, `"${exact}" is in the text`);
    return { start, end: start + exact.length };
  };
  const run = (command: string, args: object): Thenable<Annotation | undefined> => vscode.commands.executeCommand<Annotation | undefined>(command, args);
  const onDisk = async (uri: vscode.Uri, id: string): Promise<Annotation | undefined> => {
    const source = await vscode.workspace.fs.readFile(sidecarOf(uri)).then(decode, () => '');
    const parsed = parseSidecar(source);
    assert.ok(parsed.usable, parsed.problems.map((p) => p.message).join('; '));
    return parsed.file?.annotations.find((a) => a.id === id);
  };
  const hover = async (uri: vscode.Uri, offset: number): Promise<{ raw: string; markdown: vscode.MarkdownString[] }> => {
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
    const markdown = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    return { raw: markdown.map((m) => m.value).join('\n'), markdown };
  };
  const painted = (key: string, style: string): { start: number; end: number }[] => {
    const document = vscode.workspace.textDocuments.find((d) => `annotations:${d.uri.toString()}` === key || d.uri.toString() === key);
    return (api.highlights.get(key)?.get(style) ?? []).map((r) => ({ start: document!.offsetAt(r.start), end: document!.offsetAt(r.end) }));
  };
  const grouped = (): Map<string, string[]> => {
    const tree = api.trees.annotations;
    assert.ok(tree, 'the Annotations view is exposed');
    const out = new Map<string, string[]>();
    for (const group of tree.getChildren()) {
      const label = String(tree.getTreeItem(group).label);
      out.set(label, tree.getChildren(group).map((n: AnnotationNode) => (n.node === 'annotation' ? n.id : '')));
    }
    return out;
  };
  const problemsOn = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate');
  /** Clusters now rather than after the background relink, which typing in other suites may keep postponing. */
  const relinked = (): void => {
    if (api.service.index.needsRelink) api.service.relinkNow();
  };

  suiteSetup(async () => {
    api = (await corroborate().activate()) as CorroborateApi;
    // Activation starts indexing on the next tick; files written before it lists the workspace would be dropped when it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await api.service.ready;
    await vscode.workspace.fs.writeFile(first, encode(FIRST));
    await vscode.workspace.fs.writeFile(second, encode(SECOND));
    await waitFor('both reports indexed', () => ['zz-ferry-first', 'zz-ferry-second'].every((name) => api.service.index.paths().some((p) => p.includes(name))), 15_000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [first, second]) {
      for (const file of [uri, sidecarOf(uri)]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
    await waitFor('the reports out of the index', () => !api.service.index.paths().some((p) => p.includes('zz-ferry')), 15_000);
  });

  test('annotating a name records type, status and note in the sidecar, and the view lists it as verified', async () => {
    const annotation = await run('corroborate.annotateActor', { uri: first, ...spanOf(FIRST, 'Ilse Brandvold'), type: 'person', status: 'verified', note: 'Spelling checked with the port office.' });
    assert.ok(annotation);
    assert.equal(annotation.body.value, 'Ilse Brandvold', 'the detected name becomes the value');
    const saved = await onDisk(first, annotation.id);
    assert.equal(saved?.type, 'person');
    assert.equal(saved?.body.status, 'verified');
    assert.equal(saved?.body.note, 'Spelling checked with the port office.');
    await waitFor('the view to list it', () => grouped().get('Verified')?.includes(annotation.id) ?? false);
  });

  test('the hover on an annotated name starts with its status and note', async () => {
    const { raw } = await hover(first, FIRST.indexOf('Brandvold'));
    assert.match(raw, /^\$\(pass-filled\) \*\*Verified\*\* · actor · person/, 'the decision comes first');
    assert.match(raw, /Spelling checked with the port office/);
    assert.match(raw, /Ilse Brandvold\*\* · person/, 'then what was detected');
  });

  test('set status, edit note and relabel act on the annotation under the cursor', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const at = editor.document.positionAt(FIRST.indexOf('Brandvold') + 2);
    editor.selection = new vscode.Selection(at, at);
    const disputed = await run('corroborate.setStatus', { status: 'disputed' });
    assert.equal(disputed?.body.status, 'disputed');
    const relabelled = await run('corroborate.relabel', { type: 'organization' });
    assert.deepEqual([relabelled?.kind, relabelled?.type], ['actor', 'organization']);
    const cleared = await run('corroborate.editNote', { note: '' });
    assert.equal(cleared?.body.note, undefined, 'an empty note removes it');
    const saved = await onDisk(first, disputed!.id);
    assert.deepEqual([saved?.body.status, saved?.type, saved?.body.note], ['disputed', 'organization', undefined]);
    await waitFor('the view to move it to Disputed', () => grouped().get('Disputed')?.includes(disputed!.id) ?? false);
    assert.ok(painted(`annotations:${first.toString()}`, 'annotation:organization').some((s) => s.start === FIRST.indexOf('Ilse Brandvold')), 'retyped: painted as an organisation');
  });

  test('a note with Markdown, HTML and command links shows as text in an untrusted hover', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const at = editor.document.positionAt(FIRST.indexOf('Brandvold') + 2);
    editor.selection = new vscode.Selection(at, at);
    const annotation = await run('corroborate.editNote', { note: HOSTILE_NOTE });
    assert.equal(annotation?.body.note, HOSTILE_NOTE);
    assert.equal((await onDisk(first, annotation!.id))?.body.note, HOSTILE_NOTE, 'stored exactly as written');
    const { raw, markdown } = await hover(first, FIRST.indexOf('Brandvold'));
    assert.doesNotMatch(raw, /\]\(command:workbench/, 'no working link to a command');
    assert.doesNotMatch(raw, /(^|[^\\])<img/, 'no raw HTML');
    assert.doesNotMatch(raw, /(^|[^\\])\*\*bold/, 'no emphasis from the note');
    assert.doesNotMatch(raw, /(^|[^\\])\$\(zap\)/, 'no theme icon from the note');
    assert.match(raw, /\\\[x\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/);
    for (const m of markdown) {
      assert.equal(m.supportHtml, false);
      if (m.isTrusted) assert.deepEqual(m.isTrusted, { enabledCommands: ['corroborate.openMention'] });
    }
  });

  test('text the detector missed can be annotated and is highlighted and hovered', async () => {
    const span = spanOf(FIRST, 'coastal authority');
    assert.ok(!api.service.index.document('articles/zz-ferry-first.txt')?.mentions.some((m) => m.kind === 'actor' && m.start <= span.start && span.start < m.end), 'nothing detected there');
    const annotation = await run('corroborate.annotateActor', { uri: first, ...span, type: 'organization', status: 'needs-source' });
    assert.ok(annotation);
    await waitFor('its own highlight', () => painted(`annotations:${first.toString()}`, 'annotation:organization').some((s) => s.start === span.start));
    assert.ok(painted(`annotations:${first.toString()}`, 'annotation:needs-source').some((s) => s.start === span.start));
    const { raw } = await hover(first, span.start + 3);
    assert.match(raw, /Needs a source\*\* · actor · organization/);
    await waitFor('the view to list it', () => grouped().get('Needs a source')?.includes(annotation.id) ?? false);
  });

  test('marking a discrepancy reviewed writes it into the sidecar, and Show Reviewed Again takes it back out', async () => {
    const displaced = (uri: vscode.Uri): vscode.Diagnostic[] => problemsOn(uri).filter((d) => /displaced/.test(d.message));
    relinked();
    await waitFor('the two counts disagree in Problems', () => displaced(second).length > 0 && displaced(first).length > 0, 15_000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', second, displaced(second)[0].range);
    const mark = fixes.find((f) => f.title === 'Mark this discrepancy as reviewed');
    assert.ok(mark?.command, fixes.map((f) => f.title).join(', '));
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    await waitFor('the disagreement out of Problems on both sides', () => displaced(second).length === 0 && displaced(first).length === 0);
    const review = api.annotations.annotationsOf(second).find((a) => a.body.labels?.includes('reviewed'));
    assert.ok(review, 'an annotation records the review');
    assert.equal(SECOND.slice(review.target.selector.position!.start, review.target.selector.position!.end), 'about 2,000 displaced people');
    assert.deepEqual(review.links, [{ path: 'zz-ferry-first.txt', exact: 'nearly 6,000 people', relation: 'contradicts' }]);
    assert.equal(review.body.status, 'verified');
    assert.deepEqual((await onDisk(second, review.id))?.body.labels, ['reviewed']);
    await vscode.commands.executeCommand('corroborate.resetReviewed');
    await waitFor('the disagreement back', () => displaced(second).length > 0);
    assert.equal(await onDisk(second, review.id), undefined, 'the annotation the review made is gone');
  });

  test('a review added to an annotation someone made keeps their status, and taking it back leaves the annotation', async () => {
    const figure = spanOf(FIRST, 'nearly 6,000 people');
    const mine = await run('corroborate.annotateNumber', { uri: first, ...figure, type: 'count', status: 'needs-source', note: 'Ask the district office.' });
    assert.ok(mine);
    const diagnostic = problemsOn(first).find((d) => /displaced/.test(d.message));
    assert.ok(diagnostic);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', first, diagnostic.range);
    const mark = fixes.find((f) => f.title === 'Mark this discrepancy as reviewed');
    await vscode.commands.executeCommand(mark!.command!.command, ...(mark!.command!.arguments ?? []));
    await waitFor('the review on the same annotation', () => api.annotations.annotationsOf(first).find((a) => a.id === mine.id)?.body.labels?.includes('reviewed') ?? false);
    const reviewed = await onDisk(first, mine.id);
    assert.deepEqual([reviewed?.body.status, reviewed?.body.note], ['needs-source', 'Ask the district office.']);
    await vscode.commands.executeCommand('corroborate.resetReviewed');
    await waitFor('the label gone, the annotation kept', () => {
      const kept = api.annotations.annotationsOf(first).find((a) => a.id === mine.id);
      return kept !== undefined && !kept.body.labels?.includes('reviewed');
    });
    assert.equal((await onDisk(first, mine.id))?.body.status, 'needs-source');
  });

  test('the view\'s item is enough for its inline actions', async () => {
    const tree = api.trees.annotations!;
    const group = tree.getChildren().find((g) => tree.getTreeItem(g).label === 'Needs a source');
    assert.ok(group);
    const item = tree.getChildren(group).find((n) => n.node === 'annotation' && n.uri.toString() === first.toString());
    assert.ok(item && item.node === 'annotation');
    assert.equal(tree.getTreeItem(item).contextValue, 'corroborate.annotation');
    const changed = await run('corroborate.setStatus', { ...item, status: 'unverified' });
    assert.equal(changed?.id, item.id);
    assert.equal(changed?.body.status, 'unverified');
    await waitFor('the view to move it', () => grouped().get('Unverified')?.includes(item.id) ?? false);
  });

  test('rejecting a detected figure takes away its highlight, its comparison and the discrepancy it caused', async () => {
    const figure = spanOf(FIRST, 'nearly 6,000 people');
    const highlighted = (): boolean => painted(first.toString(), 'number').some((s) => s.start === figure.start);
    relinked();
    await waitFor('the figure highlighted', highlighted);
    await waitFor('the two counts disagree in Problems', () => problemsOn(second).some((d) => /displaced/.test(d.message)), 15_000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    const otherSide = spanOf(SECOND, 'about 2,000 displaced people');
    const outlined = (): boolean => painted(second.toString(), 'conflict').some((s) => s.start === otherSide.start);
    await waitFor('the other side outlined as a conflict', outlined);
    assert.match((await hover(second, otherSide.start + 8)).raw, /zz\\-ferry\\-first\\\.txt/);
    // Before: the figures view lists both reports under one figure, and references from the other side reach this one.
    const cluster = api.service.index.mentionAt('articles/zz-ferry-first.txt', figure.start + 1)?.cluster;
    assert.ok(cluster, 'the figure is in a cluster');
    const listed = (): string[] => {
      const tree = api.trees.figures!;
      const node = tree.getChildren().find((n) => n.type === 'cluster' && n.id === cluster);
      return node ? tree.getChildren(node).map((n) => (n.type === 'source' ? n.path : '?')) : [];
    };
    await waitFor('the figure listed with both reports', () => listed().includes('articles/zz-ferry-first.txt'));
    const referenced = async (): Promise<string[]> => {
      const document = await vscode.workspace.openTextDocument(second);
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', second, document.positionAt(otherSide.start + 8));
      return (found ?? []).map((l) => l.uri.path.split('/').pop() ?? '');
    };
    assert.ok((await referenced()).includes('zz-ferry-first.txt'), 'references reach the figure before it is rejected');
    const reported = async (): Promise<string> => {
      await vscode.commands.executeCommand('corroborate.showReport');
      const text = vscode.window.activeTextEditor?.document.getText() ?? '';
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return text;
    };
    // Bold marks the figure itself, in the disagreements and the figures; a claim quoting its sentence is another mention.
    assert.match(await reported(), /\*\*nearly 6,000 people\*\*/, 'the report quotes the figure before it is rejected');
    const rejected = await run('corroborate.rejectDetection', { uri: first, start: figure.start + 1 });
    assert.equal(rejected?.body.detection, 'rejected');
    assert.deepEqual(rejected?.target.selector.position, figure);
    assert.equal((await onDisk(first, rejected!.id))?.body.detection, 'rejected');
    await waitFor('the highlight gone', () => !highlighted());
    const { raw } = await hover(first, figure.start + 1);
    assert.match(raw, /detection rejected/);
    assert.doesNotMatch(raw, /other source|Single source/, 'no comparison for what is not a figure');
    await waitFor('the disagreement out of Problems', () => !problemsOn(second).some((d) => /displaced/.test(d.message)));
    await waitFor('the other side no longer outlined', () => !outlined());
    assert.doesNotMatch((await hover(second, otherSide.start + 8)).raw, /zz\\-ferry\\-first/, 'the other side no longer lists it as a match');
    assert.ok(!problemsOn(first).some((d) => /displaced/.test(d.message)));
    await waitFor('the figures view no longer lists the rejected one', () => !listed().includes('articles/zz-ferry-first.txt'));
    assert.ok(!(await referenced()).includes('zz-ferry-first.txt'), 'references no longer reach what was rejected');
    assert.doesNotMatch(await reported(), /\*\*nearly 6,000 people\*\*/, 'nor does the report');
    const own = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', first, (await vscode.workspace.openTextDocument(first)).positionAt(figure.start + 1));
    assert.equal(own?.length ?? 0, 0, 'a rejected detection has no references of its own');
  });

  test('confirming a detection with the cursor on it records the verdict there', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    const name = spanOf(SECOND, 'Ilse Brandvold');
    editor.selection = new vscode.Selection(editor.document.positionAt(name.start + 3), editor.document.positionAt(name.start + 3));
    const confirmed = await run('corroborate.confirmDetection', {});
    assert.equal(confirmed?.body.detection, 'confirmed');
    assert.deepEqual(confirmed?.target.selector.position, name);
    assert.deepEqual([confirmed?.kind, confirmed?.type], ['actor', 'person']);
  });

  test('annotating with an empty selection takes the detection under the cursor, with its detected type', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    const duration = spanOf(FIRST, 'four hours');
    const at = editor.document.positionAt(duration.start + 2);
    editor.selection = new vscode.Selection(at, at);
    const annotation = await run('corroborate.annotateNumber', { type: 'duration' });
    assert.deepEqual(annotation?.target.selector.position, duration);
    assert.equal(annotation?.type, 'duration');
    assert.ok(annotation?.body.value !== undefined, 'the normalised figure is kept');
  });

  test('linking a name to the same person in the other report stores a path relative to the article', async () => {
    const name = spanOf(FIRST, 'Ilse Brandvold');
    const target = spanOf(SECOND, 'Ilse Brandvold');
    const linked = await run('corroborate.linkMentions', { uri: first, start: name.start + 1, relation: 'same-actor', target: { uri: second, ...target } });
    assert.deepEqual(linked?.links, [{ path: 'zz-ferry-second.txt', exact: 'Ilse Brandvold', relation: 'same-actor' }]);
    assert.deepEqual((await onDisk(first, linked!.id))?.links, linked?.links);
    const { raw } = await hover(first, name.start + 1);
    assert.match(raw, /same-actor: \[zz\\-ferry\\-second\\\.txt\]\(command:corroborate\.openMention\?/);
  });

  test('deleting through the command removes the annotation from the sidecar and the view', async () => {
    const span = spanOf(FIRST, 'coastal authority');
    const annotation = api.annotations.annotationsOf(first).find((a) => a.target.selector.position?.start === span.start);
    assert.ok(annotation);
    await vscode.commands.executeCommand('corroborate.deleteAnnotation', { uri: first, id: annotation.id, confirm: false });
    assert.equal(await onDisk(first, annotation.id), undefined);
    await waitFor('the view without it', () => ![...grouped().values()].some((ids) => ids.includes(annotation.id)));
    await waitFor('its highlight gone', () => !painted(`annotations:${first.toString()}`, 'annotation:organization').some((s) => s.start === span.start));
  });

  test('clicking an item in the view opens the article with the annotated text selected', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const annotation = api.annotations.annotationsOf(first).find((a) => a.target.selector.quote.exact === 'Ilse Brandvold');
    assert.ok(annotation);
    const node = api.trees.annotations!.getChildren().flatMap((g) => api.trees.annotations!.getChildren(g)).find((n) => n.node === 'annotation' && n.id === annotation.id);
    assert.ok(node);
    const click = api.trees.annotations!.getTreeItem(node).command;
    assert.ok(click);
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), first.toString());
    assert.equal(editor?.document.getText(editor.selection), 'Ilse Brandvold');
  });

  test('a sidecar that cannot be read is reported, left as it is, and the command changes nothing', async () => {
    const corrupt = 'version: 1\narticle: zz-ferry-second.txt\ntextHash: 0000000000000000\nannotations:\n  - id: [unclosed\n';
    await vscode.workspace.fs.writeFile(sidecarOf(second), encode(corrupt));
    await waitFor('the sidecar reported', () => vscode.languages.getDiagnostics(sidecarOf(second)).length > 0);
    const result = await run('corroborate.annotateClaim', { uri: second, start: 0, end: 14, type: 'claim' });
    assert.equal(result, undefined);
    assert.equal(decode(await vscode.workspace.fs.readFile(sidecarOf(second))), corrupt);
  });

  test('every annotation command is registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const name of ['annotateActor', 'annotateNumber', 'annotateClaim', 'confirmDetection', 'rejectDetection', 'setStatus', 'editNote', 'relabel', 'linkMentions', 'deleteAnnotation', 'openAnnotation']) {
      assert.ok(all.includes(`corroborate.${name}`), name);
    }
  });
});
