import type { Span } from '../text/span';
import type { Annotation, AnnotationLink } from './model';
import { overlaps, spanOf } from './over-text';

/**
 * "Reviewed" on a discrepancy, kept with the text: an annotation on this side's mention,
 * labelled `reviewed`, linking to each other side with `contradicts`. Whoever opens the
 * article (or reads the sidecar in a diff) sees the decision, not only this window.
 */
export const REVIEWED_LABEL = 'reviewed';

/** The other side of a discrepancy, as a link from this article would name it. */
export interface OtherSide {
  readonly path: string;
  readonly exact: string;
}

/** Whether `annotation` records a review of the disagreement between `mention` and every one of `others`. */
export function recordsReview(annotation: Annotation, mention: Span, others: readonly OtherSide[]): boolean {
  const span = spanOf(annotation);
  if (!span || !overlaps(span, mention) || !annotation.body.labels?.includes(REVIEWED_LABEL)) return false;
  const links = annotation.links ?? [];
  return others.every((o) => links.some((l) => l.relation === 'contradicts' && l.path === o.path && l.exact === o.exact));
}

export function contradictions(others: readonly OtherSide[]): AnnotationLink[] {
  return others.map((o) => ({ path: o.path, exact: o.exact, relation: 'contradicts' }));
}

/** Adds the label and whichever `contradicts` links are missing; what the person wrote stays. */
export function withReview(annotation: Annotation, others: readonly OtherSide[]): Annotation {
  const labels = annotation.body.labels ?? [];
  const links = [...(annotation.links ?? [])];
  for (const link of contradictions(others)) {
    if (!links.some((l) => l.relation === link.relation && l.path === link.path && l.exact === link.exact)) links.push(link);
  }
  return {
    ...annotation,
    body: { ...annotation.body, labels: labels.includes(REVIEWED_LABEL) ? labels : [...labels, REVIEWED_LABEL] },
    links,
  };
}

/**
 * The annotation with the review taken back: without the label, or nothing at all when
 * the review is all it ever held (status verified, no note, value, verdict or other
 * label, links only to contradictions), since then the review created it.
 */
export function withoutReview(annotation: Annotation): Annotation | undefined {
  const labels = (annotation.body.labels ?? []).filter((l) => l !== REVIEWED_LABEL);
  const body = { ...annotation.body, labels };
  if (labels.length === 0) delete (body as { labels?: unknown }).labels;
  const onlyReview = labels.length === 0 && annotation.body.status === 'verified' && !annotation.body.note && annotation.body.value === undefined
    && annotation.body.detection === undefined && (annotation.links ?? []).every((l) => l.relation === 'contradicts');
  return onlyReview ? undefined : { ...annotation, body };
}
