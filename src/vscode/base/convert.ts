import * as vscode from 'vscode';
import type { Range, Span } from '../../core/text/span';

/**
 * The one place core types meet editor types. Core paths are workspace-relative with `/`
 * separators; in a multi-root workspace they start with the folder's name.
 */
export function toCorePath(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.scheme === 'untitled' ? `untitled/${uri.path}` : undefined;
  const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return multiRoot ? `${folder.name}/${relative}` : relative;
}

export function toUri(path: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  if (folders.length === 1) return vscode.Uri.joinPath(folders[0].uri, ...path.split('/'));
  const [name, ...rest] = path.split('/');
  const folder = folders.find((f) => f.name === name);
  return folder ? vscode.Uri.joinPath(folder.uri, ...rest) : undefined;
}

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function fromCoreRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
