import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PathFilter } from '../core/glob';
import { walkTree, type TreeEntry } from '../core/tree-walk';

/**
 * The files under `root` that `filter` selects, in a stable (name) order, without going
 * into folders it excludes. A folder that cannot be listed is reported and skipped.
 */
export async function walkFolder(root: string, filter: PathFilter, unlistable: (folder: string, message: string) => void): Promise<string[]> {
  const list = async (relative: string): Promise<TreeEntry[]> => {
    const folder = relative ? path.join(root, ...relative.split('/')) : root;
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: Error) => {
      unlistable(folder, error.message);
      return [];
    });
    return entries.map((entry) => ({ name: entry.name, kind: entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other' }));
  };
  return (await walkTree(list, filter)).map((relative) => path.join(root, ...relative.split('/')));
}
