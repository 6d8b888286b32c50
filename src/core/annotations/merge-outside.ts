import { reanchor } from './annotate';
import { mergeById, type MergeResult } from './merge';
import type { AnnotationsFile } from './model';
import { prepareSearchText } from './search-text';

/**
 * Folds a version of the sidecar written elsewhere into the one an editor holds, whose
 * positions fit `text`, the article as it reads there now. Merged by id from `base`; an
 * annotation whose place came from the other version was anchored against another text,
 * so it is looked for again in `text` (left as it is when the article cannot be read).
 */
export function mergeOutsideChange(base: AnnotationsFile | undefined, ours: AnnotationsFile, theirs: AnnotationsFile, text: string | undefined): MergeResult {
  const { file, conflicts } = mergeById(base, ours, theirs);
  const mine = new Map(ours.annotations.map((a) => [a.id, placeOf(a)]));
  const search = text === undefined ? undefined : prepareSearchText(text);
  const annotations = file.annotations.map((a) => (!search || mine.get(a.id) === placeOf(a) ? a : reanchor(a, search).annotation));
  return { file: { ...file, textHash: ours.textHash, annotations }, conflicts };
}

function placeOf(annotation: AnnotationsFile['annotations'][number]): string {
  return JSON.stringify([annotation.target, annotation.anchor]);
}
