import type { Span } from '../text/span';

/** One replacement: `text` put in place of [start, end) of the text as it was just before this edit. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What the edits did to an annotated span:
 * - `unchanged`: nothing moved, the text is the same;
 * - `moved`: edits before it moved it, the text is the same;
 * - `edited`: an edit reached inside it, so its text may differ: re-check it with `reanchor`;
 * - `deleted`: its whole text was deleted or replaced: re-anchor it (it may be orphaned).
 */
export type ShiftStatus = 'unchanged' | 'moved' | 'edited' | 'deleted';

export interface ShiftedSpan extends Span {
  readonly status: ShiftStatus;
}

const SEVERITY: Record<ShiftStatus, number> = { unchanged: 0, moved: 1, edited: 2, deleted: 3 };

/**
 * Moves annotated spans along with live editor changes, applied in order, each in the
 * coordinates left by the ones before. VS Code reports one event's changes sorted from the
 * end of the document backwards, so they can be passed as they come. Text typed at either
 * edge of a span stays outside it, like a decoration that does not grow.
 */
export function shiftForEdits(spans: readonly Span[], edits: readonly TextEdit[]): ShiftedSpan[] {
  return spans.map((span) => {
    let current: ShiftedSpan = { start: span.start, end: span.end, status: 'unchanged' };
    for (const edit of edits) current = shiftOne(current, edit);
    return current;
  });
}

function shiftOne(span: ShiftedSpan, edit: TextEdit): ShiftedSpan {
  const { start, end } = span;
  const removed = edit.end - edit.start;
  const delta = edit.text.length - removed;
  const worse = (status: ShiftStatus): ShiftStatus => (SEVERITY[status] > SEVERITY[span.status] ? status : span.status);
  if (edit.end <= start) {
    if (delta === 0) return span;
    return { start: start + delta, end: end + delta, status: worse('moved') };
  }
  if (edit.start >= end) return span;
  if (edit.start <= start && edit.end >= end) {
    // The annotated text is gone; keep the spot as a hint for re-anchoring.
    return { start: edit.start, end: edit.start + edit.text.length, status: 'deleted' };
  }
  if (edit.start < start) return { start: edit.start + edit.text.length, end: end + delta, status: worse('edited') };
  if (edit.end > end) return { start, end: edit.start, status: worse('edited') };
  return { start, end: end + delta, status: worse('edited') };
}
