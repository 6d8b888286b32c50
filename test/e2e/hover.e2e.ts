// End to end, as a person uses it: the packaged corroborate.vsix installed into a fresh code-server, the sample
// workspace opened in headless Chromium, an article opened from the Explorer, a figure hovered with the mouse, the
// hover's link clicked; then the Corroborate views and the Problems panel. The same run saves the README's
// screenshots to media/screenshots/ (hover.png, views.png, problems.png) and checks they were written, so they stay
// true to what the extension shows. Ends with `e2e: N passed, M failed`; exits non-zero on any failure.
// It opens a scratch copy of samples/, so the repository's articles are never touched.
// Usage (after `npx tsc -p .`): node out/test/e2e/hover.e2e.js [--vsix FILE] [--screenshots DIR] [--no-screenshots]
//   --vsix FILE        install this package as it is (default: corroborate.vsix, rebuilt when missing or older than dist/)
//   --screenshots DIR  where the PNGs go (default media/screenshots); --no-screenshots skips them
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { openPage, type BrowserPage } from '../harness/browser';
import { createProfile, installVsix, removeProfile, startCodeServer, type Profile, type RunningServer } from '../harness/code-server';
import { codeServerInstall, repoRoot, scratchSampleWorkspace } from '../harness/paths';
import { openFromExplorer, STATUS_ITEM_ID, statusItemText, waitForExplorer } from '../harness/workbench';
import { differingPixels, pngSize } from './png';

/** The whole run, packaging included, must end within this; a hang is a failure, not a stuck CI job. */
const DEADLINE_MS = 90_000;
const WIRE = 'articles/continental-press-wire.txt';
const HERALD = 'meridian-herald-analysis.txt';
const COURIER = 'articles/dnistrov-courier-local.txt';
/** samples/traps.json: one person, spelled Arkady Solovyov, Arkadiy Solovyev and Arkady Soloviev by different outlets. */
const ACTOR = 'Arkady Solovyov';
/** samples/traps.json: "a total of 240 detainees" (wire) agrees after arithmetic with "120 detainees each" (herald). */
const HOVERED = '240 detainees';
const TARGET = '120 detainees each';
/** Readable, repeatable screenshots: wrapped lines, a steady cursor, no minimap. Merged into the harness's throw-away user settings. */
const SCREENSHOT_SETTINGS = {
  'editor.wordWrap': 'on', 'editor.cursorBlinking': 'solid', 'editor.minimap.enabled': false, 'editor.hideCursorInOverviewRuler': true,
};
const VIEWPORT = { width: 1280, height: 800 };
const MAX_PNG_BYTES = 280 * 1024;
const MIN_PNG_BYTES = 15 * 1024;
/** Fewer differing pixels than a single changed character makes: rendering noise, not a change. */
const NOISE_PIXELS = 24;

const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const results: boolean[] = [];
/** Passes when `problem` is undefined; any string, even an empty one, is a failure. */
function check(name: string, problem?: string): boolean {
  const ok = problem === undefined;
  results.push(ok);
  console.log(`${ok ? '  ✔' : '  ✖'} ${name}${ok ? '' : `\n      ${problem || '(nothing to show)'}`}  [${elapsed()}]`);
  return ok;
}
const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0] : String(error));
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** corroborate.vsix as `npm run package` makes it, rebuilt only when missing or older than the bundle. */
function ensureVsix(explicit: string | undefined): string {
  if (explicit) return path.resolve(explicit);
  const vsix = path.join(repoRoot, 'corroborate.vsix');
  const mtime = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
  const bundle = Math.max(mtime(path.join(repoRoot, 'dist', 'extension.js')), mtime(path.join(repoRoot, 'package.json')));
  if (mtime(vsix) === 0 || mtime(vsix) < bundle) {
    console.log(`  (packaging: ${mtime(vsix) === 0 ? 'no corroborate.vsix yet' : 'corroborate.vsix is older than the bundle or manifest'})`);
    const build = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    if (build.status !== 0) throw new Error(`npm run package failed (${build.status}):\n${build.stdout}${build.stderr}`);
  }
  return vsix;
}

