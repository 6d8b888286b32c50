import type { AnnotationsFile } from './model';
import { articleFieldFor, articlePathOf } from './placement';

/**
 * The sidecar after its article moved from `from` to `to` (workspace-relative paths) and
 * the sidecar itself to `sidecarPath`: the `article` field names the new place, and links,
 * which are relative to the article's folder, still reach the same documents.
 */
export function relocateSidecar(file: AnnotationsFile, from: string, to: string, sidecarPath: string): AnnotationsFile {
  const sameFolder = from.slice(0, from.lastIndexOf('/') + 1) === to.slice(0, to.lastIndexOf('/') + 1);
  const annotations = sameFolder ? file.annotations : file.annotations.map((a) =>
    a.links ? { ...a, links: a.links.map((link) => ({ ...link, path: articleFieldFor(to, articlePathOf(from, link.path)) })) } : a);
  return { ...file, article: articleFieldFor(sidecarPath, to), annotations };
}

/**
 * The sidecar of the article at `articlePath` after another article moved from `from` to
 * `to` (workspace-relative paths): each link that reached the old place reaches the new
 * one. Undefined when no link pointed there, so callers write nothing.
 */
export function retargetLinks(file: AnnotationsFile, articlePath: string, from: string, to: string): AnnotationsFile | undefined {
  let changed = false;
  const annotations = file.annotations.map((a) => {
    if (!a.links?.some((link) => articlePathOf(articlePath, link.path) === from)) return a;
    changed = true;
    return { ...a, links: a.links.map((link) => (articlePathOf(articlePath, link.path) === from ? { ...link, path: articleFieldFor(articlePath, to) } : link)) };
  });
  return changed ? { ...file, annotations } : undefined;
}
