import * as vscode from 'vscode';

/**
 * Writes a file so that no reader ever sees half of it: the text goes to a temporary file
 * in the same folder first (same file system, so the rename cannot turn into a copy), then
 * replaces the target in one rename. Goes through `workspace.fs`, so it works in remote and
 * virtual workspaces too. The temporary file is removed when anything fails. With
 * `expected`, the write only happens while the file still holds that text (undefined: does
 * not exist); otherwise it throws `ConcurrentChangeError` and the file is left alone.
 */
export async function writeFileAtomic(uri: vscode.Uri, text: string, expected?: { readonly source: string | undefined }): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(folder, `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  await vscode.workspace.fs.createDirectory(folder);
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    // Checked as late as possible, right before the rename, so the window in which another
    // writer's change could be replaced unseen is one read long rather than the whole edit.
    if (expected && (await readTextIfExists(uri).catch(() => null)) !== expected.source) {
      throw new ConcurrentChangeError(vscode.l10n.t('{0} changed while it was being written', name));
    }
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** The file changed between reading it and writing it: read it again, merge, and retry. */
export class ConcurrentChangeError extends Error {}

/** A file that exists but is not UTF-8 text: reading it as text would lose characters, so writing it back would too. */
export class UndecodableFileError extends Error {}

/**
 * The file's UTF-8 text (a byte-order mark kept, so it can be written back), or undefined
 * when it does not exist. Bytes that are not UTF-8 throw `UndecodableFileError`; other
 * failures throw as they come.
 */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UndecodableFileError(vscode.l10n.t('the file is not UTF-8 text'));
  }
}
