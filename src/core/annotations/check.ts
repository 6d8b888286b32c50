import type { FileProblem } from '../actors-file';
import { reanchorFile } from './annotate';
import { settleFile } from './follow';
import type { AnchorState, AnnotationsFile } from './model';

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
  /** The sidecar as it should be saved with the article as it reads now (what `--fix` writes). */
  readonly fixed: AnnotationsFile;
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
      ...(placed && a.anchor.state === 'fuzzy' ? { score: a.anchor.score ?? 0 } : {}),
    };
  });
  return { annotations, fixed: settleFile(reanchored, text) };
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
  return `${at.path}:${at.line}:${at.column}: ${annotation.anchor} ${annotation.id} ${JSON.stringify(exact)}${score}`;
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
