import * as vscode from 'vscode';
import type { Annotation, AnnotationStatus, AnnotationType, AnnotationValue, LinkRelation } from '../../core/annotations';
import { annotationAt, annotationOver } from '../../core/annotations/over-text';
import type { LocatedMention } from '../../core/index/workspace-index';
import type { Mention } from '../../core/model';
import type { Span } from '../../core/text/span';
import type { FeatureDeps } from '../deps';

/**
 * What an annotation command may be given instead of asking: integration tests and other
 * extensions pass it, the Annotations view passes its item (`uri` and `id`). Whatever is
 * missing comes from the editor (selection, cursor) or a picker.
 */
export interface AnnotationCommandArgs {
  readonly uri?: vscode.Uri;
  readonly id?: string;
  readonly start?: number;
  readonly end?: number;
  readonly type?: AnnotationType;
  readonly status?: AnnotationStatus;
  readonly note?: string;
  readonly relation?: LinkRelation;
  readonly target?: { readonly uri: vscode.Uri; readonly start: number; readonly end: number };
  /** For deleting: false skips the confirmation. */
  readonly confirm?: boolean;
}

export function argsOf(raw: unknown): AnnotationCommandArgs {
  if (raw instanceof vscode.Uri) return { uri: raw };
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const uri = uriFrom(r.uri);
  const target = r.target && typeof r.target === 'object' ? (r.target as Record<string, unknown>) : undefined;
  const targetUri = uriFrom(target?.uri);
  return {
    uri,
    id: typeof r.id === 'string' ? r.id : undefined,
    start: typeof r.start === 'number' ? r.start : undefined,
    end: typeof r.end === 'number' ? r.end : undefined,
    type: typeof r.type === 'string' ? (r.type as AnnotationType) : undefined,
    status: typeof r.status === 'string' ? (r.status as AnnotationStatus) : undefined,
    note: typeof r.note === 'string' ? r.note : undefined,
    relation: typeof r.relation === 'string' ? (r.relation as LinkRelation) : undefined,
    target: targetUri && typeof target?.start === 'number' && typeof target.end === 'number' ? { uri: targetUri, start: target.start, end: target.end } : undefined,
    confirm: typeof r.confirm === 'boolean' ? r.confirm : undefined,
  };
}

function uriFrom(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  if (value && typeof value === 'object' && typeof (value as { path?: unknown }).path === 'string') return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

/** Where a command acts: a document, the cursor offset, and the selection when there is one. */
export interface Place {
  readonly document: vscode.TextDocument;
  readonly path: string | undefined;
  readonly offset: number;
  readonly selection: Span | undefined;
}

export async function placeOf(args: AnnotationCommandArgs, { service }: FeatureDeps): Promise<Place | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = args.uri ? await vscode.workspace.openTextDocument(args.uri) : editor?.document;
  if (!document) return undefined;
  const path = service.sync(document);
  if (args.start !== undefined) {
    const end = args.end ?? args.start;
    return { document, path, offset: args.start, selection: end > args.start ? { start: args.start, end } : undefined };
  }
  if (!editor || editor.document !== document) return { document, path, offset: 0, selection: undefined };
  const selection = editor.selection.isEmpty ? undefined : { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  return { document, path, offset: document.offsetAt(editor.selection.active), selection };
}

/** The detection at the place: the one exactly on the selection if any, else the innermost under the cursor. */
export function detectionAt(place: Place, { service }: FeatureDeps, accept?: (m: Mention) => boolean): LocatedMention | undefined {
  if (!place.path) return undefined;
  const { selection } = place;
  if (selection) {
    const doc = service.index.document(place.path);
    const index = doc?.mentions.findIndex((m) => m.start === selection.start && m.end === selection.end && (!accept || accept(m))) ?? -1;
    if (index >= 0) return service.index.located(place.path, index);
  }
  return service.index.mentionAt(place.path, place.offset, accept);
}

/** What a detection amounts to as an annotation's `value`: the canonical name, the normalised figure, the speaker. */
export function valueOf(located: LocatedMention, { service }: FeatureDeps): AnnotationValue | undefined {
  const m = located.mention;
  if (m.kind === 'actor') return (located.cluster && service.index.cluster(located.cluster)?.label) || m.name;
  if (m.kind === 'number') {
    const value: Record<string, string | number | boolean> = {};
    for (const [key, item] of Object.entries(m.value)) if (item !== undefined) value[key] = item as string | number | boolean;
    return Object.keys(value).length > 0 ? value : undefined;
  }
  return m.speaker;
}

/**
 * The annotation a command acts on: the one named by id, else the innermost under the
 * cursor. On a detection nobody has annotated yet, one is made first, so "set status" on
 * a highlighted name just works.
 */
export async function annotationUnderCursor(place: Place, args: AnnotationCommandArgs, deps: FeatureDeps): Promise<Annotation | undefined> {
  const existing = deps.annotations.annotationsOf(place.document.uri);
  if (args.id) return existing.find((a) => a.id === args.id);
  const located = detectionAt(place, deps);
  const found = annotationAt(existing, place.selection?.start ?? place.offset, located?.mention);
  if (!located) return found;
  // The innermost thing under the cursor wins: a note on one name inside a detected claim, or the claim.
  const position = found?.target.selector.position;
  if (found && position && position.end - position.start <= located.mention.end - located.mention.start) return found;
  const over = annotationOver(existing, located.mention);
  if (over) return over;
  const value = valueOf(located, deps);
  return deps.annotations.add(place.document, located.mention, {
    kind: located.mention.kind, type: located.mention.type, body: { status: 'unverified', ...(value !== undefined ? { value } : {}) },
  });
}

export function showError(error: unknown, log: vscode.LogOutputChannel): void {
  const message = error instanceof Error ? error.message : String(error);
  log.error(`Annotations: ${message}`);
  void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate: {0}', message));
}
