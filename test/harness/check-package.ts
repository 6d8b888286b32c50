// Builds corroborate.vsix (`npm run package`) and checks that it holds only what runs.
// Usage: node out/test/harness/check-package.js [--vsix FILE] [--no-build]. Ends with `package: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkIcon } from './icon';
import { repoRoot } from './paths';
import { listZip, readEntry } from './zip';

// The word-meaning table (3.4 MB, dist/word-vectors.bin) is most of the package; the claims issue caps the .vsix at 20 MB.
const MAX_BYTES = 8 * 1024 * 1024;
/** What may ship (mirrors .vscodeignore); vsce adds its manifest files, lower-cases readme/changelog, renames LICENSE. */
const allowed = [/^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/, /^extension\/dist\/(web\/)?[^/]+\.js$/, /^extension\/dist\/word-vectors\.bin$/,
  /^extension\/package(\.nls(\.[\w-]+)?)?\.json$/, /^extension\/(readme|changelog)\.md$/i, /^extension\/LICENSE(\.txt)?$/,
  /^extension\/(media|schemas|l10n)\/.+/];
const forbidden: [string, RegExp][] = [
  ['TypeScript sources', /\.(c|m)?ts$/], ['test files', /(^|\/)tests?\/|\.(test|spec)\.[cm]?js$/],
  ['source maps', /\.map$/], ['node_modules', /(^|\/)node_modules\//], ['samples', /^extension\/samples\//],
  ['.vscode-test', /(^|\/)\.vscode-test\//],
];

const results: boolean[] = [];
function check(name: string, problems: string[]): void {
  results.push(problems.length === 0);
  console.log(`${problems.length === 0 ? '  ✔' : '  ✖'} ${name}`);
  for (const problem of problems.slice(0, 20)) console.log(`      ${problem}`);
}

function main(): number {
  const { values } = parseArgs({ options: { vsix: { type: 'string' }, 'no-build': { type: 'boolean' } } });
  // `npm run package` always writes corroborate.vsix; --vsix checks another file as it is.
  const vsix = path.resolve(values.vsix ?? path.join(repoRoot, 'corroborate.vsix'));
  if (values.vsix) values['no-build'] = true;
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string; browser?: string; l10n?: string; icon?: string };
  const iconProblems = manifest.icon ? checkIcon(path.join(repoRoot, manifest.icon)) : ['package.json names no icon'];
  check(`icon ${manifest.icon ?? ''} is a PNG of at least 128×128`, iconProblems);
  if (!values['no-build']) {
    if (iconProblems.length > 0) console.log('  (vsce refuses to package without the icon; fix it first)');
    fs.rmSync(vsix, { force: true });
    const build = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
    check('npm run package succeeds', build.status === 0 ? [] : [`exit code ${build.status}`]);
  }
  if (!fs.existsSync(vsix)) {
    check(`${path.basename(vsix)} exists`, ['no package to check']);
    return summary();
  }
  const zip = fs.readFileSync(vsix);
  const entries = listZip(zip).filter((e) => !e.name.endsWith('/'));
  const names = entries.map((e) => e.name);
  const size = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`  ${path.basename(vsix)}: ${entries.length} files, ${(zip.length / 1024).toFixed(1)} KB packed, ` +
    `${(size / 1024).toFixed(1)} KB unpacked`);
  const main = `extension/${path.posix.normalize(manifest.main)}`;
  check(`the entry point ${main} is packaged`, names.includes(main) ? [] : [`missing ${main}`]);
  const shipped = ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.nls.json'].filter((f) => fs.existsSync(path.join(repoRoot, f)));
  check(`packaged: ${shipped.join(', ')}`, shipped.filter((f) => !names.some((n) => n.toLowerCase().startsWith(`extension/${f.toLowerCase()}`)))
    .map((f) => `missing ${f}`));
  for (const [what, pattern] of forbidden) check(`no ${what}`, names.filter((n) => pattern.test(n)));
  check('nothing outside the allow-list', names.filter((n) => !allowed.some((pattern) => pattern.test(n))));
  check(`under ${MAX_BYTES / 1024 / 1024} MB unpacked`, size <= MAX_BYTES ? [] : [`${size} bytes`]);
  // Packaged with --no-dependencies: the bundle may only require VS Code and Node's own modules.
  const bundle = entries.find((e) => e.name === main);
  const required = bundle ? [...readEntry(zip, bundle).toString('utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]) : [];
  const builtins = new Set([...builtinModules, 'vscode']);
  check('the bundle requires only vscode and Node built-ins',
    [...new Set(required)].filter((r) => !builtins.has(r.replace(/^node:/, ''))).map((r) => `requires ${r}`));
  // The web bundle runs in a web worker: nothing but the editor API may be required there.
  const browser = manifest.browser ? `extension/${path.posix.normalize(manifest.browser)}` : undefined;
  const webBundle = entries.find((e) => e.name === browser);
  check(`the web entry point ${browser ?? '(none in package.json)'} is packaged`, webBundle ? [] : [`missing ${browser}`]);
  const webRequired = webBundle ? [...readEntry(zip, webBundle).toString('utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]) : [];
  check('the web bundle requires only vscode', [...new Set(webRequired)].filter((r) => r !== 'vscode').map((r) => `requires ${r}`));
  checkReadme(names);
  const l10nBundle = manifest.l10n ? `extension/${path.posix.join(path.posix.normalize(manifest.l10n), 'bundle.l10n.json')}` : undefined;
  check(`the l10n bundle ${l10nBundle ?? '(no l10n in package.json)'} is packaged`, l10nBundle && names.includes(l10nBundle) ? [] : [`missing ${l10nBundle}`]);
  return summary();
}

/**
 * The README is the Marketplace and Open VSX page. Its images must be in the package and not SVG (vsce
 * and the Marketplace refuse SVG there); its relative links must name files of the repository, where
 * they are rewritten to once the repository's address is known; no link may be a path on this machine.
 */
function checkReadme(names: readonly string[]): void {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const targets = [...readme.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] }));
  const relative = targets.filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('/'));
  const images = relative.filter((t) => t.image).map((t) => t.target);
  check(`README: ${images.length} images, each packaged and not SVG`, images.flatMap((image) => [
    ...(names.includes(`extension/${path.posix.normalize(image)}`) ? [] : [`${image} is not in the package`]),
    ...(/\.svg$/i.test(image) ? [`${image} is an SVG`] : []),
  ]));
  check('README: relative links name files of the repository', relative.filter((t) => !t.image)
    .map((t) => t.target.replace(/#.*$/, '')).filter((file) => !fs.existsSync(path.join(repoRoot, file))).map((file) => `${file} does not exist`));
  const local = /^(file:|\/|[a-z]:[\\/])|\b(localhost|127\.0\.0\.1)\b/i;
  check('README: no link to this machine', targets.filter(({ target }) => local.test(target)).map(({ target }) => target));
}

function summary(): number {
  const failed = results.filter((ok) => !ok).length;
  console.log(`package: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

try {
  process.exit(main());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  results.push(false);
  process.exit(summary() || 1);
}
