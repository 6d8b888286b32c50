// Drives the web workbench the way a person does: through the Explorer and the status bar.
import type { Locator, Page } from 'playwright-core';

/** The workbench gives a status bar entry the DOM id `<extension id>.<item id>`. */
export const STATUS_ITEM_ID = 'corroborate.corroborate.corroborate.status';

export async function waitForExplorer(page: Page): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

function explorerRow(page: Page, name: string): Locator {
  return page.locator('.explorer-folders-view .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  }).first();
}

/** Opens a workspace-relative file by expanding its folders in the Explorer and clicking it. */
export async function openFromExplorer(page: Page, relativePath: string): Promise<void> {
  const parts = relativePath.split('/');
  for (const folder of parts.slice(0, -1)) {
    const row = explorerRow(page, folder);
    await row.waitFor({ timeout: 30_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  await explorerRow(page, parts[parts.length - 1]).click({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/**
 * The text of Corroborate's status bar item once it shows a figure (its contents grow with the product:
 * word counts first, then actor, figure and claim counts), or undefined after the timeout.
 */
export async function statusItemText(page: Page, timeoutMs = 30_000): Promise<string | undefined> {
  const item = page.locator(`[id="${STATUS_ITEM_ID}"]`, { hasText: /\d/ });
  try {
    await item.waitFor({ timeout: timeoutMs });
    return (await item.innerText()).replace(/\s+/g, ' ').trim();
  } catch {
    return undefined;
  }
}
