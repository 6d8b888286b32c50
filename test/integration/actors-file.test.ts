import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension';
import { parseActorsFile } from '../../src/core/actors-file';
import { corroborate, waitFor } from './helpers';

// Two people the sample articles name, who no rule would ever join: a safe pair to merge and split.
const FIRST = 'Taras Hnatyuk';
const SECOND = 'Oksana Bilyk';
const LABEL = 'Hnatyuk and Bilyk (neighbours)';

async function api(): Promise<CorroborateApi> {
  const exported = (await corroborate().activate()) as CorroborateApi | undefined;
  assert.ok(exported?.service, 'activate() returned no { service }');
  await exported.service.ready;
  return exported;
}

function actorsFile(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, '.corroborate', 'actors.yaml');
}

function read(): string {
  return fs.readFileSync(actorsFile().fsPath, 'utf8');
}

/** Written with node's fs, as another editor or `git pull` would. */
function writeOutside(text: string): void {
  fs.mkdirSync(vscode.Uri.joinPath(actorsFile(), '..').fsPath, { recursive: true });
  fs.writeFileSync(actorsFile().fsPath, text);
}

function clusterOf({ service }: CorroborateApi, name: string): string | undefined {
  return service.index.linking.actors.clusterOf(name)?.id;
}

function together(corroborate: CorroborateApi): boolean {
  const first = clusterOf(corroborate, FIRST);
  return first !== undefined && first === clusterOf(corroborate, SECOND);
}

async function actorLabels({ trees }: CorroborateApi): Promise<string[]> {
  const tree = trees.actors;
  assert.ok(tree, 'the Actors view was not created');
  const roots = await tree.getChildren();
  return Promise.all(roots.map(async (node) => String((await tree.getTreeItem(node)).label)));
}

suite('actors file: merge, split and rename kept in .corroborate/actors.yaml', () => {
  suiteSetup(async () => {
    await vscode.workspace.fs.delete(actorsFile()).then(undefined, () => undefined);
    const corroborate = await api();
    await waitFor('the sample actors to be linked', () => clusterOf(corroborate, FIRST) !== undefined && !together(corroborate));
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(actorsFile()).then(undefined, () => undefined);
    const corroborate = await api();
    await waitFor('the decisions to be dropped with the file', () => !together(corroborate), 15_000);
  });

  test('merging two actors writes the file and makes them one cluster in the index and the Actors view', async () => {
    const corroborate = await api();
    const changed = await vscode.commands.executeCommand('corroborate.mergeActors', { names: [FIRST, SECOND] });
    assert.equal(changed, true);
    const parsed = parseActorsFile(read());
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.overrides.merges, [[FIRST, SECOND]]);
    assert.ok(together(corroborate), 'the two names are still in different clusters');
    const labels = await actorLabels(corroborate);
    assert.equal(labels.filter((l) => l === FIRST || l === SECOND).length, 1, `one root for both: ${labels.join(', ')}`);
  });

  test('renaming shows the new label, even one no article writes', async () => {
    const corroborate = await api();
    assert.equal(await vscode.commands.executeCommand('corroborate.renameActor', { names: [FIRST], label: LABEL }), true);
    assert.equal(corroborate.service.index.linking.actors.clusterOf(SECOND)?.label, LABEL);
    assert.ok((await actorLabels(corroborate)).includes(LABEL));
  });

  test('separating puts them apart again and the file says so without contradiction', async () => {
    const corroborate = await api();
    assert.equal(await vscode.commands.executeCommand('corroborate.separateActors', { names: [FIRST, SECOND] }), true);
    assert.ok(!together(corroborate), 'still one cluster after separating');
    const parsed = parseActorsFile(read());
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.overrides.splits, [[FIRST, SECOND]]);
    assert.ok(!(parsed.overrides.merges ?? []).some((g) => g.includes(FIRST) && g.includes(SECOND)), read());
  });

  test('a comment written by hand survives an edit, and the outside edit itself is picked up', async () => {
    const corroborate = await api();
    writeOutside(`# desk note: checked with the Dnistrov courier\nactors:\n  - names: [${FIRST}, ${SECOND}] # same household\n`);
    await waitFor('the outside edit to be applied', () => together(corroborate), 15_000);
    assert.equal(await vscode.commands.executeCommand('corroborate.renameActor', { names: [FIRST], label: LABEL }), true);
    const text = read();
    assert.ok(text.startsWith('# desk note: checked with the Dnistrov courier\n'), text);
    assert.ok(text.includes('# same household'), text);
    assert.equal(corroborate.service.index.linking.actors.clusterOf(FIRST)?.label, LABEL);
  });

  test('an unreadable file is reported with its line, and commands leave it byte for byte', async () => {
    const corroborate = await api();
    const broken = `actors:\n  - names: [${FIRST}, ${SECOND}]\n  - label: "never closed\n`;
    writeOutside(broken);
    const uri = actorsFile();
    await waitFor('a diagnostic on the actors file', () => vscode.languages.getDiagnostics(uri).length > 0, 15_000);
    const [diagnostic] = vscode.languages.getDiagnostics(uri);
    assert.equal(diagnostic.source, 'Corroborate');
    assert.ok(diagnostic.range.start.line >= 2, `reported on line ${diagnostic.range.start.line + 1}`);
    assert.ok(together(corroborate), 'the decisions read before stay in use');
    for (const [command, arg] of [['corroborate.mergeActors', { names: ['Lesya Marchuk', 'Claire Dubois'] }], ['corroborate.separateActors', { names: [FIRST, SECOND] }], ['corroborate.renameActor', { names: [FIRST], label: 'x' }]] as const) {
      assert.equal(await vscode.commands.executeCommand(command, arg), false, `${command} wrote to a file it cannot read`);
      assert.equal(read(), broken);
    }
    writeOutside(`actors:\n  - names: [${FIRST}, ${SECOND}]\n`);
    await waitFor('the diagnostic to clear once the file is fixed', () => vscode.languages.getDiagnostics(uri).length === 0, 15_000);
  });
});
