// Runtime strings go through vscode.l10n.t, and l10n/bundle.l10n.json holds exactly the messages
// the code uses (rewrite it with `npm run l10n`). The walk is test/l10n/strings.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { bundleFile, editorSources, expectedBundle, l10nMessages, literalsBypassingL10n, repoRoot } from '../l10n/strings';

const where = (f: { file: string; line: number; text: string }): string => `${path.relative(repoRoot, f.file)}:${f.line} ${f.text}`;

test('no user-facing literal in the editor code bypasses l10n.t', () => {
  const findings = editorSources().flatMap((file) => literalsBypassingL10n(file, fs.readFileSync(file, 'utf8')));
  assert.deepEqual(findings.map(where), []);
});

test('every l10n.t message is a literal, so it can be bundled', () => {
  const findings = editorSources().flatMap((file) => l10nMessages(file, fs.readFileSync(file, 'utf8')).unbundlable);
  assert.deepEqual(findings.map(where), []);
});

test('l10n/bundle.l10n.json holds exactly the messages the code uses', () => {
  const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as Record<string, string>;
  const expected = expectedBundle();
  assert.ok(Object.keys(expected).length > 50, `only ${Object.keys(expected).length} messages found: is the walk reading src/?`);
  assert.deepEqual(Object.keys(bundle).filter((k) => !(k in expected)), [], 'in the bundle, no longer in the code');
  assert.deepEqual(Object.keys(expected).filter((k) => !(k in bundle)), [], 'in the code, missing from the bundle (npm run l10n)');
});

test('the check catches what it is there for', () => {
  const code = [
    "vscode.window.showErrorMessage('Could not save the file.');",
    "vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', name));",
    "item.tooltip = `${count} articles indexed`;",
    "const message = kind === 'number' ? 'A figure' : vscode.l10n.t('A name');",
    "new vscode.TreeItem('Discrepancies', 1);",
    "items.push({ label: '$(edit)', description: vscode.l10n.t('now') });",
    "throw new SidecarError('the sidecar is broken');",
    "vscode.window.showInformationMessage(vscode.l10n.t(message));",
  ].join('\n');
  assert.deepEqual(literalsBypassingL10n('sample.ts', code).map((f) => f.line), [1, 3, 4, 5, 7]);
  const { messages, unbundlable } = l10nMessages('sample.ts', code);
  assert.deepEqual(messages, ['Saved {0}.', 'A name', 'now']);
  assert.deepEqual(unbundlable.map((f) => f.line), [8]);
});

test('the manifest points VS Code at the bundle, and the package ships it', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { l10n?: string };
  assert.equal(manifest.l10n, './l10n');
  assert.match(fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8'), /^!l10n\/\*\*$/m);
});
