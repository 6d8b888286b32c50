import * as vscode from 'vscode';
import { PathFilter } from '../core/glob';
import { decodeArticle, tooLarge, type DecodedArticle } from '../core/text/decode';
import type { Settings } from './settings';
import { toCorePath } from './convert';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/** Decides which files are articles, and reads them through workspace.fs (remote and virtual workspaces too). */
export class ArticleFiles {
  private filter: PathFilter;

  constructor(private settings: Settings) {
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
    if (document.uri.scheme === 'untitled') return ARTICLE_LANGUAGES.has(document.languageId);
    return ARTICLE_LANGUAGES.has(document.languageId) && this.isArticlePath(toCorePath(document.uri));
  }

  async find(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const include = `{${this.settings.include.join(',')}}`;
    const exclude = this.settings.exclude.length ? `{${this.settings.exclude.join(',')}}` : null;
    const uris = await vscode.workspace.findFiles(include, exclude, undefined, token);
    return uris.filter((uri) => this.isArticlePath(toCorePath(uri))).sort((a, b) => a.path.localeCompare(b.path));
  }

  async read(uri: vscode.Uri): Promise<DecodedArticle> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileBytes) return tooLarge(stat.size, this.settings.maxFileBytes);
      return decodeArticle(await vscode.workspace.fs.readFile(uri), this.settings.maxFileBytes);
    } catch (error) {
      return { ok: false, reason: 'unreadable', message: `cannot read (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}
