// Runs a guest suite (test/guest/<name>.suite.ts, on the tiny runner in test/guest/runner.ts) in code-server:
//   web         the browser's web worker extension host, the extension loaded from its `browser` bundle;
//   restricted  the Node extension host with workspace trust on and the folder not trusted (Restricted Mode).
// The suite is bundled with esbuild into the extension's folder: VS Code runs a tests file from outside the
// development extension in the Node host even when the web host is asked for.
// Usage (after `npx tsc -p . && node esbuild.mjs`): node out/test/harness/run-guest.js --suite web [--vsix FILE] [--verbose]
// Ends with one line `<suite>: N passed, M failed`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { repoRoot, scratchSampleWorkspace } from './paths';
import { runInCodeServer, type SuiteRun } from './run-in-code-server';
import { extractZip } from './zip';

interface Guest {
  readonly platform: 'browser' | 'node';
  /** Only the extension's web face: with a Node host at hand (code-server has one) VS Code prefers `main`. */
  readonly webOnly?: boolean;
  /** Adds to the run what the suite is about. */
  readonly run: (workspace: string) => Partial<SuiteRun>;
}

const guests: Readonly<Record<string, Guest>> = {
  web: { platform: 'browser', webOnly: true, run: () => ({ extensionDevelopmentKind: 'web' }) },
  restricted: {
    platform: 'node',
    run: (workspace) => {
      // A workspace setting that trust restricts: where annotations are written. It must be ignored here.
      fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'),
        JSON.stringify({ 'corroborate.annotations.folder': '../written-outside-the-workspace' }, null, 2));
      return { restricted: true };
    },
  },
};

/** What the package ships (.vscodeignore), less the Node side; a copy whose manifest has no `main`. */
const SHIPPED = ['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/web', 'media', 'schemas', 'l10n'];

/**
 * Given both `main` and `browser`, code-server runs a development extension in its Node host even when
 * the web kind is asked for (seen: the web suite found itself in Node). vscode.dev and github.dev have
 * no Node host, so there only `browser` counts: the copy made here is that extension.
 */
function webOnlyCopy(extensionDir: string, into: string): string {
  const copy = path.join(into, 'web-extension');
  for (const entry of SHIPPED) {
    const from = path.join(extensionDir, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(copy, entry), { recursive: true });
  }
  const manifestFile = path.join(copy, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { main?: string; browser?: string };
  if (!manifest.browser) throw new Error(`${extensionDir}/package.json has no browser entry`);
  delete manifest.main;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return copy;
}

async function bundleSuite(name: string, guest: Guest, extensionDir: string): Promise<string> {
  const outfile = path.join(extensionDir, 'out', 'guest', `${name}.suite.js`);
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'guest', `${name}.suite.ts`)], outfile, bundle: true, format: 'cjs',
    platform: guest.platform, target: guest.platform === 'node' ? 'node20' : 'es2022', external: ['vscode'],
    mainFields: guest.platform === 'browser' ? ['browser', 'module', 'main'] : undefined, logLevel: 'warning',
  });
  return outfile;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { suite: { type: 'string' }, vsix: { type: 'string' }, verbose: { type: 'boolean' } } });
  const name = values.suite ?? '';
  const guest = guests[name];
  if (!guest) throw new Error(`--suite must be one of ${Object.keys(guests).join(', ')}`);
  let extensionDir = repoRoot;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-guest-'));
  if (values.vsix) {
    extractZip(path.resolve(values.vsix), scratch);
    extensionDir = path.join(scratch, 'extension');
    console.log(`[guest] ${name} suite against ${values.vsix}, unpacked in ${extensionDir}`);
  }
  if (guest.webOnly) extensionDir = webOnlyCopy(extensionDir, scratch);
  const workspace = scratchSampleWorkspace();
  let summary: string | undefined;
  const pattern = new RegExp(`^${name}: \\d+ passed, \\d+ failed$`);
  try {
    const code = await runInCodeServer({
      extensionTestsPath: await bundleSuite(name, guest, extensionDir), extensionDevelopmentPath: extensionDir,
      workspace, verbose: values.verbose, timeoutMs: 180_000,
      onLine: (line) => { if (pattern.test(line.trim())) summary = line.trim(); },
      ...guest.run(workspace),
    });
    // The suite prints its own summary; without one it never finished, which counts as a failure.
    if (!summary) console.log(`${name}: 0 passed, 1 failed`);
    return summary && code === 0 ? 0 : code || 1;
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(`${process.argv.includes('--suite') ? process.argv[process.argv.indexOf('--suite') + 1] : 'guest'}: 0 passed, 1 failed`);
  process.exit(1);
});
