import type { Annotation, AnnotationStatus } from './model';

/** Where an annotation is listed in the Annotations view: what needs a person first. */
export type ReviewGroup = 'orphaned' | 'fuzzy' | AnnotationStatus;

export const REVIEW_GROUPS: readonly ReviewGroup[] = ['orphaned', 'fuzzy', 'disputed', 'needs-source', 'unverified', 'verified'];

/** Also how a status reads wherever it is shown (hover, pickers, tooltips), so they all say the same. */
export const REVIEW_GROUP_LABEL: Readonly<Record<ReviewGroup, string>> = {
  orphaned: 'Lost their place',
  fuzzy: 'Close matches to confirm',
  disputed: 'Disputed',
  'needs-source': 'Needs a source',
  unverified: 'Unverified',
  verified: 'Verified',
};

/** An anchor in trouble outranks the status: a note that lost its text must be seen before anything else. */
export function reviewGroupOf(annotation: Annotation): ReviewGroup {
  if (annotation.anchor.state === 'orphaned' || annotation.anchor.state === 'fuzzy') return annotation.anchor.state;
  return annotation.body.status;
}

/** Each non-empty group in view order, its members by article and then reading order. */
export function groupForReview<T>(items: readonly T[], annotationOf: (item: T) => Annotation, articleOf: (item: T) => string): [ReviewGroup, T[]][] {
  const groups = new Map<ReviewGroup, T[]>(REVIEW_GROUPS.map((g) => [g, []]));
  for (const item of items) groups.get(reviewGroupOf(annotationOf(item)))!.push(item);
  const start = (item: T): number => annotationOf(item).target.selector.position?.start ?? Number.MAX_SAFE_INTEGER;
  for (const members of groups.values()) {
    members.sort((a, b) => articleOf(a).localeCompare(articleOf(b)) || start(a) - start(b) || annotationOf(a).id.localeCompare(annotationOf(b).id));
  }
  return [...groups].filter(([, members]) => members.length > 0);
}
