import { chromium, type Browser, type Page } from 'playwright-core';
import { requireChromium } from './paths';

/** Flags that keep Debian's Chromium quiet and working on a closed network and in a container. */
const quietFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface BrowserPage {
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

export async function openPage(verbose = false): Promise<BrowserPage> {
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: quietFlags });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('crash', () => console.error('[page crashed]'));
  if (verbose) page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  return { browser, page, close: () => browser.close().catch(() => undefined) };
}
