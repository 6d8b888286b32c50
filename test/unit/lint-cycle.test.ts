// The lint rules that keep the plan of src/ must bite: the repository's own eslint.config.mjs runs once on
// a temporary src/ holding one case per folder, and each test reads what was reported on its case.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ESLint } from 'eslint';

const config = path.resolve(__dirname, '..', '..', '..', 'eslint.config.mjs');

const cases: Readonly<Record<string, string>> = {
  // Two files that import values from each other.
  'core/value/first.ts': "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
  'core/value/second.ts': "import { first } from './first';\nexport const second = (): number => (first.length > 0 ? 1 : 0);\n",
  // Three files that import only types round a circle: the shape of the circles this plan was drawn to end.
  'core/types/a.ts': "import type { B } from './b';\nexport interface A { readonly b?: B }\n",
  'core/types/b.ts': "import type { C } from './c';\nexport interface B { readonly c?: C }\n",
  'core/types/c.ts': "import type { A } from './a';\nexport interface C { readonly a?: A }\n",
  // A chain is fine.
  'core/chain/top.ts': "import { bottom } from './bottom';\nexport const top = (): number => bottom() + 1;\n",
  'core/chain/bottom.ts': 'export const bottom = (): number => 1;\n',
  // The editor's folders: base/ may not reach up to views/, deps.ts is for types, a new folder needs a place.
  'vscode/base/low.ts': "import { high } from '../views/high';\nexport const low = (): number => high();\n",
  'vscode/views/high.ts': 'export const high = (): number => 2;\n',
  'vscode/deps.ts': 'export interface FeatureDeps { readonly name: string }\nexport const DEFAULT_NAME = "x";\n',
  'vscode/editor/feature.ts': "import { DEFAULT_NAME } from '../deps';\nexport const feature = (): string => DEFAULT_NAME;\n",
  'vscode/misc/stray.ts': 'export const stray = 1;\n',
};

const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-plan-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const reported: Promise<ReadonlyMap<string, readonly string[]>> = (async () => {
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }));
  for (const [name, text] of Object.entries(cases)) {
    mkdirSync(path.dirname(path.join(folder, 'src', name)), { recursive: true });
    writeFileSync(path.join(folder, 'src', name), text);
  }
  const results = await new ESLint({ cwd: folder, overrideConfigFile: config }).lintFiles(['src/**/*.ts']);
  return new Map(results.map((r) => [
    path.relative(path.join(folder, 'src'), r.filePath).split(path.sep).join('/'),
    r.messages.filter((m) => m.ruleId?.startsWith('import-x/') || m.ruleId?.startsWith('corroborate/')).map((m) => `${m.ruleId}: ${m.message}`),
  ]));
})();

async function messagesOf(file: string): Promise<readonly string[]> {
  return (await reported).get(file) ?? [];
}

test('a circle of value imports is reported by both rules on each side', async () => {
  for (const file of ['core/value/first.ts', 'core/value/second.ts']) {
    const messages = await messagesOf(file);
    assert.ok(messages.some((m) => m.startsWith('import-x/no-cycle')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('corroborate/import-plan: Import circle')), messages.join('\n'));
  }
});

test('a circle of type imports is reported with its route, though import-x lets it through', async () => {
  for (const file of ['core/types/a.ts', 'core/types/b.ts', 'core/types/c.ts']) {
    const messages = await messagesOf(file);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /^corroborate\/import-plan: Import circle: core\/types\/\w\.ts -> core\/types\/\w\.ts -> core\/types\/\w\.ts -> core\/types\/\w\.ts/);
  }
});

test('a chain is let through', async () => {
  assert.deepEqual(await messagesOf('core/chain/top.ts'), []);
  assert.deepEqual(await messagesOf('core/chain/bottom.ts'), []);
});

test('an editor folder importing a folder above it is reported, and the folder below is not', async () => {
  const messages = await messagesOf('vscode/base/low.ts');
  assert.deepEqual(messages, ['corroborate/import-plan: vscode/base/low.ts may not import vscode/views/high.ts (the plan is in CONTRIBUTING.md).']);
  assert.deepEqual(await messagesOf('vscode/views/high.ts'), []);
});

test('deps.ts imported for a value, and a folder outside the plan, are reported', async () => {
  assert.deepEqual(await messagesOf('vscode/editor/feature.ts'), ['corroborate/import-plan: deps.ts is the features\' contract: import it with `import type`.']);
  const stray = await messagesOf('vscode/misc/stray.ts');
  assert.equal(stray.length, 1);
  assert.match(stray[0]!, /vscode\/misc has no place in the plan/);
});
