// What the repository's measuring scripts share: where the repository is, their
// `--name value` options, the compiled core they load and the large folder they default to.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const require = createRequire(import.meta.url);

/** A module of the `npx tsc -p .` build, e.g. `compiled('core/analysis.js')`; `outDir` picks another build. */
export function compiled(path, outDir = join(repo, 'out')) {
  return require(join(resolve(outDir), 'src', path));
}

/** The 2,587 FNC-1 article bodies beside the repository (see ../shared/corpora/README.md). */
export const FNC1_BODIES = join(repo, '..', 'shared', 'corpora', 'fnc1-bodies');
