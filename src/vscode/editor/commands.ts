import * as vscode from 'vscode';
import { crossSourceReport } from '../../core/report/cross-source-report';
import { refShownBy } from '../annotations/annotation-decisions';
import { indexingKey } from '../base/context-keys';
import type { FeatureDeps } from '../deps';
import { DISCREPANCY_SOURCE } from './diagnostics';

/** Workspace-level commands: re-scan, highlight toggles, the report, discrepancy navigation. */
export function register(context: vscode.ExtensionContext, { service, settings, log, annotations }: FeatureDeps): void {
  const toggle = (key: 'actors' | 'numbers' | 'claims', current: () => boolean) => async (): Promise<void> => {
    await settings.update(`highlight.${key}`, !current());
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.rescan', async () => {
      indexingKey.set(true);
      await service.rebuild().finally(() => indexingKey.set(false));
      void vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Corroborate: {0} articles indexed', service.index.size), 4000);
    }),
    vscode.commands.registerCommand('corroborate.toggleActors', toggle('actors', () => settings.current.highlightActors)),
    vscode.commands.registerCommand('corroborate.toggleNumbers', toggle('numbers', () => settings.current.highlightNumbers)),
    vscode.commands.registerCommand('corroborate.toggleClaims', toggle('claims', () => settings.current.highlightClaims)),
    vscode.commands.registerCommand('corroborate.showReport', async () => {
      await service.ready;
      await service.relinkSoon();
      const documents = service.index.paths().map((path) => service.index.document(path)!);
      // What a person rejected is left out, as in the views.
      const report = crossSourceReport(documents, service.index.linking, refShownBy(service.index, annotations));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report });
      service.ignore(doc);
      await vscode.window.showTextDocument(doc, { preview: false });
      log.info(`Cross-source report over ${documents.length} articles`);
    }),
    vscode.commands.registerCommand('corroborate.nextDiscrepancy', () => goToDiscrepancy(1)),
    vscode.commands.registerCommand('corroborate.previousDiscrepancy', () => goToDiscrepancy(-1)),
  );
}

/** Walks our problems in file and position order, wrapping around, starting from the cursor. */
async function goToDiscrepancy(direction: 1 | -1): Promise<void> {
  const all = vscode.languages
    .getDiagnostics()
    .flatMap(([uri, diagnostics]) => diagnostics.filter((d) => d.source === DISCREPANCY_SOURCE).map((d) => ({ uri, range: d.range })))
    .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start));
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corroborate found no discrepancies between sources.'));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const compare = (x: (typeof all)[number]): number => {
    if (!editor) return 1;
    const byFile = x.uri.toString().localeCompare(editor.document.uri.toString());
    return byFile !== 0 ? byFile : x.range.start.compareTo(editor.selection.active);
  };
  const target = direction > 0
    ? all.find((x) => compare(x) > 0) ?? all[0]
    : [...all].reverse().find((x) => compare(x) < 0) ?? all[all.length - 1];
  await vscode.window.showTextDocument(target.uri, { selection: target.range });
}
