import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeServerInstall } from './paths';

/** A throw-away user: settings, extensions and XDG folders in one temp dir, so runs never touch $HOME. */
export interface Profile {
  readonly dir: string;
  readonly userData: string;
  readonly extensions: string;
  readonly env: NodeJS.ProcessEnv;
}

const quietSettings = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'chat.disableAIFeatures': true,
  'git.enabled': false, 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** `settings` go over the quiet defaults, e.g. workspace trust switched back on. */
export function createProfile(settings: Record<string, unknown> = {}): Profile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cs-'));
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data') };
  return { dir, userData, extensions: path.join(dir, 'extensions'), env };
}

export function removeProfile(profile: Profile): void {
  fs.rmSync(profile.dir, { recursive: true, force: true });
}

function serverArgs(profile: Profile, trust = false): string[] {
  return ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions,
    '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened'];
}

/** Installs a .vsix the way a user would, through code-server's own CLI. */
export function installVsix(install: CodeServerInstall, profile: Profile, vsix: string): string {
  const result = spawnSync(install.node, [install.entry, ...serverArgs(profile), '--install-extension', vsix],
    { env: profile.env, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${vsix} (exit ${result.status}):\n${output}`);
  }
  return output;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234/ */
  readonly base: string;
  stop(): void;
}

export interface ServerOptions {
  /** Extra flags, e.g. the smoke-test driver switch that lets the web client run extension tests. */
  readonly args?: readonly string[];
  readonly verbose?: boolean;
  /** Workspace trust as a user has it (Restricted Mode for folders not trusted yet); off in every other run. */
  readonly trust?: boolean;
}

export function startCodeServer(install: CodeServerInstall, profile: Profile, options: ServerOptions = {}): Promise<RunningServer> {
  const args = [install.entry, '--auth', 'none', '--bind-addr', '127.0.0.1:0', ...serverArgs(profile, options.trust), ...(options.args ?? [])];
  // Its own process group, so stop() also reaps the extension host, file watcher and other helpers.
  const child = spawn(install.node, args, { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = (): void => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => { stop(); reject(new Error(`code-server did not start within 60 s:\n${output}`)); }, 60_000);
    const onData = (data: Buffer): void => {
      output += data.toString();
      if (options.verbose) process.stderr.write(`[code-server] ${data}`);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) { clearTimeout(timer); resolve({ base: match[1], stop }); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`code-server exited early (${code}):\n${output}`)); });
  });
}