function addUserSettings(profile: Profile, extra: Record<string, unknown>): void {
  const file = path.join(profile.userData, 'User', 'settings.json');
  const current = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, JSON.stringify({ ...current, ...extra }, null, 2));
}

/**
 * Page side: where `needle` is in the visible editor's rendered text (spaces are rendered as no-break spaces;
 * word wrap may split it over view lines): a point a few pixels into its first character, and whether a
 * Corroborate decoration (drawn as an overlay behind the text) covers that point. Null while it is not on screen.
 */
const FIND_IN_EDITOR = `(needle) => {
  const lines = [...document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line')]
    .filter((line) => line.offsetParent !== null)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  const nodes = [];
  let text = '';
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, at: text.length });
      text += node.textContent;
    }
  }
  const at = text.replace(/\\u00a0/g, ' ').indexOf(needle);
  if (at < 0) return null;
  const hit = nodes.filter((n) => n.at <= at).pop();
  const range = document.createRange();
  range.setStart(hit.node, at - hit.at);
  range.setEnd(hit.node, at - hit.at + 1);
  const rect = range.getBoundingClientRect();
  const x = rect.left + 3;
  const y = rect.top + rect.height / 2;
  const decorated = [...document.querySelectorAll('.part.editor .view-overlays [class*="ced-"]')].some((d) => {
    const r = d.getBoundingClientRect();
    return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
  });
  return { x, y, decorated };
}`;

interface TextPoint { x: number; y: number; decorated: boolean }

async function findInEditor(page: Page, needle: string, timeoutMs = 15_000, until?: (point: TextPoint) => boolean): Promise<TextPoint> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const point = (await page.evaluate(`(${FIND_IN_EDITOR})(${JSON.stringify(needle)})`)) as TextPoint | null;
    if (point && (!until || until(point) || Date.now() > deadline)) return point;
    if (!point && Date.now() > deadline) throw new Error(`"${needle}" is not visible in the editor`);
    await sleep(250);
  }
}

/** Waits until Corroborate's status bar item shows counts and no longer spins (the workspace is indexed). */
async function waitForIndexed(page: Page, timeoutMs = 30_000): Promise<string | undefined> {
  const text = await statusItemText(page, timeoutMs);
  if (!text) return undefined;
  await page.locator(`[id="${STATUS_ITEM_ID}"] .codicon-sync`).waitFor({ state: 'detached', timeout: timeoutMs }).catch(() => undefined);
  return statusItemText(page, 5_000);
}

/** Moves the mouse onto the text as a person would, retrying: the first hovers can race activation and indexing. */
async function hoverOver(page: Page, needle: string, expect: RegExp): Promise<{ hover: Locator; text: string }> {
  const hover = page.locator('.monaco-hover').filter({ visible: true }).first();
  let text = '';
  for (let attempt = 1; attempt <= 6; attempt++) {
    const point = await findInEditor(page, needle);
    await page.mouse.move(5, 400);
    await sleep(200);
    await page.mouse.move(point.x - 12, point.y);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    try {
      await hover.waitFor({ timeout: 4_000 });
      await sleep(300); // one more frame for the Markdown to lay out
      text = await hover.innerText();
      if (expect.test(text)) return { hover, text };
    } catch { /* no hover yet: move away and try again */ }
  }
  throw new Error(`no hover matching ${expect} over "${needle}" after 6 tries; last hover text: ${JSON.stringify(oneLine(text))}`);
}

/**
 * The hover opens at most about a third of the editor high, so the cross-source list below the problem's
 * own hover would need scrolling; drag its bottom edge down, as a reader would, until all of it shows.
 */
async function growHoverToFit(page: Page, hover: Locator): Promise<boolean> {
  const sizes = (): Promise<{ visible: number; full: number }> => hover.evaluate((element) => {
    const scrolled = element.querySelector('.monaco-scrollable-element > :first-child') ?? element;
    return { visible: element.clientHeight, full: scrolled.scrollHeight };
  });
  const { visible, full } = await sizes();
  if (full <= visible + 2) return true;
  const sash = page.locator('.monaco-resizable-hover .monaco-sash.orthogonal-edge-south').filter({ visible: true }).first();
  const box = await sash.boundingBox();
  if (!box) return false;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + (full - visible) + 12, { steps: 6 });
  await page.mouse.up();
  await sleep(300);
  const after = await sizes();
  return after.full <= after.visible + 2;
}

