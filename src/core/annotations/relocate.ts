import type { AnnotationLink, AnnotationsFile } from './model';
import { articleFieldFor } from './placement';

/**
 * The sidecar after its article moved from `from` to `to` (workspace-relative paths) and
 * the sidecar itself to `sidecarPath`: the `article` field names the new place, and links,
 * which are relative to the article's folder, still reach the same documents.
 */
export function relocateSidecar(file: AnnotationsFile, from: string, to: string, sidecarPath: string): AnnotationsFile {
  const oldFolder = folderOf(from);
  const newFolder = folderOf(to);
  const annotations = oldFolder === newFolder ? file.annotations : file.annotations.map((a) =>
    a.links ? { ...a, links: a.links.map((link) => relink(link, oldFolder, newFolder)) } : a);
  return { ...file, article: articleFieldFor(sidecarPath, to), annotations };
}

function relink(link: AnnotationLink, oldFolder: string[], newFolder: string[]): AnnotationLink {
  const target = resolve(oldFolder, link.path);
  let common = 0;
  while (common < newFolder.length && common < target.length - 1 && newFolder[common] === target[common]) common++;
  const path = [...newFolder.slice(common).map(() => '..'), ...target.slice(common)].join('/');
  return { ...link, path };
}

function folderOf(path: string): string[] {
  return path.split('/').slice(0, -1);
}

function resolve(folder: readonly string[], relative: string): string[] {
  const parts = [...folder];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts;
}
