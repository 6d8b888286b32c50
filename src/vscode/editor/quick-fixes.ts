import * as vscode from 'vscode';
import type { Discrepancy } from '../../core/link/clusters';
import type { FeatureDeps } from '../deps';
import { DISCREPANCY_SOURCE } from './diagnostics';
import { fromCoreRange, toCorePath } from '../base/convert';
import { showError } from '../annotations/annotation-target';

const MARK_REVIEWED = 'corroborate.markReviewed';

/**
 * For each discrepancy under the cursor: open each other source at its side of the
 * disagreement, or mark the discrepancy as reviewed so it leaves the Problems panel (the
 * mark is an annotation in this side's sidecar, see `ReviewedDiscrepancies`).
 */
export function register(context: vscode.ExtensionContext, { service, reviewed, log }: FeatureDeps): void {
  const discrepancyAt = (document: vscode.TextDocument, range: vscode.Range): Discrepancy | undefined => {
    const path = service.pathOf(document);
    const lines = path ? service.index.lineIndex(path) : undefined;
    const doc = path ? service.index.document(path) : undefined;
    if (!path || !lines || !doc) return undefined;
    return service.index.discrepancies.find((d) => d.mentions.some((m) =>
      m.path === path && doc.mentions[m.index] && fromCoreRange(lines.rangeOf(doc.mentions[m.index])).isEqual(range)));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(MARK_REVIEWED, async (key: unknown, uri?: unknown, offset?: unknown) => {
      const discrepancy = typeof key === 'string' ? reviewed.find(key) : undefined;
      if (!discrepancy) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Corroborate: this discrepancy has changed since; look at it again in Problems.'));
        return;
      }
      const path = uri instanceof vscode.Uri ? toCorePath(uri) : undefined;
      await reviewed.mark(discrepancy, path, typeof offset === 'number' ? offset : undefined).catch((error) => showError(error, log));
    }),
    vscode.commands.registerCommand('corroborate.resetReviewed', async () => {
      const count = await reviewed.clear();
      void vscode.window.showInformationMessage(count === 1 ? vscode.l10n.t('Corroborate: 1 reviewed discrepancy is shown again.') : vscode.l10n.t('Corroborate: {0} reviewed discrepancies are shown again.', count));
    }),
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'plaintext' }, { language: 'markdown' }],
      {
        provideCodeActions(document, _range, codeActionContext) {
          const actions: vscode.CodeAction[] = [];
          for (const diagnostic of codeActionContext.diagnostics) {
            if (diagnostic.source !== DISCREPANCY_SOURCE) continue;
            for (const info of diagnostic.relatedInformation ?? []) {
              const name = info.location.uri.path.split('/').pop();
              const action = new vscode.CodeAction(vscode.l10n.t('Open the other source: {0}', name ?? ''), vscode.CodeActionKind.QuickFix);
              action.diagnostics = [diagnostic];
              action.command = {
                title: action.title,
                command: 'vscode.open',
                arguments: [info.location.uri, { selection: info.location.range, preview: true }],
              };
              actions.push(action);
            }
            const discrepancy = discrepancyAt(document, diagnostic.range);
            if (discrepancy) {
              const action = new vscode.CodeAction(vscode.l10n.t('Mark this discrepancy as reviewed'), vscode.CodeActionKind.QuickFix);
              action.diagnostics = [diagnostic];
              action.command = { title: action.title, command: MARK_REVIEWED, arguments: [reviewed.keyOf(discrepancy), document.uri, document.offsetAt(diagnostic.range.start)] };
              actions.push(action);
            }
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}
