#!/usr/bin/env node
// `npm start`: builds and packages Corroborate, installs the .vsix into a real VS Code and opens samples/.
// Desktop VS Code when `code` is on PATH; otherwise code-server (set up on demand) served on
// 127.0.0.1:$PORT (8080 by default) until Ctrl-C, with its state kept in .vscode-test/start/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, harnessDir } from './setup-code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'samples');
const vsix = path.join(root, 'corroborate.vsix');
const state = path.join(harnessDir, 'start');

function run(cmd, args, what) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${what} failed (\`${cmd} ${args.join(' ')}\` exited ${result.status ?? result.signal}).`);
}

function packageExtension() {
  if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'vsce'))) {
    throw new Error('dependencies are not installed: run `npm ci` first.');
  }
  console.log('Building and packaging corroborate.vsix...');
  run('npm', ['run', '--silent', 'package'], 'Packaging');
}

const hasDesktopCode = () => process.env.CORROBORATE_NO_DESKTOP !== '1'
  && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function writeDefaultSettings(userData) {
  const file = path.join(userData, 'User', 'settings.json');
  if (fs.existsSync(file)) return; // keep whatever the user changed since the last start
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Offline and single-purpose: no marketplace, telemetry, AI chat or prompts about the parent git repository.
  fs.writeFileSync(file, `${JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
}

async function startCodeServer() {
  const port = Number(process.env.PORT ?? 8080);
  if (!(await portIsFree(port))) throw new Error(`port ${port} on 127.0.0.1 is in use: stop what uses it or run PORT=8081 npm start.`);
  const install = ensureCodeServer();
  const dirs = ['--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', path.join(state, 'extensions')];
  writeDefaultSettings(path.join(state, 'user-data'));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(state, 'config'), XDG_DATA_HOME: path.join(state, 'data') };
  console.log('Installing corroborate.vsix into code-server...');
  const installed = spawnSync(install.node, [install.entry, ...dirs, '--install-extension', vsix, '--force'],
    { env, encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`code-server could not install the package:\n${installed.stdout}${installed.stderr}`);

  const server = spawn(install.node, [install.entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...dirs,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', samples], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Its own process group: Ctrl-C must also end the extension host and file watcher it starts.
  const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { stop(); process.exit(0); });
  process.on('exit', stop);
  let log = '';
  let announced = false;
  const onData = (data) => {
    log += data;
    if (!announced && /HTTP server listening on/.test(log)) {
      announced = true;
      const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}`;
      console.log(`\nCorroborate is running: open ${url}\n(code-server ${install.codeServerVersion}; press Ctrl-C to stop)`);
    }
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (code) => {
    console.error(`code-server stopped (exit ${code}). Its output:\n${log}`);
    process.exit(code ?? 1);
  });
}

try {
  packageExtension();
  if (hasDesktopCode()) {
    run('code', ['--install-extension', vsix, '--force'], 'Installing the package into VS Code');
    run('code', [samples], 'Opening samples/ in VS Code');
    console.log(`Corroborate is installed in VS Code, which now shows ${samples}.`);
  } else {
    await startCodeServer();
  }
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
