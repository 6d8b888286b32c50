// editor/ — what a person sees in the open article: highlights, hovers, navigation, CodeLens, Problems
// and their quick fixes, the status bar, and the workspace commands. May import src/core, base/, index/,
// annotations/ and deps.ts (types); not actors/ or views/.
import * as vscode from 'vscode';
import { isConflicting } from '../../core/link/clusters';
import type { Mention } from '../../core/model';
import type { FeatureDeps } from '../deps';
import { toRange } from '../base/convert';
import type { Settings } from '../base/settings';
import { overruledMentions } from '../../core/annotations/over-text';
import { onDecisionsChange, shownBy, type Shown } from '../annotations/annotation-decisions';

type Style = 'person' | 'organization' | 'place' | 'number' | 'claim' | 'quote' | 'conflict';

function decorationType(style: Style): vscode.TextEditorDecorationType {
  const color = (name: string): vscode.ThemeColor => new vscode.ThemeColor(`corroborate.${name}`);
  const ruler = { overviewRulerColor: color(`${style}Ruler`), overviewRulerLane: vscode.OverviewRulerLane.Right };
  switch (style) {
    case 'claim':
      return vscode.window.createTextEditorDecorationType({ borderStyle: 'dotted', borderWidth: '0 0 1px 0', borderColor: color('claimUnderline'), ...ruler, overviewRulerLane: vscode.OverviewRulerLane.Left });
    case 'quote':
      return vscode.window.createTextEditorDecorationType({ color: color('quoteForeground'), fontStyle: 'italic' });
    case 'conflict':
      return vscode.window.createTextEditorDecorationType({ borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px', borderColor: color('conflictBorder'), ...ruler, overviewRulerLane: vscode.OverviewRulerLane.Full });
    default:
      return vscode.window.createTextEditorDecorationType({ backgroundColor: color(`${style}Background`), borderRadius: '2px', ...ruler });
  }
}

const STYLES: readonly Style[] = ['person', 'organization', 'place', 'number', 'claim', 'quote', 'conflict'];

function styleOf(mention: Mention): Style {
  if (mention.kind === 'actor') return mention.type;
  if (mention.kind === 'number') return 'number';
  return mention.type === 'quote' ? 'quote' : 'claim';
}

function enabled(style: Style, settings: Settings): boolean {
  if (style === 'person' || style === 'organization' || style === 'place') return settings.highlightActors;
  if (style === 'number' || style === 'conflict') return settings.highlightNumbers;
  return settings.highlightClaims;
}

/**
 * Paints mentions in every visible article editor. Decoration types are made once and
 * reused; a change repaints only the editors showing the changed document.
 */
export function register(context: vscode.ExtensionContext, { service, settings, annotations, highlights }: FeatureDeps): void {
  const types = new Map(STYLES.map((s) => [s, decorationType(s)] as const));
  context.subscriptions.push(...types.values());

  const paint = (editor: vscode.TextEditor): void => {
    const path = service.pathOf(editor.document);
    const doc = path ? service.index.document(path) : undefined;
    const fresh = doc && doc.text === editor.document.getText();
    const ranges = new Map<Style, vscode.Range[]>(STYLES.map((s) => [s, []]));
    if (doc && fresh && path) {
      const conflicted = conflictedMentions(service, path, shownBy(annotations));
      // What a person rejected or retyped gives way: the annotation decorations paint their decision instead.
      const overruled = overruledMentions(doc.mentions, annotations.annotationsOf(editor.document.uri));
      doc.mentions.forEach((mention, index) => {
        if (overruled.has(index)) return;
        ranges.get(styleOf(mention))!.push(toRange(editor.document, mention));
        if (conflicted.has(index)) ranges.get('conflict')!.push(toRange(editor.document, mention));
      });
    }
    for (const style of STYLES) editor.setDecorations(types.get(style)!, enabled(style, settings.current) ? ranges.get(style)! : []);
    highlights.set(editor.document.uri.toString(), new Map([...ranges].filter(([style]) => enabled(style, settings.current))));
  };
  const paintAll = (): void => vscode.window.visibleTextEditors.forEach(paint);

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!editor) return;
      service.sync(editor.document);
      paint(editor);
    }),
    service.onDidChange((change) => {
      for (const editor of vscode.window.visibleTextEditors) {
        const path = service.pathOf(editor.document);
        if (change.relinked || (path && change.paths.includes(path))) paint(editor);
      }
    }),
    settings.onDidChange(paintAll),
    // A verdict in one article can take the conflict outline off another: every visible editor is repainted.
    onDecisionsChange(annotations, paintAll),
  );
  // The articles already open are analysed and painted just after activation rather than in
  // it: analysing one with the compiler still cold took 50–120 ms, most of activation's time.
  const first = setTimeout(() => {
    for (const editor of vscode.window.visibleTextEditors) service.sync(editor.document);
    paintAll();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
}

function conflictedMentions(service: FeatureDeps['service'], path: string, shown: Shown | undefined): Set<number> {
  const out = new Set<number>();
  for (const d of service.index.discrepancies) {
    if (!isConflicting(d.relation) || !d.mentions.some((ref) => ref.path === path)) continue;
    // Only a side nobody rejected contradicts anything.
    const standing = (ref: { path: string; index: number }): boolean => {
      const mention = service.index.document(ref.path)?.mentions[ref.index];
      return mention !== undefined && (shown === undefined || shown(ref.path, mention));
    };
    if (!d.mentions.some((ref) => ref.path !== path && standing(ref))) continue;
    for (const ref of d.mentions) if (ref.path === path) out.add(ref.index);
  }
  return out;
}
