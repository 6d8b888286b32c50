import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { importPlan } from './scripts/lint/import-plan.mjs';

const nodeIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'samples/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // The core is pure: it must run in the CLI, in tests and in a web worker alike,
    // so it never touches the editor API or the file system directly.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not import vscode: add a small interface and implement it in src/vscode.' },
          ...nodeIo.map((name) => ({ name, message: 'src/core must not do I/O: take the data or an interface as a parameter.' })),
        ],
      }],
    },
  },
  {
    // The editor code also runs in the browser's web worker extension host (package.json `browser`),
    // which has no Node: only the Node entry (src/node) and the CLI may use Node's modules.
    files: ['src/vscode/**/*.ts', 'src/web/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(node:|(fs|path|os|child_process|worker_threads|crypto|util|url|stream|events|buffer)(/|$))',
          message: 'The web extension host has no Node modules: pass the capability in from src/node/extension.ts.' }],
      }],
    },
  },
  {
    // An import circle hides which part stands on which and makes load order matter. import-x follows value
    // imports through the resolver; our import-plan also follows type imports and checks the folders' order.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, corroborate: importPlan },
    settings: {
      // Without the TypeScript extensions the rule skips every .ts file it reaches and never sees a circle.
      'import-x/extensions': ['.ts'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': 'error', 'corroborate/import-plan': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },
);
