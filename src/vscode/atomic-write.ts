import * as vscode from 'vscode';

/**
 * Writes a file so that no reader ever sees half of it: the text goes to a temporary file
 * in the same folder first (same file system, so the rename cannot turn into a copy), then
 * replaces the target in one rename. Goes through `workspace.fs`, so it works in remote and
 * virtual workspaces too. The temporary file is removed when anything fails.
 */
export async function writeFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(folder, `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  await vscode.workspace.fs.createDirectory(folder);
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** The file's text, or undefined when it does not exist; other failures throw. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}
