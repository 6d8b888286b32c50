// Runs a guest suite (test/guest/<name>.suite.ts, on the tiny runner in test/guest/runner.ts) in code-server:
//   web         the browser's web worker extension host, the extension loaded from its `browser` bundle;
//   restricted  the Node extension host with workspace trust on and the folder not trusted (Restricted Mode);
//   virtual     a virtual workspace (the one folder in an in-memory file system) in the web worker host.
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
  /** Adds to the run what the suite is about; `scratch` is a folder removed after the run. */
  readonly run: (workspace: string, scratch: string) => Partial<SuiteRun>;
  /** Constants built into the suite's bundle (esbuild `define`). */
  readonly define?: (workspace: string) => Record<string, string>;
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
  // The suite registers an in-memory file system holding the sample workspace (`define`, built into its
  // bundle) and the one folder of the workspace is in it. Only one development extension can be given (the
  // workbench keeps one `extensionDevelopmentPath`), so the provider cannot be an extension of its own and
  // the suite runs in the host that runs Corroborate: the web worker, as on vscode.dev and github.dev.
  // (In the Node host, extensionDevelopmentKind 'workspace', Corroborate was already active when the
  // suite's provider arrived, so the suite could not stand for a provider extension there.)
  virtual: {
    platform: 'browser',
    webOnly: true,
    define: (workspace) => ({ CORROBORATE_VIRTUAL_SEED: JSON.stringify(filesOf(workspace, `/${path.basename(workspace)}`)) }),
    run: (workspace, scratch) => {
      const workspaceFile = path.join(scratch, 'virtual.code-workspace');
      fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ uri: `corroborate-virtual:/${path.basename(workspace)}` }] }, null, 2));
      return { workspaceFile, extensionDevelopmentKind: 'web' };
    },
  },
};

/** Every file under `folder` as text, keyed by its path under `root`. */
function filesOf(folder: string, root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[`${root}/${path.relative(folder, file).split(path.sep).join('/')}`] = fs.readFileSync(file, 'utf8');
  }
  return files;
}

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

async function bundleSuite(name: string, guest: Guest, extensionDir: string, workspace: string): Promise<string> {
  const outfile = path.join(extensionDir, 'out', 'guest', `${name}.suite.js`);
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'guest', `${name}.suite.ts`)], outfile, bundle: true, format: 'cjs',
    platform: guest.platform, target: guest.platform === 'node' ? 'node20' : 'es2022', external: ['vscode'],
    mainFields: guest.platform === 'browser' ? ['browser', 'module', 'main'] : undefined, logLevel: 'warning',
    define: guest.define?.(workspace),
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
      extensionTestsPath: await bundleSuite(name, guest, extensionDir, workspace), extensionDevelopmentPath: extensionDir,
      workspace, verbose: values.verbose, timeoutMs: 180_000,
      onLine: (line) => { if (pattern.test(line.trim())) summary = line.trim(); },
      ...guest.run(workspace, scratch),
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
