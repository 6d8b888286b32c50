import * as vscode from 'vscode';
import { hasDiscrepanciesKey, indexingKey } from './context-keys';
import type { FeatureDeps } from './deps';
import { onDecisionsChange, shownBy } from './annotation-decisions';

/** The current article's counts, and whether indexing is still running. */
export function register(context: vscode.ExtensionContext, { service, annotations }: FeatureDeps): void {
  const item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Corroborate';
  item.command = 'corroborate.showOutput';
  let indexing = true;

  const refresh = (): void => {
    indexingKey.set(indexing);
    hasDiscrepanciesKey.set(service.index.discrepancies.length > 0);
    const editor = vscode.window.activeTextEditor;
    const path = editor ? service.pathOf(editor.document) : undefined;
    const doc = path ? service.index.document(path) : undefined;
    if (!doc) {
      item.hide();
      return;
    }
    let actors = 0;
    let figures = 0;
    let claims = 0;
    // Counted as the views count: what a person rejected is not there.
    const shown = shownBy(annotations);
    for (const m of doc.mentions) {
      if (shown && !shown(path!, m)) continue;
      if (m.kind === 'actor') actors++;
      else if (m.kind === 'number') figures++;
      else if (m.type === 'claim') claims++;
    }
    const conflicts = service.index.discrepancies.filter((d) => d.relation === 'conflict' && d.mentions.some((r) => r.path === path)).length;
    item.text = `${indexing ? '$(sync~spin) ' : ''}$(person) ${actors} $(symbol-number) ${figures} $(quote) ${claims}${conflicts ? ` $(error) ${conflicts}` : ''}`;
    item.tooltip = new vscode.MarkdownString(
      `**Corroborate** · ${path}\n\n${actors} actor mentions, ${figures} figures and dates, ${claims} claims` +
        `${conflicts ? `, ${conflicts} conflicts with other sources` : ''}.\n\n` +
        `${indexing ? 'Indexing the workspace…' : `${service.index.size} articles indexed.`} Click for the log.`,
    );
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    service.onDidChange(refresh),
    onDecisionsChange(annotations, refresh),
  );
  void service.ready.then(() => {
    indexing = false;
    refresh();
  });
  refresh();
}
