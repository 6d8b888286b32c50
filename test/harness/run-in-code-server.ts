// Runs an extension's test suite inside code-server's real (Node) extension host, driven by headless Chromium.
// CLI: node out/test/harness/run-in-code-server.js --extensionTestsPath FILE [--extensionDevelopmentPath DIR]
//        [--workspace DIR] [--env '{"K":"V"}'] [--timeout SEC] [--screenshot FILE.png] [--verbose]
import * as path from 'node:path';
import { parseArgs, format } from 'node:util';
import { openPage } from './browser';
import { createProfile, removeProfile, startCodeServer } from './code-server';
import { codeServerInstall } from './paths';

export interface SuiteRun {
  readonly extensionTestsPath: string;
  readonly extensionDevelopmentPath?: string;
  readonly workspace?: string;
  /** Reaches the extension host's process.env. */
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
  readonly screenshot?: string;
  readonly verbose?: boolean;
  /** 'web' runs the development extension in the browser's web worker extension host, from its `browser` bundle. */
  readonly extensionDevelopmentKind?: 'web';
  /** Workspace trust enabled, the workspace not trusted: Restricted Mode. */
  readonly restricted?: boolean;
  /** A workspace given as a URI (e.g. a .code-workspace file), instead of `workspace`. */
  readonly workspaceFile?: string;
  /** Every line the extension host logs, noise included, for a caller that reads results from them. */
  readonly onLine?: (line: string) => void;
}

/** Workbench chatter that says nothing about the suite (offline marketplace look-ups…); shown with --verbose. */
const noise = new RegExp(['^(\\[|Resolv|Creat|Updating|Started|Loading|Ignoring|Failed to fetch)', 'ENOTFOUND',
  'authentication provider', 'No search provider registered'].join('|'));

export async function runInCodeServer(run: SuiteRun): Promise<number> {
  const started = Date.now();
  const stamp = (): string => `[harness ${((Date.now() - started) / 1000).toFixed(1)}s]`;
  const install = codeServerInstall();
  // Restricted Mode as a user meets it: trust on, no start-up prompt, so the folder simply opens untrusted.
  const profile = createProfile(run.restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {});
  // Without the smoke-test driver the web client silently ignores the development and test paths.
  const server = await startCodeServer(install, profile, { args: ['--vscode-option', 'enable-smoke-test-driver'], verbose: run.verbose, trust: run.restricted });
  console.log(`${stamp()} code-server ${install.codeServerVersion} up at ${server.base}`);
  const browser = await openPage(run.verbose);
  try {
    let finish: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (finish = resolve));
    await browser.page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      run.onLine?.(line);
      if (run.verbose || !noise.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    await browser.page.exposeFunction('codeAutomationExit', async (code: number) => {
      console.log(`${stamp()} extension host finished the suite, exit code ${code}`);
      if (run.screenshot) await browser.page.screenshot({ path: run.screenshot, timeout: 5000 }).catch(() => undefined);
      finish(code);
    });
    const remote = (p: string): string => `vscode-remote://${new URL(server.base).host}${path.resolve(p)}`;
    const payload: [string, string][] = [['extensionTestsPath', remote(run.extensionTestsPath)],
      ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    if (run.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(run.extensionDevelopmentPath)]);
    if (run.extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', run.extensionDevelopmentKind]);
    if (run.env && Object.keys(run.env).length > 0) payload.push(['extensionEnvironment', JSON.stringify(run.env)]);
    const folder = run.workspaceFile ? `workspace=${encodeURIComponent(path.resolve(run.workspaceFile))}&`
      : run.workspace ? `folder=${encodeURIComponent(path.resolve(run.workspace))}&` : '';
    // The machine may be shared: the workbench's first load has taken over playwright's default 30 s here.
    await browser.page.goto(`${server.base}?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 120_000 });
    console.log(`${stamp()} workbench loading`);
    const timeoutMs = run.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`${stamp()} TIMEOUT: the suite did not finish within ${timeoutMs / 1000} s`);
        resolve(124);
      }, timeoutMs);
    });
    const code = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
    server.stop();
    removeProfile(profile);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    extensionDevelopmentPath: { type: 'string' }, extensionTestsPath: { type: 'string' }, workspace: { type: 'string' },
    env: { type: 'string' }, timeout: { type: 'string' }, screenshot: { type: 'string' }, verbose: { type: 'boolean' },
  } });
  if (!values.extensionTestsPath) throw new Error('--extensionTestsPath is required');
  const code = await runInCodeServer({
    extensionTestsPath: values.extensionTestsPath, extensionDevelopmentPath: values.extensionDevelopmentPath,
    workspace: values.workspace, env: values.env ? JSON.parse(values.env) as Record<string, string> : undefined,
    timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined, screenshot: values.screenshot,
    verbose: values.verbose,
  });
  process.exit(code);
}

if (require.main === module) {
  main().catch((error: unknown) => { console.error(error); process.exit(1); });
}
