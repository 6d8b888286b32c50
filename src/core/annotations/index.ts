/**
 * Annotations in sidecar YAML: the format, reading and writing it, merging concurrent
 * versions, and anchoring annotations to text that keeps changing. Pure: callers bring the
 * text and the file contents and take the results to disk themselves.
 */
export * from './model';
export { newAnnotationId, GENERATED_ID, ANNOTATION_ID, type RandomSource } from './ids';
export { emptySidecar, createAnnotation, retarget, applyOutcome, reanchor, reanchorFile, type AnnotationInput, type AnnotationDeps, type Reanchored } from './annotate';
export { locate, ANCHORING, type AnchorOutcome, type OrphanReason } from './anchor';
export { followEdits, settleFile } from './follow';
export { shiftForEdits, type TextEdit, type ShiftedSpan, type ShiftStatus } from './shift';
export { prepareSearchText, normalizeForSearch, type SearchText } from './search-text';
export { selectorAt } from './selector';
export { parseSidecar, writeSidecar, MAX_SIDECAR_CHARS, type ParsedSidecar } from './sidecar-yaml';
export { mergeById, type MergeConflict, type MergeResult } from './merge';
export { canonicalOrder } from './canonical';
export { sidecarPathFor, articlePathOf, articleFieldFor, isSidecarPath } from './placement';
export { relocateSidecar, retargetLinks } from './relocate';
export { checkSidecar, checkExitCode, checkLine, errorLine, checkSummary, type CheckedAnnotation, type CheckError, type CheckReport, type SidecarCheck, type ReportPlace, type AnchorFix } from './check';
export { hasOwnComments } from './own-comments';
export { quoteChanges } from './quote-changes';
export { keepsItsSurroundings } from './edited-in-place';
export { mergeOutsideChange } from './merge-outside';
