import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PathFilter } from '../core/glob';

/**
 * The files under `root` that `filter` selects, in a stable (name) order, without going
 * into folders it excludes. A folder that cannot be listed is reported and skipped.
 */
export async function walkFolder(root: string, filter: PathFilter, unlistable: (folder: string, message: string) => void): Promise<string[]> {
  const out: string[] = [];
  await walk(root, root, filter, unlistable, out);
  return out;
}

async function walk(root: string, folder: string, filter: PathFilter, unlistable: (folder: string, message: string) => void, out: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: Error) => {
    unlistable(folder, error.message);
    return [];
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (!filter.excludesFolder(relative)) await walk(root, absolute, filter, unlistable, out);
    } else if (entry.isFile() && filter.matches(relative)) out.push(absolute);
  }
}
