import { SIDECAR_SUFFIX } from './model';

/**
 * Where an article's sidecar lives. By default beside it (`a.txt.annotations.yaml`); with
 * a folder set (`corroborate.annotations.folder`), in that workspace folder, mirroring the
 * article's path, for newsrooms that keep decisions apart from the copy. Paths are
 * workspace-relative with `/` separators.
 */
export function sidecarPathFor(articlePath: string, folder = ''): string {
  const base = folder.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  return base ? `${base}/${articlePath}${SIDECAR_SUFFIX}` : articlePath + SIDECAR_SUFFIX;
}

/** The article a sidecar records, as a workspace-relative path: its `article` field is relative to the sidecar's folder. */
export function articlePathOf(sidecarPath: string, article: string): string {
  const parts = sidecarPath.split('/').slice(0, -1);
  for (const part of article.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The `article` field for a sidecar at `sidecarPath`: the article's path relative to the sidecar's folder. */
export function articleFieldFor(sidecarPath: string, articlePath: string): string {
  const from = sidecarPath.split('/').slice(0, -1);
  const to = articlePath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}
