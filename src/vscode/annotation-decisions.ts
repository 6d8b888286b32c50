import * as vscode from 'vscode';
import { decisionSignature, isRejected } from '../core/annotations/over-text';
import type { Mention } from '../core/model';
import type { AnnotationStore } from './annotation-store';
import { toUri } from './convert';

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

/** Whether a person rejected this detection in the article at `path` (a workspace path, as the index gives it). */
export function rejectedBy(store: AnnotationStore): (path: string, mention: Mention) => boolean {
  return (path, mention) => {
    const uri = toUri(path);
    return uri !== undefined && isRejected(store.annotationsOf(uri), mention);
  };
}
