// An in-memory file system under the `corroborate-virtual` scheme, the kind of provider a virtual
// workspace is made of (as GitHub Repositories' or a memfs sample's). It registers no search provider,
// as most do not. Nothing it holds is ever written to disk.
import * as vscode from 'vscode';

export const VIRTUAL_SCHEME = 'corroborate-virtual';

interface Node {
  readonly type: vscode.FileType;
  readonly ctime: number;
  mtime: number;
  data: Uint8Array;
  readonly children: Map<string, Node>;
}

const nodeOf = (type: vscode.FileType, data = new Uint8Array()): Node => ({ type, ctime: Date.now(), mtime: Date.now(), data, children: new Map() });

class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly root = nodeOf(vscode.FileType.Directory);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(seed: Readonly<Record<string, string>>) {
    for (const [path, text] of Object.entries(seed)) {
      const parts = path.split('/').filter(Boolean);
      let folder = this.root;
      for (const name of parts.slice(0, -1)) {
        if (!folder.children.has(name)) folder.children.set(name, nodeOf(vscode.FileType.Directory));
        folder = folder.children.get(name)!;
      }
      folder.children.set(parts[parts.length - 1], nodeOf(vscode.FileType.File, new TextEncoder().encode(text)));
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const node = this.find(uri);
    return { type: node.type, ctime: node.ctime, mtime: node.mtime, size: node.data.byteLength };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    return [...this.find(uri, vscode.FileType.Directory).children].map(([name, node]) => [name, node.type]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.find(uri, vscode.FileType.File).data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const [folder, name] = this.parentOf(uri);
    const existing = folder.children.get(name);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (existing) {
      existing.data = content.slice();
      existing.mtime = Date.now();
    } else folder.children.set(name, nodeOf(vscode.FileType.File, content.slice()));
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    const [folder, name] = this.parentOf(uri);
    if (folder.children.has(name)) throw vscode.FileSystemError.FileExists(uri);
    folder.children.set(name, nodeOf(vscode.FileType.Directory));
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    const [folder, name] = this.parentOf(uri);
    if (!folder.children.delete(name)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { readonly overwrite: boolean }): void {
    const [fromFolder, fromName] = this.parentOf(from);
    const node = fromFolder.children.get(fromName);
    if (!node) throw vscode.FileSystemError.FileNotFound(from);
    const [toFolder, toName] = this.parentOf(to);
    const replaced = toFolder.children.has(toName);
    if (replaced && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    fromFolder.children.delete(fromName);
    toFolder.children.set(toName, node);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: replaced ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri: to }]);
  }

  private find(uri: vscode.Uri, expected?: vscode.FileType): Node {
    let node = this.root;
    for (const name of uri.path.split('/').filter(Boolean)) {
      const next = node.children.get(name);
      if (!next) throw vscode.FileSystemError.FileNotFound(uri);
      node = next;
    }
    if (expected === vscode.FileType.Directory && node.type !== expected) throw vscode.FileSystemError.FileNotADirectory(uri);
    if (expected === vscode.FileType.File && node.type !== expected) throw vscode.FileSystemError.FileIsADirectory(uri);
    return node;
  }

  private parentOf(uri: vscode.Uri): [Node, string] {
    const parts = uri.path.split('/').filter(Boolean);
    const folder = this.find(uri.with({ path: `/${parts.slice(0, -1).join('/')}` }), vscode.FileType.Directory);
    return [folder, parts[parts.length - 1]];
  }
}

/** Serves `files` (text by path) under `corroborate-virtual:`. */
export function registerVirtualFileSystem(files: Readonly<Record<string, string>>): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(VIRTUAL_SCHEME, new MemoryFileSystem(files), { isCaseSensitive: true });
}
