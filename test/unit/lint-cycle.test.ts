// The lint rule against import circles must bite: two files that import each other are reported,
// and a chain is not. Runs the repository's own eslint.config.mjs on files in a temporary folder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const config = path.resolve(__dirname, '..', '..', '..', 'eslint.config.mjs');

async function cycleMessages(files: Readonly<Record<string, string>>): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-cycle-'));
  try {
    mkdirSync(path.join(folder, 'src'));
    writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, 'src', name), text);
    const eslint = new ESLint({ cwd: folder, overrideConfigFile: config });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map((m) => `${path.basename(r.filePath)}: ${m.message}`));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('lint reports two files of src/ that import each other', async () => {
  const messages = await cycleMessages({
    'first.ts': "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
    'second.ts': "import { first } from './first';\nexport const second = (): number => (first.length > 0 ? 1 : 0);\n",
  });
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.ok(messages.every((m) => /cycle/i.test(m)), messages.join('\n'));
});

test('lint lets a chain through', async () => {
  const messages = await cycleMessages({
    'first.ts': "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
    'second.ts': 'export const second = (): number => 1;\n',
  });
  assert.deepEqual(messages, []);
});
