import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { normalizeForSearch, parseSidecar, SIDECAR_SUFFIX } from '../core/annotations/index';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } from '../core/glob';
import { walkFolder } from './folder-walk';
import { readArticleText, readSidecarSource } from './sidecar-files';

/**
 * Where an article that is missing at a linked or recorded path went, for renames made
 * outside the editor (`git mv`, a file manager). Two signs, the surer first: a sidecar that
 * was moved along with its article (it sits beside a file while the article it names is
 * gone), and else the one article under the checked folders that holds the linked text.
 * Two or more such articles, or none, and nothing is guessed.
 */
export class RenameFinder {
  private texts: Promise<{ absolute: string; norm: string }[]> | undefined;

  private constructor(
    private readonly moved: ReadonlyMap<string, string>,
    /** Each moved sidecar's `article` field as it was written, with the article's new place. */
    private readonly fields: readonly { readonly field: string; readonly now: string }[],
    private readonly roots: readonly string[],
    private readonly maxBytes: number,
  ) {}

  static async of(sidecars: readonly string[], roots: readonly string[], maxBytes: number): Promise<RenameFinder> {
    const moved = new Map<string, string>();
    const fields: { field: string; now: string }[] = [];
    for (const sidecar of sidecars) {
      const source = await readSidecarSource(sidecar).catch(() => undefined);
      const file = source === undefined ? undefined : parseSidecar(source).file;
      if (!file) continue;
      const article = path.resolve(path.dirname(sidecar), file.article);
      const beside = sidecar.slice(0, -SIDECAR_SUFFIX.length);
      if (beside !== article && !(await exists(article)) && (await exists(beside))) {
        moved.set(article, beside);
        fields.push({ field: file.article, now: beside });
      }
    }
    return new RenameFinder(moved, fields, roots, maxBytes);
  }

  /** The article's new place when its own sidecar was moved along with it. */
  movedAlong(article: string): string | undefined {
    return this.moved.get(article);
  }

  /**
   * The new place of a missing article that `linking` links to and that held `exact`: a
   * moved sidecar whose recorded article ends the missing path and whose article holds the
   * text, else the one article other than `linking` that holds it.
   */
  async newPlaceOf(missing: string, exact: string, linking: string): Promise<string | undefined> {
    const needle = normalizeForSearch(exact);
    const articles = await this.articles();
    const holds = (absolute: string): boolean => articles.some((a) => a.absolute === absolute && a.norm.includes(needle));
    const tail = corePath(missing);
    const along = this.fields.filter((f) => `/${tail}`.endsWith(`/${f.field.replace(/^(\.\.\/)+/, '')}`) && holds(f.now));
    if (along.length > 0) return along.length === 1 ? along[0].now : undefined;
    const holding = articles.filter((a) => a.absolute !== linking && a.norm.includes(needle));
    return holding.length === 1 ? holding[0].absolute : undefined;
  }

  private articles(): Promise<{ absolute: string; norm: string }[]> {
    this.texts ??= (async () => {
      const filter = new PathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
      const files = new Set<string>();
      for (const root of this.roots) for (const file of await walkFolder(root, filter, () => undefined)) files.add(file);
      const out: { absolute: string; norm: string }[] = [];
      for (const absolute of files) {
        const decoded = await readArticleText(absolute, this.maxBytes).catch(() => undefined);
        if (decoded?.ok) out.push({ absolute, norm: normalizeForSearch(decoded.text) });
      }
      return out;
    })();
    return this.texts;
  }
}

async function exists(absolute: string): Promise<boolean> {
  return fs.stat(absolute).then((s) => s.isFile(), () => false);
}

/** An absolute path as the core's path functions take it: `/` separators, no leading one. */
export function corePath(absolute: string): string {
  return absolute.split(path.sep).join('/').replace(/^\/+/, '');
}
