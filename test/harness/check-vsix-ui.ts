// Installs the packaged .vsix into a fresh code-server as a user would, opens a sample article from the
// Explorer in Chromium and checks Corroborate's status bar item. Ends with `ui: N passed, M failed`.
// Usage: node out/test/harness/check-vsix-ui.js [--vsix FILE] [--url URL] [--file samples-relative] [--screenshot PNG]
//   --url checks an already running VS Code instead (e.g. the one `npm start` printed).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { openPage } from './browser';
import { createProfile, installVsix, removeProfile, startCodeServer, type RunningServer } from './code-server';
import { codeServerInstall, repoRoot, sampleWorkspace } from './paths';
import { openFromExplorer, statusItemText, waitForExplorer } from './workbench';

const results: boolean[] = [];
function check(name: string, problem?: string): boolean {
  results.push(!problem);
  console.log(`${problem ? '  ✖' : '  ✔'} ${name}${problem ? `\n      ${problem}` : ''}`);
  return !problem;
}
const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** The first .txt article of the sample workspace, as an Explorer path. */
function firstArticle(): string {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
  const found = walk(sampleWorkspace)[0];
  if (!found) throw new Error(`no .txt article under ${sampleWorkspace}`);
  return path.relative(sampleWorkspace, found).split(path.sep).join('/');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { vsix: { type: 'string' }, url: { type: 'string' },
    file: { type: 'string' }, screenshot: { type: 'string' } } });
  const article = values.file ?? firstArticle();
  const screenshot = values.screenshot ?? path.join(os.tmpdir(), 'corroborate-ui.png');
  let url = values.url;
  let server: RunningServer | undefined;
  const profile = values.url ? undefined : createProfile();
  try {
    if (profile) {
      const vsix = path.resolve(values.vsix ?? path.join(repoRoot, 'corroborate.vsix'));
      const install = codeServerInstall();
      try { installVsix(install, profile, vsix); check(`${path.basename(vsix)} installs into code-server`); }
      catch (error) { check(`${path.basename(vsix)} installs into code-server`, message(error)); return; }
      const installed = fs.existsSync(profile.extensions) ? fs.readdirSync(profile.extensions) : [];
      check('the extension lands in the extensions folder',
        installed.some((d) => d.startsWith('corroborate.corroborate-')) ? undefined : `found: ${installed.join(', ') || 'nothing'}`);
      server = await startCodeServer(install, profile);
      url = `${server.base}?folder=${encodeURIComponent(sampleWorkspace)}`;
    }
    const browser = await openPage();
    try {
      await browser.page.goto(url!);
      await waitForExplorer(browser.page);
      await openFromExplorer(browser.page, article);
      check(`${article} opens from the Explorer`);
      const text = await statusItemText(browser.page);
      check(`Corroborate's status bar item shows the article's counts: "${text ?? ''}"`, text ? undefined : 'not shown');
    } catch (error) {
      check('the workbench opens the article', message(error));
    } finally {
      await browser.page.screenshot({ path: screenshot }).then(() => console.log(`  screenshot: ${screenshot}`), () => undefined);
      await browser.close();
    }
  } finally {
    server?.stop();
    if (profile) removeProfile(profile);
  }
}

main().catch((error: unknown) => check('the UI check runs', message(error))).finally(() => {
  const failed = results.filter((ok) => !ok).length;
  console.log(`ui: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && results.length > 0 ? 0 : 1);
});
