import * as vscode from 'vscode';
import { STATUSES, type Annotation, type AnnotationStatus } from '../../core/annotations';
import { ownHighlights } from '../../core/annotations/over-text';
import type { FeatureDeps } from '../deps';
import { toRange } from '../base/convert';

const COLOR_OF: Readonly<Record<AnnotationStatus, string>> = {
  unverified: 'corroborate.annotationUnverified',
  verified: 'corroborate.annotationVerified',
  disputed: 'corroborate.annotationDisputed',
  'needs-source': 'corroborate.annotationNeedsSource',
};
/** A mark after the text, readable without colour. Unverified is the default and gets none. */
const BADGE: Readonly<Record<AnnotationStatus, string>> = { unverified: '', verified: '✓', disputed: '✗', 'needs-source': '?' };

type Own = 'person' | 'organization' | 'place' | 'number' | 'claim' | 'quote';
const OWN: readonly Own[] = ['person', 'organization', 'place', 'number', 'claim', 'quote'];

function statusType(status: AnnotationStatus): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(COLOR_OF[status]);
  return vscode.window.createTextEditorDecorationType({
    borderStyle: 'dotted', borderWidth: '0 0 2px 0', borderColor: color,
    overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Center,
    ...(BADGE[status] ? { after: { contentText: BADGE[status], color, margin: '0 0 0 1px', fontWeight: 'bold' } } : {}),
  });
}

/** The detector's own colours, for what a person marked where the detector found nothing (or something else). */
function ownType(style: Own): vscode.TextEditorDecorationType {
  const color = (name: string): vscode.ThemeColor => new vscode.ThemeColor(`corroborate.${name}`);
  if (style === 'claim') return vscode.window.createTextEditorDecorationType({ borderStyle: 'dotted', borderWidth: '0 0 1px 0', borderColor: color('claimUnderline') });
  if (style === 'quote') return vscode.window.createTextEditorDecorationType({ color: color('quoteForeground'), fontStyle: 'italic' });
  return vscode.window.createTextEditorDecorationType({ backgroundColor: color(`${style}Background`), borderRadius: '2px' });
}

function ownStyle(a: Annotation): Own {
  if (a.kind === 'number') return 'number';
  return a.type as Own;
}

/**
 * Marks every annotated span by its status, and highlights what a person annotated that
 * the detector missed or typed otherwise. Only editors showing the changed article are
 * repainted, so typing in one article costs nothing anywhere else.
 */
export function register(context: vscode.ExtensionContext, { annotations: store, service, highlights, settings }: FeatureDeps): void {
  const statusTypes = new Map(STATUSES.map((s) => [s, statusType(s)] as const));
  const ownTypes = new Map(OWN.map((s) => [s, ownType(s)] as const));
  context.subscriptions.push(...statusTypes.values(), ...ownTypes.values());

  const ownIds = new Map<string, Set<string>>();
  const paint = (editor: vscode.TextEditor): void => {
    const document = editor.document;
    const text = document.getText();
    const annotations = store.annotationsOf(document.uri).filter((a) => a.target.selector.position && a.target.selector.position.end <= text.length);
    const byStatus = new Map<AnnotationStatus, vscode.Range[]>(STATUSES.map((s) => [s, []]));
    for (const a of annotations) if (a.body.detection !== 'rejected') byStatus.get(a.body.status)!.push(toRange(document, a.target.selector.position!));
    const path = service.pathOf(document);
    const doc = path ? service.index.document(path) : undefined;
    // While the analysis lags behind typing, the last verdict on which annotations need their own colour holds.
    const key = document.uri.toString();
    if (doc && doc.text === text) ownIds.set(key, new Set(ownHighlights(annotations, doc.mentions).map((a) => a.id)));
    const own = ownIds.get(key) ?? new Set(ownHighlights(annotations, []).map((a) => a.id));
    const byOwn = new Map<Own, vscode.Range[]>(OWN.map((s) => [s, []]));
    for (const a of annotations.filter((x) => own.has(x.id) && x.body.detection !== 'rejected')) byOwn.get(ownStyle(a))?.push(toRange(document, a.target.selector.position!));
    // With all colouring off (corroborate.highlight.enabled) nothing is painted; the annotations stay in their sidecars.
    if (!settings.current.colouring) for (const ranges of [...byStatus.values(), ...byOwn.values()]) ranges.length = 0;
    for (const [status, type] of statusTypes) editor.setDecorations(type, byStatus.get(status)!);
    for (const [style, type] of ownTypes) editor.setDecorations(type, byOwn.get(style)!);
    const painted = new Map<string, readonly vscode.Range[]>();
    for (const [status, ranges] of byStatus) painted.set(`annotation:${status}`, ranges);
    for (const [style, ranges] of byOwn) painted.set(`annotation:${style}`, ranges);
    highlights.set(`annotations:${document.uri.toString()}`, painted);
  };
  const paintArticle = (article: vscode.Uri): void => {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === article.toString()) paint(editor);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    store.onDidChange((entry) => paintArticle(entry.article)),
    settings.onDidChange(() => vscode.window.visibleTextEditors.forEach(paint)),
    service.onDidChange((change) => {
      for (const editor of vscode.window.visibleTextEditors) {
        const path = service.pathOf(editor.document);
        if (path && change.paths.includes(path)) paint(editor);
      }
    }),
  );
  // Painted just after activation, as the detections are (see decorations.ts): activation stays light.
  const first = setTimeout(() => vscode.window.visibleTextEditors.forEach(paint), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
}
