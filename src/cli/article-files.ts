import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PathFilter } from '../core/glob';
import { decodeArticle, tooLarge } from '../core/text/decode';

export interface ArticleFile {
  /** Relative to the current directory, with `/` separators, as the JSON output reports it. */
  readonly path: string;
  readonly text: string;
}

export interface CollectOptions {
  readonly cwd: string;
  readonly filter: PathFilter;
  readonly maxBytes: number;
  readonly warn: (message: string) => void;
}

/**
 * Expands files and folders into article files in a stable order. Files named
 * explicitly are read even when the include globs would not pick them; folders are
 * walked with the filter. Unreadable, binary and oversized files are reported and skipped.
 */
export async function collectArticles(inputs: readonly string[], options: CollectOptions): Promise<ArticleFile[]> {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) options.warn(`${input}: no such file or folder`);
    else if (stat.isDirectory()) await walk(absolute, absolute, options, found);
    else found.push(absolute);
  }
  const articles: ArticleFile[] = [];
  for (const absolute of found) {
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    const article = await readArticle(absolute, options);
    if (article) articles.push(article);
  }
  return articles;
}

async function walk(root: string, folder: string, options: CollectOptions, out: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: Error) => {
    options.warn(`${displayPath(options.cwd, folder)}: cannot list folder (${error.message})`);
    return [];
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    const relative = toPosix(path.relative(root, absolute));
    if (entry.isDirectory()) {
      if (!options.filter.excludesFolder(relative)) await walk(root, absolute, options, out);
    } else if (entry.isFile() && options.filter.matches(relative)) out.push(absolute);
  }
}

async function readArticle(absolute: string, options: CollectOptions): Promise<ArticleFile | undefined> {
  const shown = displayPath(options.cwd, absolute);
  try {
    // Check the size before reading, so a huge file is never loaded whole.
    const { size } = await fs.stat(absolute);
    const decoded = size > options.maxBytes ? tooLarge(size, options.maxBytes) : decodeArticle(await fs.readFile(absolute), options.maxBytes);
    if (!decoded.ok) {
      options.warn(`${shown}: skipped, ${decoded.message}`);
      return undefined;
    }
    if (decoded.warning) options.warn(`${shown}: ${decoded.warning}`);
    return { path: shown, text: decoded.text };
  } catch (error) {
    options.warn(`${shown}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return toPosix(relative.length === 0 ? path.basename(absolute) : relative);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
