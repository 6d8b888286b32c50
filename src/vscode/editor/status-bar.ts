import * as vscode from 'vscode';
import { isConflicting } from '../../core/link/clusters';
import { hasDiscrepanciesKey, indexingKey } from '../base/context-keys';
import type { FeatureDeps } from '../deps';
import { storySummary } from '../../core/stories/story-summary';
import { escapeMarkdown } from '../../core/report/markdown-text';
import { onDecisionsChange, shownBy } from '../annotations/annotation-decisions';

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
    const story = path ? service.index.storyOf(path) : undefined;
    const conflicts = service.index.discrepancies.filter((d) => isConflicting(d.relation) && d.mentions.some((r) => r.path === path)).length;
    item.text = `${indexing ? '$(sync~spin) ' : ''}$(person) ${actors} $(symbol-number) ${figures} $(quote) ${claims}${conflicts ? ` $(error) ${conflicts}` : ''}${story && service.index.stories.length > 1 ? ` $(library) ${shortLabel(story.label)}` : ''}`;
    item.tooltip = new vscode.MarkdownString(
      `**Corroborate** · ${path}\n\n` +
        (conflicts ? vscode.l10n.t('{0} actor mentions, {1} figures and dates, {2} claims, {3} conflicts with other sources.', actors, figures, claims, conflicts)
          : vscode.l10n.t('{0} actor mentions, {1} figures and dates, {2} claims.', actors, figures, claims)) + '\n\n' +
        (story ? vscode.l10n.t('Story: {0}.', escapeMarkdown(storySummary(story))) + '\n\n' : '') +
        (indexing ? vscode.l10n.t('Indexing the workspace… Click for the log.') : vscode.l10n.t('{0} articles indexed. Click for the log.', service.index.size)),
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

/** A story's label cut to fit beside the counts. */
function shortLabel(label: string): string {
  // Article words must not turn into icons: `$(` starts one in status bar text.
  const plain = label.replace(/\$\(/g, '$ (');
  return plain.length > 28 ? `${plain.slice(0, 27)}…` : plain;
}
