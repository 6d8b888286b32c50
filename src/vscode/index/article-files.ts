import * as vscode from 'vscode';
import { PathFilter } from '../../core/glob';
import { decodeArticle, tooLarge, type DecodedArticle } from '../../core/text/decode';
import type { Settings } from '../base/settings';
import { toCorePath } from '../base/convert';
import { findWorkspaceFiles } from '../base/workspace-files';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/** Reads a `file:` article straight from the host's disk; given by the Node entry point only. */
export type DiskReader = (fsPath: string, maxBytes: number) => Promise<DecodedArticle>;

/**
 * Decides which files are articles and reads them: files on the extension host's own disk
 * (`file:`, which a remote extension host has too) directly when a disk reader is given,
 * everything else (virtual workspaces, the web) through workspace.fs.
 */
export class ArticleFiles {
  private filter: PathFilter;
  /** Documents the extension wrote itself (the report): Markdown, but never an article. */
  private readonly own = new Set<string>();

  constructor(private settings: Settings, private readonly disk?: DiskReader) {
    this.filter = new PathFilter(settings.include, settings.exclude);
  }

  reconfigure(settings: Settings): void {
    this.settings = settings;
    this.filter = new PathFilter(settings.include, settings.exclude);
  }

  isArticlePath(path: string | undefined): path is string {
    return path !== undefined && this.filter.matches(path.replace(/^untitled\//, ''));
  }

  isArticleDocument(document: vscode.TextDocument): boolean {
    if (this.own.has(document.uri.toString())) return false;
    if (document.uri.scheme === 'untitled') return ARTICLE_LANGUAGES.has(document.languageId);
    return ARTICLE_LANGUAGES.has(document.languageId) && this.isArticlePath(toCorePath(document.uri));
  }

  /** Marks a document the extension wrote itself, so it is never taken for an article. */
  markOwn(uri: vscode.Uri): void {
    this.own.add(uri.toString());
  }

  async find(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const uris = await findWorkspaceFiles(this.settings.include, this.settings.exclude, token);
    return uris.filter((uri) => this.isArticlePath(toCorePath(uri))).sort((a, b) => a.path.localeCompare(b.path));
  }

  async read(uri: vscode.Uri): Promise<DecodedArticle> {
    try {
      if (uri.scheme === 'file' && this.disk) return await this.disk(uri.fsPath, this.settings.maxFileBytes);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileBytes) return tooLarge(stat.size, this.settings.maxFileBytes);
      return decodeArticle(await vscode.workspace.fs.readFile(uri), this.settings.maxFileBytes);
    } catch (error) {
      if (isNotFound(error)) return { ok: false, reason: 'missing', message: vscode.l10n.t('no longer exists') };
      return { ok: false, reason: 'unreadable', message: vscode.l10n.t('cannot read ({0})', error instanceof Error ? error.message : String(error)) };
    }
  }
}

/** A file deleted between being found and being read: by Node's fs or by workspace.fs. */
function isNotFound(error: unknown): boolean {
  return (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || (error as { code?: unknown } | null)?.code === 'ENOENT';
}