/** Line and column (1-based, as the status bar shows them) of a UTF-16 offset in a file. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The status bar's selection text a person would see once `text` (first found after `context`) is selected. */
function selectionStatus(file: string, text: string, context = ''): string {
  const content = fs.readFileSync(file, 'utf8');
  const at = content.indexOf(text, Math.max(0, content.indexOf(context)));
  if (at < 0) throw new Error(`"${text}" not found in ${file}`);
  const end = lineCol(content, at + text.length);
  return `Ln ${end.line}, Col ${end.col} (${text.length} selected)`;
}

/** Polls a text until it equals `wanted` or time runs out; returns the last text seen. */
async function poll(read: () => Promise<string>, wanted: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen = await read();
  while (seen !== wanted && Date.now() < deadline) {
    await sleep(200);
    seen = await read();
  }
  return seen;
}

const activeTab = (page: Page): Promise<string> => page.locator('.part.editor .tabs-container .tab.active').first()
  .getAttribute('data-resource-name', { timeout: 2_000 }).then((name) => name ?? '', () => '');
const selectionText = (page: Page): Promise<string> => page.locator('[id="status.editor.selection"]')
  .innerText({ timeout: 2_000 }).then(oneLine, () => '');

async function checkOpened(page: Page, file: string, text: string, context?: string): Promise<void> {
  const tab = await poll(() => activeTab(page), path.basename(file));
  check(`the editor switches to ${path.basename(file)}`, tab === path.basename(file) ? undefined : `active tab: "${tab}"`);
  const wanted = selectionStatus(file, text, context);
  const seen = await poll(() => selectionText(page), wanted);
  check(`"${text}" is selected there (status bar "${wanted}")`, seen === wanted ? undefined : `status bar shows "${seen}"`);
}

/** Runs a command through the palette, the way a person who does not know the shortcut would. */
async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 5_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5_000 });
  await page.keyboard.press('Enter');
}

/** Drags a sash (a splitter between parts) by dx, dy. */
async function dragSash(page: Page, sash: { x: number; y: number; width: number; height: number }, dx: number, dy: number): Promise<void> {
  const x = sash.x + sash.width / 2;
  const y = sash.y + sash.height / 2;
  await page.mouse.move(x, y, { steps: 2 });
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
  await sleep(200);
}

/** The visible horizontal sash along the top edge of `part`, e.g. the one between two views or above the panel. */
async function sashAbove(page: Page, part: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const top = (await part.boundingBox())?.y ?? -100;
  const sashes = page.locator('.monaco-sash.horizontal:not(.disabled)').filter({ visible: true });
  for (const sash of await sashes.all()) {
    const box = await sash.boundingBox();
    if (box && Math.abs(box.y + box.height / 2 - top) < 6) return box;
  }
  throw new Error('no sash above the part to resize it');
}

