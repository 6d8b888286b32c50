import type { PathFilter } from './glob';

export interface TreeEntry {
  readonly name: string;
  /** 'other' (a link to a folder, a device…) is never followed nor matched: a linked folder could lead in a circle. */
  readonly kind: 'file' | 'folder' | 'other';
}

/** Lists one folder given its path from the root ('' for the root itself); a folder it cannot list gives []. */
export type ListFolder = (relativeFolder: string) => Promise<readonly TreeEntry[]>;

/**
 * The paths (relative to the root, `/`-separated) of the files that `filter` selects, in a stable
 * name order, without listing folders it excludes. The listing is given, so the command line walks
 * the disk and the editor walks any file system VS Code reaches with the same rules.
 */
export async function walkTree(list: ListFolder, filter: PathFilter, cancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = [...(await list(folder))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (cancelled()) return;
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.kind === 'folder') {
        if (!filter.excludesFolder(relative)) await walk(relative);
      } else if (entry.kind === 'file' && filter.matches(relative)) out.push(relative);
    }
  };
  await walk('');
  return out;
}
