// Activation measured in a real VS Code: code-server (as set up by scripts/setup-code-server.mjs)
// runs the built extension from this repository as a development extension, headless Chromium
// opens an article in a scratch workspace, and the extension's own log line "Corroborate
// activated in N ms" (written to its output channel, which code-server keeps under the
// profile's logs folder) gives the figure. Each round reloads the window: a new extension host
// activates the extension again. Uses the compiled test harness (out/test/harness).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ACTIVATED = /Corroborate activated in (\d+) ms/;
const ARTICLE = 'article.txt';

/** Why activation cannot be measured here, or undefined when it can. */
export function activationUnavailable(repo) {
  if (!existsSync(join(repo, '.vscode-test', 'code-server.json'))) return 'code-server is not installed (node scripts/setup-code-server.mjs)';
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return `Chromium not found at ${chromium}`;
  if (!existsSync(join(repo, 'dist', 'extension.js'))) return 'dist/extension.js is not built';
  if (!existsSync(join(repo, 'out', 'test', 'harness', 'code-server.js'))) return 'the test harness is not compiled (npx tsc -p .)';
  return undefined;
}

/** Every activation time logged under `dir`, in no particular order. */
function loggedTimes(dir) {
  const times = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.log')) {
        for (const line of readFileSync(full, 'utf8').split('\n')) {
          const m = ACTIVATED.exec(line);
          if (m) times.push(Number(m[1]));
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return times;
}

async function nextActivation(logs, before, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const times = loggedTimes(logs);
    if (times.length > before) return times;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no "Corroborate activated" line within ${timeoutMs / 1000} s`);
}

/** Activation times (ms) of `rounds` fresh extension hosts, each opening one article. */
export async function measureActivation(repo, rounds) {
  const harness = (name) => require(join(repo, 'out', 'test', 'harness', name));
  const { createProfile, removeProfile, startCodeServer } = harness('code-server.js');
  const { codeServerInstall } = harness('paths.js');
  const { openPage } = harness('browser.js');
  const { openFromExplorer, waitForExplorer } = harness('workbench.js');
  const workspace = mkdtempSync(join(tmpdir(), 'corroborate-bench-ws-'));
  const samples = join(repo, 'samples', 'articles');
  const sample = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0];
  writeFileSync(join(workspace, ARTICLE), readFileSync(join(samples, sample)));
  const profile = createProfile();
  // Without the smoke-test driver the web client ignores a development extension path.
  const server = await startCodeServer(codeServerInstall(), profile, { args: ['--vscode-option', 'enable-smoke-test-driver'] });
  const browser = await openPage();
  try {
    const remote = `vscode-remote://${new URL(server.base).host}${repo}`;
    const payload = [['extensionDevelopmentPath', remote], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    const url = `${server.base}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const logs = join(profile.userData, 'logs');
    let times = [];
    for (let r = 0; r < rounds; r++) {
      if (r === 0) await browser.page.goto(url);
      else await browser.page.reload();
      await waitForExplorer(browser.page);
      await openFromExplorer(browser.page, ARTICLE);
      times = await nextActivation(logs, times.length, 60_000);
    }
    return times;
  } finally {
    await browser.close();
    server.stop();
    removeProfile(profile);
  }
}
