import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Compiled to out/test/harness/, so the repository is three levels up. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const harnessDir = path.join(repoRoot, '.vscode-test');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The workspace every integration run opens: the project's own sample articles. */
export const sampleWorkspace = path.join(repoRoot, 'samples');
/**
 * A fresh copy of the sample workspace in a temporary folder, still named `samples`, for a
 * test run to open: commands under test write settings and files, and the repository's
 * samples must come out of a run exactly as they went in.
 */
export function scratchSampleWorkspace(): string {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-ws-')), 'samples');
  fs.cpSync(sampleWorkspace, copy, { recursive: true });
  return copy;
}

export const integrationIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

export interface CodeServerInstall {
  /** Node 24, which code-server requires. */
  readonly node: string;
  /** code-server's `out/node/entry.js`. */
  readonly entry: string;
  readonly codeServerVersion: string;
}

/**
 * Where scripts/setup-code-server.mjs put code-server. It writes `.vscode-test/code-server.json`
 * last, so the file's presence means a complete install. Runs the setup when it is missing.
 */
export function codeServerInstall(): CodeServerInstall {
  const manifest = path.join(harnessDir, 'code-server.json');
  if (!fs.existsSync(manifest)) {
    console.log('[harness] code-server is not set up yet; running scripts/setup-code-server.mjs');
    const setup = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'setup-code-server.mjs')],
      { stdio: 'inherit' });
    if (setup.status !== 0) throw new Error('code-server setup failed (see above).');
  }
  const raw = JSON.parse(fs.readFileSync(manifest, 'utf8')) as CodeServerInstall;
  const install = { ...raw, node: path.resolve(harnessDir, raw.node), entry: path.resolve(harnessDir, raw.entry) };
  for (const file of [install.node, install.entry]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: delete ${manifest} and run node scripts/setup-code-server.mjs again.`);
    }
  }
  return install;
}

export function requireChromium(): string {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromiumPath;
}
