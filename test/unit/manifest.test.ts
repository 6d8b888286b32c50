// Invariants of package.json that VS Code only reports at run time, if at all.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

interface Manifest {
  main: string;
  activationEvents?: string[];
  contributes?: { commands?: { command: string; title: string }[] };
}
const manifest = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;
const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);

/** Every string value anywhere in a JSON tree, with its path for error messages. */
function* strings(node: unknown, at = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [at, node];
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${at}[${i}]`);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, `${at}.${k}`);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}
const sources = sourceFiles(path.join(root, 'src')).map((file) => fs.readFileSync(file, 'utf8'));

test('every contributed command has a localised title', () => {
  for (const command of manifest.contributes?.commands ?? []) {
    const key = /^%(.+)%$/.exec(command.title)?.[1];
    assert.ok(key, `${command.command}: title "${command.title}" must be a %key% from package.nls.json`);
    assert.ok(nls[key]?.trim(), `${command.command}: package.nls.json has no text for "${key}"`);
  }
});

test('every %key% in package.json exists in package.nls.json', () => {
  const missing = [...strings(manifest)]
    .filter(([, value]) => /^%[^%\s]+%$/.test(value) && !(value.slice(1, -1) in nls))
    .map(([at, value]) => `${at} = ${value}`);
  assert.deepEqual(missing, [], 'keys missing from package.nls.json');
});

test('activation is lazy: no "*" activation event', () => {
  assert.ok(!(manifest.activationEvents ?? []).includes('*'), 'activationEvents must not contain "*"');
});

test('main points at the bundle in dist/', () => {
  assert.match(manifest.main, /^(\.\/)?dist\/[^/]+\.js$/, `main is "${manifest.main}"`);
});

test('every command registered in src/ is contributed', () => {
  const registered = new Set(sources.flatMap((text) =>
    [...text.matchAll(/register(?:TextEditor)?Command\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1])));
  const missing = [...registered].filter((command) => !contributed.includes(command));
  assert.deepEqual(missing, [], 'registered in src/ but missing from contributes.commands');
});

test('every contributed command is registered in src/', () => {
  // A literal in a registerCommand call, or any quoted literal for table-driven registration;
  // the integration suite checks the real registration inside VS Code.
  const text = sources.join('\n');
  const missing = contributed.filter((command) => !new RegExp(`['"\`]${command.replace(/\./g, '\\.')}['"\`]`).test(text));
  assert.deepEqual(missing, [], 'contributed but never named in src/');
});

test('the extension declares where it runs: Restricted Mode (limited), virtual workspaces, the web', () => {
  const full = manifest as Manifest & {
    browser?: string;
    capabilities?: { untrustedWorkspaces?: { supported: unknown; restrictedConfigurations?: string[] }; virtualWorkspaces?: unknown };
    contributes?: { configuration?: { properties?: Record<string, unknown> } };
  };
  assert.equal(full.capabilities?.untrustedWorkspaces?.supported, 'limited');
  const settings = Object.keys(full.contributes?.configuration?.properties ?? {});
  const restricted = full.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
  assert.ok(restricted.includes('corroborate.annotations.folder'), 'where annotations are written is not the workspace\'s to choose');
  assert.deepEqual(restricted.filter((key) => !settings.includes(key)), [], 'restricted settings that do not exist');
  assert.ok(full.capabilities?.virtualWorkspaces, 'virtual workspaces are declared');
  assert.match(full.browser ?? '', /^(\.\/)?dist\/web\/[^/]+\.js$/, `browser is "${full.browser}"`);
});
