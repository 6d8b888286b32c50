import * as vscode from 'vscode';
import type { FeatureDeps } from './deps';
import { DISCREPANCY_SOURCE } from './diagnostics';

/** For each discrepancy under the cursor: open each other source at its side of the disagreement. */
export function register(context: vscode.ExtensionContext, _deps: FeatureDeps): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'plaintext' }, { language: 'markdown' }],
      {
        provideCodeActions(_document, _range, codeActionContext) {
          const actions: vscode.CodeAction[] = [];
          for (const diagnostic of codeActionContext.diagnostics) {
            if (diagnostic.source !== DISCREPANCY_SOURCE) continue;
            for (const info of diagnostic.relatedInformation ?? []) {
              const name = info.location.uri.path.split('/').pop();
              const action = new vscode.CodeAction(`Open the other source: ${name}`, vscode.CodeActionKind.QuickFix);
              action.diagnostics = [diagnostic];
              action.command = {
                title: action.title,
                command: 'vscode.open',
                arguments: [info.location.uri, { selection: info.location.range, preview: true }],
              };
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
