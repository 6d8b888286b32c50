import * as vscode from 'vscode';
import { PathFilter } from '../../core/glob';
import { walkTree, type TreeEntry } from '../../core/tree-walk';

/**
 * A folder VS Code's search may not reach: neither the disk (`file`) nor a remote host's disk
 * (`vscode-remote`), but a file system an extension provides (a virtual workspace).
 */
export function isVirtualFolder(folder: vscode.WorkspaceFolder): boolean {
  return folder.uri.scheme !== 'file' && folder.uri.scheme !== 'vscode-remote';
}

/**
 * The workspace files matching `include` and no `exclude` (globs relative to their workspace folder).
 * Search serves disk and remote folders. A virtual folder is walked through workspace.fs instead:
 * search there needs a search provider, which most file system providers do not register, and
 * without one `workspace.findFiles` waits for it for ever, so nothing would ever be indexed.
 */
export async function findWorkspaceFiles(include: readonly string[], exclude: readonly string[], token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const includeGlob = `{${include.join(',')}}`;
  const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : null;
  if (!folders.some(isVirtualFolder)) return vscode.workspace.findFiles(includeGlob, excludeGlob, undefined, token);
  const filter = new PathFilter(include, exclude);
  const found = await Promise.all(folders.map((folder) => (isVirtualFolder(folder)
    ? walkVirtualFolder(folder.uri, filter, token)
    : vscode.workspace.findFiles(new vscode.RelativePattern(folder, includeGlob), excludeGlob, undefined, token))));
  return found.flat();
}

async function walkVirtualFolder(root: vscode.Uri, filter: PathFilter, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const list = async (relative: string): Promise<TreeEntry[]> => {
    const folder = relative ? vscode.Uri.joinPath(root, ...relative.split('/')) : root;
    // A folder that cannot be listed (gone, no permission) holds no articles for now; the watcher brings them later.
    const entries = await vscode.workspace.fs.readDirectory(folder).then((e) => e, () => []);
    return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
  };
  const paths = await walkTree(list, filter, () => token?.isCancellationRequested ?? false);
  return paths.map((relative) => vscode.Uri.joinPath(root, ...relative.split('/')));
}

function kindOf(type: vscode.FileType): TreeEntry['kind'] {
  if (type & vscode.FileType.SymbolicLink) return type & vscode.FileType.File ? 'file' : 'other';
  if (type & vscode.FileType.Directory) return 'folder';
  return type & vscode.FileType.File ? 'file' : 'other';
}
