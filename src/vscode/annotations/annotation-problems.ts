import * as vscode from 'vscode';
import { retarget, type Annotation } from '../../core/annotations';
import { ChangedDiagnostics } from '../base/changed-diagnostics';
import type { FeatureDeps } from '../deps';
import type { SidecarEntry } from './annotation-store';
import { annotationAt } from '../../core/annotations/over-text';
import { argsOf, placeOf } from './annotation-target';

export const ANNOTATION_SOURCE = 'Corroborate annotations';
const ORPHANED = 'orphaned-annotation';
const REATTACH = 'corroborate.reattachAnnotation';
const DELETE = 'corroborate.deleteAnnotation';

/**
 * Problems for what needs a person: a sidecar that cannot be read (on its line), a sidecar
 * whose article is gone, and annotations that lost their place, with quick fixes to
 * re-attach one at the selection or delete it.
 */
export function register(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const { annotations: store, log } = deps;
  // The store reports every keystroke in an annotated article; only changed problems are sent.
  const collection = new ChangedDiagnostics('corroborate-annotations');
  const refresh = (entry: SidecarEntry): void => {
    collection.set(entry.sidecar, sidecarProblems(entry));
    collection.set(entry.article, entry.articleMissing ? [] : orphanProblems(entry.file.annotations));
  };
  context.subscriptions.push(
    collection,
    store.onDidChange(refresh),
    vscode.commands.registerCommand(REATTACH, async (uri?: vscode.Uri, id?: string) => {
      const editor = vscode.window.activeTextEditor;
      const article = uri ?? editor?.document.uri;
      if (!article) return;
      const orphan = id ? store.annotationsOf(article).find((a) => a.id === id) : await pickOrphan(store.annotationsOf(article));
      if (!orphan) return;
      if (!editor || editor.document.uri.toString() !== article.toString() || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the text "{0}" now belongs to, then re-attach the annotation.', orphan.target.selector.quote.exact));
        return;
      }
      const document = editor.document;
      const span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
      if (!document.getText(editor.selection).trim()) return;
      await store.update(article, orphan.id, (a) => retarget(a, document.getText(), span, () => new Date()))
        .catch((error) => void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate: {0}', error instanceof Error ? error.message : String(error))));
      log.info(`Re-attached ${orphan.id} in ${article.path}`);
    }),
    // Called by quick fixes with (uri, id), by the Annotations view with its item, from the palette with nothing (the annotation under the cursor).
    vscode.commands.registerCommand(DELETE, async (raw?: unknown, rawId?: string) => {
      const args = argsOf(raw);
      const place = args.id || typeof rawId === 'string' ? undefined : await placeOf(args, deps);
      const uri = args.uri ?? place?.document.uri;
      const id = args.id ?? rawId ?? (place ? annotationAt(store.annotationsOf(place.document.uri), place.offset)?.id : undefined);
      if (!uri || !id) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on an annotated span to delete its annotation.'));
        return;
      }
      const remove = vscode.l10n.t('Delete');
      const choice = args.confirm === false ? remove : await vscode.window.showWarningMessage(vscode.l10n.t('Delete annotation {0}? Its status and note are removed from the sidecar.', id), { modal: true }, remove);
      if (choice === remove) await store.remove(uri, id).catch((error) => void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate: {0}', error instanceof Error ? error.message : String(error))));
    }),
    vscode.languages.registerCodeActionsProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
      provideCodeActions(document, _range, codeActionContext) {
        return codeActionContext.diagnostics.filter((d) => d.source === ANNOTATION_SOURCE && d.code === ORPHANED).flatMap((diagnostic) => {
          const id = /^Annotation (\S+) /.exec(diagnostic.message)?.[1];
          if (!id) return [];
          const reattach = new vscode.CodeAction(vscode.l10n.t('Re-attach {0} to the selected text', id), vscode.CodeActionKind.QuickFix);
          reattach.command = { title: reattach.title, command: REATTACH, arguments: [document.uri, id] };
          const remove = new vscode.CodeAction(vscode.l10n.t('Delete annotation {0}', id), vscode.CodeActionKind.QuickFix);
          remove.command = { title: remove.title, command: DELETE, arguments: [document.uri, id] };
          for (const action of [reattach, remove]) action.diagnostics = [diagnostic];
          return [reattach, remove];
        });
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

function sidecarProblems(entry: SidecarEntry): vscode.Diagnostic[] {
  const problems = entry.problems.map((p) => {
    const line = Math.max(0, p.line - 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), vscode.l10n.t('{0}. Corroborate will not write this file until it is fixed.', p.message), vscode.DiagnosticSeverity.Error);
    diagnostic.source = ANNOTATION_SOURCE;
    return diagnostic;
  });
  if (entry.articleMissing) {
    const count = entry.file.annotations.length;
    const name = entry.article.path.slice(entry.article.path.lastIndexOf('/') + 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1000),
      count === 1 ? vscode.l10n.t('The article {0} is missing: it was deleted or moved outside the editor. Its annotation is kept here; move this file beside the article if it moved.', name)
        : vscode.l10n.t('The article {0} is missing: it was deleted or moved outside the editor. Its {1} annotations are kept here; move this file beside the article if it moved.', name, count),
      vscode.DiagnosticSeverity.Warning);
    diagnostic.source = ANNOTATION_SOURCE;
    problems.push(diagnostic);
  }
  return problems;
}

function orphanProblems(annotations: readonly Annotation[]): vscode.Diagnostic[] {
  return annotations.filter((a) => a.anchor.state === 'orphaned').map((a) => {
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0),
      vscode.l10n.t('Annotation {0} lost its place: "{1}" is no longer in the text. Select where it belongs and re-attach it (Quick Fix), or delete it.', a.id, a.target.selector.quote.exact),
      vscode.DiagnosticSeverity.Warning);
    diagnostic.source = ANNOTATION_SOURCE;
    diagnostic.code = ORPHANED;
    return diagnostic;
  });
}

async function pickOrphan(annotations: readonly Annotation[]): Promise<Annotation | undefined> {
  const orphans = annotations.filter((a) => a.anchor.state === 'orphaned');
  if (orphans.length <= 1) return orphans[0];
  const picked = await vscode.window.showQuickPick(orphans.map((a) => ({ label: a.target.selector.quote.exact, description: a.id, annotation: a })), { placeHolder: vscode.l10n.t('Which annotation should be re-attached?') });
  return picked?.annotation;
}
