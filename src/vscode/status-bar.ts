import * as vscode from 'vscode';
import { countWords } from '../core/text/word-count';
import type { FeatureDeps } from './deps';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const TYPING_DELAY_MS = 300;

/** Shows the current article's size; later issues add its actor, figure and claim counts. */
export function register(context: vscode.ExtensionContext, _deps: FeatureDeps): void {
  const item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Corroborate';
  item.command = 'corroborate.showOutput';
  let timer: NodeJS.Timeout | undefined;

  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !ARTICLE_LANGUAGES.has(editor.document.languageId)) {
      item.hide();
      return;
    }
    const words = countWords(editor.document.getText());
    item.text = `$(book) ${words.toLocaleString('en-US')} words`;
    item.tooltip = `Corroborate: ${words} words in ${vscode.workspace.asRelativePath(editor.document.uri)}`;
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== vscode.window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, TYPING_DELAY_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  refresh();
}