const CONTAINER = '[id="workbench.view.extension.corroborate"]';
function viewPane(page: Page, view: string): Locator {
  return page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header', { hasText: view }) });
}
function treeRow(page: Page, view: string, label: string | RegExp): Locator {
  return viewPane(page, view).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
}
async function expand(row: Locator): Promise<void> {
  await row.waitFor({ timeout: 10_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  for (let i = 0; i < 25 && (await row.getAttribute('aria-expanded')) !== 'true'; i++) await sleep(100);
  if ((await row.getAttribute('aria-expanded')) !== 'true') throw new Error(`tree row "${oneLine(await row.innerText())}" did not expand`);
}
const rowTexts = async (rows: Locator): Promise<string[]> => (await rows.allInnerTexts()).map(oneLine);

/** Somewhere the pointer highlights nothing: the empty middle of the title bar. */
const restPointer = (page: Page): Promise<void> => page.mouse.move(1100, 18);

/**
 * Saves a screenshot and checks it. When it differs from the file already there in no more than a few pixels
 * (a scrollbar fading, a focus ring), the file is left as it was, so re-runs only change it when the UI did.
 */
async function shoot(page: Page, dir: string | undefined, name: string): Promise<void> {
  if (!dir) return;
  const file = path.join(dir, name);
  const fresh = await page.screenshot({ animations: 'disabled', caret: 'initial' });
  const before = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  const differing = before ? differingPixels(before, fresh) : Infinity;
  const keep = differing <= NOISE_PIXELS;
  if (!keep) fs.writeFileSync(file, fresh);
  const png = fs.readFileSync(file);
  const size = pngSize(png);
  const problem = !size ? 'not a PNG'
    : size.width !== VIEWPORT.width || size.height !== VIEWPORT.height ? `${size.width}×${size.height}, expected ${VIEWPORT.width}×${VIEWPORT.height}`
      : png.length < MIN_PNG_BYTES ? `only ${png.length} bytes: a blank or half-drawn window?`
        : png.length > MAX_PNG_BYTES ? `${(png.length / 1024).toFixed(0)} KB, over the ${MAX_PNG_BYTES / 1024} KB budget` : undefined;
  const state = keep ? (differing === 0 ? 'unchanged' : `kept: ${differing} pixels of noise`) : before ? 'updated' : 'new';
  check(`screenshot ${path.relative(repoRoot, file)} (${size ? `${size.width}×${size.height}, ` : ''}${(png.length / 1024).toFixed(0)} KB, ${state})`, problem);
}

interface Run { readonly page: Page; readonly shots: string | undefined; readonly workspace: string }

async function hoverAndFollowLink({ page, shots, workspace }: Run): Promise<void> {
  await openFromExplorer(page, WIRE);
  check(`${WIRE} opens from the Explorer`);
  await page.keyboard.press('Control+1'); // focus moves to the editor, as it does once a person starts reading
  const status = await waitForIndexed(page);
  check(`the status bar shows the article's counts once indexed: "${status ?? ''}"`, status ? undefined : 'no Corroborate status item');
  const point = await findInEditor(page, HOVERED, 10_000, (p) => p.decorated);
  check(`"${HOVERED}" is highlighted as a figure`, point.decorated ? undefined : 'no Corroborate decoration under it');

  const { hover, text } = await hoverOver(page, HOVERED, /agrees after arithmetic/);
  const shown = oneLine(text);
  console.log(`      hover: ${shown.slice(0, 500)}`);
  check('the hover shows the normalised value "240 detainees in total"', /240 detainees in total/.test(shown) ? undefined : shown);
  check('the hover counts the other sources', /\d+ other sources?\b/.test(shown) ? undefined : shown);
  check('the hover marks the per-side figure "agrees after arithmetic"', /agrees after arithmetic/.test(shown) ? undefined : shown);
  check(`the hover names ${HERALD} and quotes its sentence with "${TARGET}"`, shown.includes(HERALD) && shown.includes(TARGET) ? undefined : shown);
  const links = await hover.locator('a').evaluateAll((anchors) => anchors.map((a) => ({
    text: (a.textContent ?? '').trim(), href: a.getAttribute('data-href') ?? a.getAttribute('href') ?? '' })));
  // The hover's own link reads "file:line"; the problem part above it has its own related-location links.
  const linkText = new RegExp(`^${HERALD.replace(/\./g, '\\.')}:\\d+$`);
  const heraldLink = links.find((l) => linkText.test(l.text));
  check(`its link "${heraldLink?.text ?? `${HERALD}:…`}" is a command:corroborate.openMention link`,
    heraldLink?.href.startsWith('command:corroborate.openMention?') ? undefined : `links: ${JSON.stringify(links)}`);
  const foreign = links.filter((l) => l.href && !l.href.startsWith('command:corroborate.openMention?'));
  check('no link in the hover goes anywhere but corroborate.openMention', foreign.length ? JSON.stringify(foreign) : undefined);
  const fits = await growHoverToFit(page, hover);
  check('the whole hover fits on screen once its edge is dragged down', fits ? undefined : 'still scrolls');
  await shoot(page, shots, 'hover.png');

  await hover.locator('a').filter({ hasText: linkText }).first().click({ timeout: 5_000 });
  await checkOpened(page, path.join(workspace, 'articles', HERALD), TARGET);
  const drawn = await page.locator('.part.editor .monaco-editor .selected-text').filter({ visible: true }).count();
  check('the selection is drawn in the editor', drawn > 0 ? undefined : 'no .selected-text in the editor');
}

async function showViews({ page, shots, workspace }: Run): Promise<void> {
  await restPointer(page);
  await page.locator('.part.activitybar a.action-label[aria-label^="Corroborate"]').first().click({ timeout: 10_000 });
  await page.locator(CONTAINER).waitFor({ timeout: 10_000 });
  check('the Corroborate activity-bar icon opens its container');
  const headers = (await page.locator(`${CONTAINER} .pane-header .title`).allInnerTexts()).map(oneLine).join(' | ');
  check(`it holds the Actors, Figures and Discrepancies, and Claims views ("${headers}")`,
    /Actors/i.test(headers) && /Figures and Discrepancies/i.test(headers) && /Claims/i.test(headers) ? undefined : headers);

  // Room to read: a wider side bar, Claims folded away, the Actors view taller.
  const sidebarSash = await page.locator('.monaco-sash.vertical.primary-sidebar-sash').filter({ visible: true }).first().boundingBox();
  if (sidebarSash) await dragSash(page, sidebarSash, 400, 0);
  await viewPane(page, 'Claims').locator('.pane-header').click();
  await dragSash(page, await sashAbove(page, viewPane(page, 'Figures and Discrepancies')), 0, 130);

  // One person spelled three ways: the cluster, its sources, and how each source writes the name.
  await expand(treeRow(page, 'Actors', ACTOR));
  await treeRow(page, 'Actors', 'dnistrov-courier-local.txt').waitFor({ timeout: 5_000 });
  const sources = await rowTexts(viewPane(page, 'Actors').locator('.monaco-list-row[aria-level="2"]'));
  check(`the Actors tree expands ${ACTOR} into its sources (${sources.length})`, sources.length >= 3 ? undefined : `sources: ${sources.join(' | ')}`);
  await expand(treeRow(page, 'Actors', 'dnistrov-courier-local.txt'));
  await expand(treeRow(page, 'Actors', 'borderlands-institute-commentary.txt'));
  for (const spelling of ['Arkadiy Solovyev', 'Arkady Soloviev']) await treeRow(page, 'Actors', spelling).waitFor({ timeout: 5_000 }).catch(() => undefined);
  const mentions = await rowTexts(viewPane(page, 'Actors').locator('.monaco-list-row[aria-level="3"]'));
  check(`each source lists its mentions as written there (${mentions.join(' | ')})`,
    mentions.some((m) => m.startsWith('Arkadiy Solovyev')) && mentions.some((m) => m.startsWith('Arkady Soloviev')) ? undefined : 'missing a spelling');

  await expand(treeRow(page, 'Figures and Discrepancies', /^Discrepancies \(\d+\)$/));
  await expand(treeRow(page, 'Figures and Discrepancies', 'people displaced'));
  await treeRow(page, 'Figures and Discrepancies', /nearly 40,000 people/).waitFor({ timeout: 5_000 }).catch(() => undefined);
  const figures = (await rowTexts(viewPane(page, 'Figures and Discrepancies').locator('.monaco-list-row'))).join(' | ');
  check('Figures and Discrepancies lists the displaced-people conflict with both figures',
    /people displaced\s*conflict/.test(figures) && /nearly 40,000 people/.test(figures) && /about 12,000/.test(figures) ? undefined : figures);

  await treeRow(page, 'Actors', 'Arkadiy Solovyev').click();
  await checkOpened(page, path.join(workspace, COURIER), 'Arkadiy Solovyev');
  await restPointer(page);
  await sleep(1_000); // let the scrollbars the reveal showed fade out
  await shoot(page, shots, 'views.png');
}

async function showProblems({ page, shots, workspace }: Run): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  await openFromExplorer(page, COURIER);
  check(`${COURIER} opens from the Explorer`);
  // The list of problems is wide: give it the whole window.
  await page.keyboard.press('Control+B');
  const panel = page.locator('.part.panel .markers-panel');
  await page.keyboard.press('Control+Shift+M');
  if (!(await panel.waitFor({ timeout: 3_000 }).then(() => true, () => false))) await runFromPalette(page, 'View: Toggle Problems');
  await panel.waitFor({ timeout: 10_000 });
  check('Ctrl+Shift+M opens the Problems panel');
  await dragSash(page, await sashAbove(page, page.locator('.part.panel')), 0, -180);

  const rows = panel.locator('.monaco-list-row');
  const instituteSide = 'Sources disagree on people displaced: this says about 12,000 people, against nearly 40,000 people';
  await rows.filter({ hasText: instituteSide }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const top = await rowTexts(rows);
  // The list is virtual: rows below the fold are not in the page. The courier's file is
  // listed last, so go to the end of the list the way a person would, with the End key.
  await panel.locator('.monaco-list').first().focus().catch(() => undefined);
  await page.keyboard.press('End');
  await sleep(300);
  const courierSide = rows.filter({ hasText: 'Sources disagree on people displaced: this says nearly 40,000 people, against about 12,000 people' }).first();
  await courierSide.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const listed = await rowTexts(rows);
  console.log(`      problems: ${listed.join(' | ').slice(0, 600)}`);
  check('Problems lists the displaced-people conflict on the courier\'s side (nearly 40,000 against about 12,000)',
    await courierSide.isVisible() ? undefined : listed.join(' | ') || 'no rows');
  check('and on the institute\'s side (about 12,000 against nearly 40,000)',
    [...top, ...listed].some((r) => r.includes(instituteSide)) ? undefined : 'not listed');
  await courierSide.click({ timeout: 5_000 });
  await checkOpened(page, path.join(workspace, COURIER), 'nearly 40,000 people');
  await restPointer(page);
  await sleep(1_000);
  await shoot(page, shots, 'problems.png');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { vsix: { type: 'string' }, screenshots: { type: 'string' }, 'no-screenshots': { type: 'boolean' } } });
  const shots = values['no-screenshots'] ? undefined : path.resolve(values.screenshots ?? path.join(repoRoot, 'media', 'screenshots'));
  if (shots) fs.mkdirSync(shots, { recursive: true });
  const vsix = ensureVsix(values.vsix);
  const install = codeServerInstall();
  const profile = createProfile();
  addUserSettings(profile, SCREENSHOT_SETTINGS);
  // A copy still named `samples`: the run must leave the repository's samples exactly as they were.
  const workspace = scratchSampleWorkspace();
  cleanups.push(() => removeProfile(profile), () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true }));
  let server: RunningServer | undefined;
  let browser: BrowserPage | undefined;
  try {
    installVsix(install, profile, vsix);
    check(`${path.relative(repoRoot, vsix)} installs into a fresh code-server ${install.codeServerVersion}`);
    server = await startCodeServer(install, profile);
    browser = await openPage();
    const { page } = browser;
    await page.goto(`${server.base}?folder=${encodeURIComponent(workspace)}`);
    await waitForExplorer(page);
    check('the sample workspace opens in the browser');
    for (const [name, step] of [['hover', hoverAndFollowLink], ['views', showViews], ['problems', showProblems]] as const) {
      try {
        await step({ page, shots, workspace });
      } catch (error) {
        check(`the ${name} steps run to the end`, message(error));
        const failure = path.join(repoRoot, 'out', 'test-results', `e2e-${name}-failure.png`);
        fs.mkdirSync(path.dirname(failure), { recursive: true });
        await page.screenshot({ path: failure }).then(() => console.log(`      screenshot of the failure: ${failure}`), () => undefined);
      }
    }
  } finally {
    await browser?.close();
    server?.stop();
    cleanUp();
  }
}

/** Temporary folders to remove, also when the watchdog ends the run early (code-server is stopped on exit). */
const cleanups: (() => void)[] = [];
function cleanUp(): void {
  for (const cleanup of cleanups.splice(0)) {
    try { cleanup(); } catch { /* best effort */ }
  }
}

const watchdog = setTimeout(() => {
  check(`the run ends within ${DEADLINE_MS / 1000} s`, 'timed out');
  finish();
}, DEADLINE_MS);

function finish(): never {
  clearTimeout(watchdog);
  cleanUp();
  const failed = results.filter((ok) => !ok).length;
  console.log(`  (${elapsed()} in all)`);
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && results.length > 0 ? 0 : 1);
}

main().catch((error: unknown) => check('the end-to-end run', message(error))).finally(finish);
