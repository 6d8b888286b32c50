import * as vscode from 'vscode';

/** "1 article", "3 articles": whole sentences, so each language can say its own plural. */
export function articleCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', count);
}
