import type { Mention, MentionKind } from '../model';
import type { Span } from '../text/span';
import { articleFieldFor, articlePathOf } from './placement';
import type { Annotation } from './model';

/**
 * How a person's annotations sit over the text and over what the detector found there:
 * which annotation the cursor is on, which detections a person rejected or retyped, and
 * which annotations mark something the detector missed.
 */

export function spanOf(annotation: Annotation): Span | undefined {
  return annotation.target.selector.position;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Annotations at `offset`, the innermost first; a cursor just after the last character still counts. */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((a) => { const span = spanOf(a); return span !== undefined && span.start <= offset && offset <= span.end; })
    .sort((a, b) => length(a) - length(b));
}

/** The innermost annotation at `offset`, preferring the one that is exactly on `span` (a detection under the cursor). */
export function annotationAt(annotations: readonly Annotation[], offset: number, span?: Span): Annotation | undefined {
  const found = annotationsAt(annotations, offset);
  return found.find((a) => span && sameSpan(spanOf(a), span)) ?? found[0];
}

/** The annotation of the same kind that a person put over this detection, if any. */
export function annotationOver(annotations: readonly Annotation[], mention: Span & { readonly kind: MentionKind }): Annotation | undefined {
  let best: Annotation | undefined;
  for (const a of annotations) {
    const span = spanOf(a);
    if (a.kind !== mention.kind || !span || !overlaps(span, mention)) continue;
    if (!best || sameSpan(span, mention) || length(a) < length(best)) best = a;
  }
  return best;
}

export function isRejected(annotations: readonly Annotation[], mention: Span & { readonly kind: MentionKind }): boolean {
  return annotations.length > 0 && annotationOver(annotations, mention)?.body.detection === 'rejected';
}

/**
 * Indexes of the mentions whose own highlight gives way to a person's decision: rejected
 * ones, and ones the person gave another type (their annotation is painted instead).
 */
export function overruledMentions(mentions: readonly Mention[], annotations: readonly Annotation[]): Set<number> {
  const out = new Set<number>();
  if (annotations.length === 0) return out;
  mentions.forEach((mention, index) => {
    const over = annotationOver(annotations, mention);
    if (over && (over.body.detection === 'rejected' || over.type !== mention.type)) out.add(index);
  });
  return out;
}

/** Annotations that need a highlight of their own: no detection of the same kind and type lies under them. */
export function ownHighlights(annotations: readonly Annotation[], mentions: readonly Mention[]): Annotation[] {
  return annotations.filter((a) => {
    const span = spanOf(a);
    if (!span || a.body.detection === 'rejected') return false;
    return !mentions.some((m) => m.kind === a.kind && m.type === a.type && overlaps(m, span));
  });
}

/** A link's `path`: the other document relative to the article's folder, `/` separators. */
export function linkPathFrom(articlePath: string, otherPath: string): string {
  return articleFieldFor(articlePath, otherPath);
}

/** The workspace path a link's `path` points at, from the article that holds it. */
export function linkedPath(articlePath: string, linkPath: string): string {
  return articlePathOf(articlePath, linkPath);
}

function sameSpan(a: Span | undefined, b: Span): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end;
}

function length(a: Annotation): number {
  const span = spanOf(a);
  return span ? span.end - span.start : Number.MAX_SAFE_INTEGER;
}

/**
 * What in an article's annotations changes how its detections are shown (verdicts, types,
 * review labels and links, places lost), and not where they are: typing shifts positions
 * on every keystroke, and that alone must not repaint or re-check the workspace.
 */
export function decisionSignature(annotations: readonly Annotation[]): string {
  return annotations
    .map((a) => [a.id, a.kind, a.type, a.body.detection ?? '', (a.body.labels ?? []).join(','), (a.links ?? []).map((l) => `${l.relation}:${l.path}:${l.exact}`).join(','), a.anchor.state === 'orphaned'].join('|'))
    .sort()
    .join('\n');
}
