import * as vscode from 'vscode';
import { isSidecarPath } from '../../core/annotations';
import type { FeatureDeps } from '../deps';
import { toCorePath } from '../base/convert';
import { findWorkspaceFiles } from '../base/workspace-files';

/**
 * Keeps the annotation store in step with everything that can happen to an article or a
 * sidecar: opening, typing, undo, saving, renaming or deleting in the editor, and changes
 * made on disk by git or another tool while the editor is open.
 */
export function register(context: vscode.ExtensionContext, { annotations: store, service, settings }: FeatureDeps): void {
  const isArticle = (uri: vscode.Uri): boolean => service.files.isArticlePath(toCorePath(uri));
  const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const loadOpen = (document: vscode.TextDocument): void => {
    // A workspace file of any scheme (disk, remote, a virtual workspace's); never an untitled draft or a git: view.
    if (document.uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(document.uri) && service.files.isArticleDocument(document)) {
      void store.load(document.uri);
    }
  };
  const loadAll = async (): Promise<void> => {
    for (const document of vscode.workspace.textDocuments) loadOpen(document);
    const sidecars = await findWorkspaceFiles([store.location.glob], ['**/node_modules/**']);
    for (const sidecar of sidecars) await store.loadSidecar(sidecar);
  };

  const sidecars = vscode.workspace.createFileSystemWatcher(store.location.glob);
  const articles = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}');
  context.subscriptions.push(
    sidecars,
    articles,
    vscode.workspace.onDidOpenTextDocument(loadOpen),
    vscode.workspace.onDidChangeTextDocument((e) => store.follow(e.document, e.contentChanges)),
    vscode.workspace.onDidSaveTextDocument((document) => void store.saved(document)),
    // An editor closed without saving: the article is what is on disk again.
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (store.get(document.uri)) void store.articleChangedOnDisk(document.uri);
    }),
    vscode.workspace.onDidRenameFiles(async (event) => {
      for (const { oldUri, newUri } of event.files) {
        if (isSidecarPath(oldUri.path)) continue;
        const stat = await vscode.workspace.fs.stat(newUri).then((s) => s, () => undefined);
        if (stat?.type === vscode.FileType.Directory) await folderRenamed(oldUri, newUri);
        else if (isArticle(oldUri) || isArticle(newUri) || store.get(oldUri)) await store.articleRenamed(oldUri, newUri);
      }
    }),
    vscode.workspace.onDidDeleteFiles((event) => {
      for (const uri of event.files) store.articleDeleted(uri);
    }),
    sidecars.onDidChange((uri) => void store.sidecarChangedOnDisk(uri)),
    sidecars.onDidCreate((uri) => void store.sidecarChangedOnDisk(uri)),
    sidecars.onDidDelete((uri) => void store.sidecarChangedOnDisk(uri)),
    articles.onDidChange((uri) => {
      if (!isOpen(uri)) void store.articleChangedOnDisk(uri);
    }),
    articles.onDidCreate((uri) => {
      if (store.get(uri)) void store.articleChangedOnDisk(uri);
    }),
    articles.onDidDelete((uri) => store.articleDeleted(uri)),
    settings.onDidChange((s) => {
      if (s.annotationsFolder === currentFolder) return;
      currentFolder = s.annotationsFolder;
      store.location.reconfigure(s.annotationsFolder);
      void loadAll();
    }),
  );
  let currentFolder = settings.current.annotationsFolder;

  /** With sidecars beside their articles, they moved with the folder; with a sidecar folder, its mirror moves too. */
  const folderRenamed = async (from: vscode.Uri, to: vscode.Uri): Promise<void> => {
    const oldMirror = store.location.mirrorOf(from);
    const newMirror = store.location.mirrorOf(to);
    if (oldMirror && newMirror) await vscode.workspace.fs.rename(oldMirror, newMirror, { overwrite: false }).then(undefined, () => undefined);
    const prefix = from.toString() + '/';
    for (const entry of store.all()) {
      if (!entry.article.toString().startsWith(prefix)) continue;
      const moved = vscode.Uri.parse(to.toString() + '/' + entry.article.toString().slice(prefix.length));
      await store.articleRenamed(entry.article, moved);
    }
  };

  // Sidecars are looked for after activation, like indexing, so the editor is never held up.
  setTimeout(() => void loadAll(), 0);
}
