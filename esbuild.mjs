// Bundles the extension (for the Node and the web worker extension hosts) and the CLI. `--production` minifies and drops source maps;
// `--watch` rebuilds on change. Type checking is separate (`npm run check-types`).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: { CORROBORATE_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...shared, entryPoints: ['src/node/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The web worker extension host (vscode.dev, github.dev): no Node, so no Node module may be reached;
  // `yaml` resolves to its browser build.
  { ...shared, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'],
    platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] },
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI analyses large folders on worker threads; the pool loads this beside cli.js.
  { ...shared, entryPoints: ['src/cli/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' },
];

// The word-meaning table ships beside the bundles that read it (see src/cli/word-vectors-file.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('data/word-vectors.bin', 'dist/word-vectors.bin');

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
