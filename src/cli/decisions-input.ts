import * as path from 'node:path';
import { shownByDecisions, type Shown } from '../core/annotations/decisions';
import { parseSidecar, reanchorFile, type Annotation } from '../core/annotations/index';
import { displayPath, type ArticleFile } from './article-files';
import { readSidecarSource } from './sidecar-files';
import { sidecarOf, type SidecarPlace } from './sidecar-place';

/**
 * What people decided about the scanned articles, read from each one's sidecar where the
 * editor keeps it (`place`) and placed against the text as it reads now, as the editor
 * does when it opens the article. Nothing is written. A sidecar that cannot be read or
 * does not validate is reported and its decisions are not applied.
 */
export async function readDecisions(articles: readonly ArticleFile[], cwd: string, warn: (message: string) => void, place: SidecarPlace = { folder: '' }): Promise<Shown | undefined> {
  const byPath: [string, readonly Annotation[]][] = [];
  for (const article of articles) {
    const absolute = path.resolve(cwd, article.path);
    const sidecar = sidecarOf(place, absolute);
    const shown = displayPath(cwd, sidecar);
    let source: string | undefined;
    try {
      source = await readSidecarSource(sidecar);
    } catch (error) {
      warn(`${shown}: cannot be read (${error instanceof Error ? error.message : String(error)}); its decisions are not applied`);
      continue;
    }
    if (source === undefined) continue;
    const parsed = parseSidecar(source);
    if (!parsed.usable) {
      warn(`${shown}:${parsed.problems[0]?.line ?? 1}: does not validate; its decisions are not applied ('corroborate check' lists the problems)`);
      continue;
    }
    if (!parsed.file || path.resolve(path.dirname(sidecar), parsed.file.article) !== absolute) continue;
    byPath.push([article.path, reanchorFile(parsed.file, article.text).file.annotations]);
  }
  return shownByDecisions(byPath);
}
