import { contentHash } from '../index/content-hash';
import { applyOutcome, reanchor } from './annotate';
import type { Annotation, AnnotationsFile } from './model';
import { normalizeForSearch, prepareSearchText, type SearchText } from './search-text';
import { shiftForEdits, type TextEdit } from './shift';

/**
 * Annotations after live editor changes. Those the edits only moved keep their state with
 * the new position; those an edit reached into or deleted are re-anchored on `text`, the
 * document after the edits, with the moved position as the hint. Orphans stay orphans until
 * the next full re-anchor.
 */
export function followEdits(annotations: readonly Annotation[], edits: readonly TextEdit[], text: string | SearchText): Annotation[] {
  const placed = annotations.filter((a) => a.target.selector.position);
  const shifted = shiftForEdits(placed.map((a) => a.target.selector.position ?? { start: 0, end: 0 }), edits);
  const after = new Map(placed.map((a, i) => [a, shifted[i]]));
  let search: SearchText | undefined;
  return annotations.map((annotation) => {
    const moved = after.get(annotation);
    if (!moved) return annotation;
    const position = { start: moved.start, end: moved.end };
    const hinted: Annotation = { ...annotation, target: { ...annotation.target, selector: { ...annotation.target.selector, position } } };
    if (moved.status === 'unchanged' || moved.status === 'moved') return hinted;
    search ??= typeof text === 'string' ? prepareSearchText(text) : text;
    return reanchor(hinted, search).annotation;
  });
}

/**
 * The sidecar as it should be saved with `text`: each annotation that sits on its own quote
 * takes the context around it now, so edits made next to it since it was anchored do not
 * count against it at the next re-anchor, and the article hash is the current one.
 */
export function settleFile(file: AnnotationsFile, text: string): AnnotationsFile {
  const search = prepareSearchText(text);
  const annotations = file.annotations.map((annotation) => {
    const position = annotation.target.selector.position;
    const { state } = annotation.anchor;
    if (!position || (state !== 'exact' && state !== 'shifted')) return annotation;
    if (normalizeForSearch(text.slice(position.start, position.end)) !== normalizeForSearch(annotation.target.selector.quote.exact)) return annotation;
    return applyOutcome(annotation, { state, start: position.start, end: position.end }, search);
  });
  return { ...file, textHash: contentHash(text), annotations };
}
