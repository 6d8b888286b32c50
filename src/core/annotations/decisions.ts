import type { MentionRef } from '../link/clusters';
import type { Mention } from '../model';
import type { Annotation } from './model';
import { isRejected } from './over-text';

/** Whether a detection in the article at `path` stands: nobody rejected it. */
export type Shown = (path: string, mention: Mention) => boolean;

/**
 * Which detections stand, from each article's annotations (placed against the text as it
 * reads now): a detection under an annotation that rejects it does not. The editor, `scan`
 * and `report` all ask this, so a rejection means the same everywhere. Undefined when no
 * annotation rejects anything, so callers can skip asking at all.
 */
export function shownByDecisions(annotationsByPath: Iterable<readonly [string, readonly Annotation[]]>): Shown | undefined {
  const rejecting = new Map<string, readonly Annotation[]>();
  for (const [path, annotations] of annotationsByPath) {
    if (annotations.some((a) => a.body.detection === 'rejected')) rejecting.set(path, annotations);
  }
  if (rejecting.size === 0) return undefined;
  return (path, mention) => {
    const annotations = rejecting.get(path);
    return annotations === undefined || !isRejected(annotations, mention);
  };
}

/** `Shown` for a mention named by path and index into that document's mentions; an index not held stands. */
export function refShown(mentionsOf: (path: string) => readonly Mention[] | undefined, shown: Shown | undefined): (ref: MentionRef) => boolean {
  if (shown === undefined) return () => true;
  return (ref) => {
    const mention = mentionsOf(ref.path)?.[ref.index];
    return mention === undefined || shown(ref.path, mention);
  };
}
