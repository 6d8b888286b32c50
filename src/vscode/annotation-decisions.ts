import * as vscode from 'vscode';
import { decisionSignature } from '../core/annotations/over-text';
import type { AnnotationStore } from './annotation-store';

/**
 * Fires when an article's annotations change what its detections show: a verdict, a new
 * type, a review mark. Moves caused by typing do not fire, so listeners may do
 * workspace-wide work without costing a keystroke anything.
 */
export function onDecisionsChange(store: AnnotationStore, listener: (article: vscode.Uri) => void): vscode.Disposable {
  const seen = new Map<string, string>();
  return store.onDidChange((entry) => {
    const key = entry.article.toString();
    const signature = decisionSignature(entry.file.annotations);
    if ((seen.get(key) ?? '') === signature) return;
    seen.set(key, signature);
    listener(entry.article);
  });
}
