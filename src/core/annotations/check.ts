import type { FileProblem } from '../actors-file';
import { reanchorFile } from './annotate';
import { settleFile } from './follow';
import type { AnchorState, Annotation, AnnotationsFile } from './model';
import { quoteChanges } from './quote-changes';

/** One annotation as `corroborate check` reports it; the JSON output is a list of these. */
export interface CheckedAnnotation {
  /** The article, as the caller shows paths (the CLI: relative to the current folder, `/` separators). */
  readonly path: string;
  readonly id: string;
  readonly anchor: AnchorState;
  /** UTF-16 offsets in the article as it reads now; absent for an orphan. */
  readonly start?: number;
  readonly end?: number;
  /** The text as it was annotated: for a fuzzy match it shows what changed. */
  readonly exact: string;
  /** 0..1, only for `fuzzy`. */
  readonly score?: number;
  /** Only for `fuzzy`: what a person must confirm, such as "2.1 million → 2.4 million". */
  readonly changes?: readonly string[];
}

/** A sidecar that cannot be trusted or whose article is gone: `path` is the sidecar's. */
export interface CheckError extends FileProblem {
  readonly path: string;
}

export interface CheckReport {
  readonly version: 1;
  readonly annotations: readonly CheckedAnnotation[];
  readonly errors: readonly CheckError[];
}

export interface SidecarCheck {
  readonly annotations: readonly CheckedAnnotation[];
  /**
   * The sidecar as it should be saved with the article as it reads now (what `--fix` writes):
   * an annotation found word for word is `exact` at the place it was found; a fuzzy one stays
   * fuzzy, since only a person can accept a changed figure; an orphan loses its position.
   */
  readonly fixed: AnnotationsFile;
  /** What `fixed` changes for each annotation whose recorded state or position it changes. */
  readonly fixes: readonly AnchorFix[];
}

export interface AnchorFix {
  readonly id: string;
  /** What the check found: shifted, fuzzy or orphaned. */
  readonly found: AnchorState;
  /** What `fixed` records. */
  readonly now: AnchorState;
  /** The new position, absent for an orphan. */
  readonly start?: number;
  readonly end?: number;
}

/**
 * Looks for every annotation of a sidecar in the article as it reads now. When the article
 * is the text the sidecar was last anchored against, the recorded states stand, so a check
 * after `--fix` reports what was fixed rather than starting over.
 */
export function checkSidecar(file: AnnotationsFile, text: string, articlePath: string): SidecarCheck {
  const reanchored = reanchorFile(file, text).file;
  const annotations = reanchored.annotations.map((a): CheckedAnnotation => {
    const position = a.target.selector.position;
    const placed = a.anchor.state !== 'orphaned' && position;
    return {
      path: articlePath,
      id: a.id,
      anchor: placed ? a.anchor.state : 'orphaned',
      ...(placed ? { start: position.start, end: position.end } : {}),
      exact: a.target.selector.quote.exact,
      ...(placed && a.anchor.state === 'fuzzy' ? { score: a.anchor.score ?? 0, changes: quoteChanges(a.target.selector.quote.exact, text.slice(position.start, position.end)) } : {}),
    };
  });
  const settled = settleFile(reanchored, text);
  const fixed = { ...settled, annotations: settled.annotations.map(placedExactly) };
  return { annotations, fixed, fixes: fixesBetween(file, reanchored, fixed) };
}

/** Written at its new place, a shifted annotation is where the sidecar says: exact. */
function placedExactly(annotation: Annotation): Annotation {
  return annotation.anchor.state === 'shifted' ? { ...annotation, anchor: { state: 'exact' } } : annotation;
}

/** Each annotation whose recorded state or position `after` changes, with what the check found for it. */
function fixesBetween(recorded: AnnotationsFile, found: AnnotationsFile, after: AnnotationsFile): AnchorFix[] {
  const old = new Map(recorded.annotations.map((a) => [a.id, a]));
  const states = new Map(found.annotations.map((a) => [a.id, a.anchor.state]));
  const fixes: AnchorFix[] = [];
  for (const a of after.annotations) {
    const was = old.get(a.id);
    const position = a.target.selector.position;
    const oldPosition = was?.target.selector.position;
    if (!was || (was.anchor.state === a.anchor.state && oldPosition?.start === position?.start && oldPosition?.end === position?.end)) continue;
    fixes.push({ id: a.id, found: states.get(a.id) ?? a.anchor.state, now: a.anchor.state, ...(position ? { start: position.start, end: position.end } : {}) });
  }
  return fixes;
}

/** 0 when every sidecar is valid and every annotation found its text, 1 when some are orphaned, 2 on any error. */
export function checkExitCode(report: CheckReport): 0 | 1 | 2 {
  if (report.errors.length > 0) return 2;
  return report.annotations.some((a) => a.anchor === 'orphaned') ? 1 : 0;
}

/** Where a line of the text report points: the article for placed annotations, the sidecar for orphans and errors. */
export interface ReportPlace {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

const QUOTE_SHOWN = 60;

/** `path:line:col: state id "exact"`, the form editors and terminals turn into links. */
export function checkLine(annotation: CheckedAnnotation, at: ReportPlace): string {
  const exact = annotation.exact.length > QUOTE_SHOWN ? `${shortened(annotation.exact, QUOTE_SHOWN - 1)}…` : annotation.exact;
  const score = annotation.score === undefined ? '' : ` (score ${annotation.score})`;
  const changes = annotation.changes?.length ? `: ${annotation.changes.join('; ')}` : '';
  return `${at.path}:${at.line}:${at.column}: ${annotation.anchor} ${annotation.id} ${JSON.stringify(exact)}${score}${changes}`;
}

/** The first `length` code units, one fewer rather than half an emoji. */
function shortened(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

export function errorLine(error: CheckError): string {
  return `${error.path}:${error.line}: error: ${error.message}`;
}

/** The closing line: how many annotations in each state, and how many errors. */
export function checkSummary(report: CheckReport, sidecars: number): string {
  const count = (state: AnchorState): number => report.annotations.filter((a) => a.anchor === state).length;
  const states = (['exact', 'shifted', 'fuzzy', 'orphaned'] as const).map((s) => `${count(s)} ${s}`).join(', ');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(report.annotations.length, 'annotation')} in ${plural(sidecars, 'sidecar')}: ${states}; ${plural(report.errors.length, 'error')}`;
}
