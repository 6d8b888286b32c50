import * as vscode from 'vscode';
import type { Steps } from '../../core/link/steps';

/**
 * A diagnostic collection that only sends what changed. Every `set` is a message to the
 * editor, and Corroborate recomputes problems far more often (each relink, each keystroke
 * in an annotated article) than they actually change.
 */
export class ChangedDiagnostics implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private shown = new Map<string, { uri: vscode.Uri; signature: string }>();

  constructor(name: string) {
    this.collection = vscode.languages.createDiagnosticCollection(name);
  }

  /** Sets one file's problems, unless they are the ones it already shows. */
  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    const signature = diagnostics.map(signatureOf).join('\n');
    if (this.shown.get(key)?.signature === signature) return;
    this.shown.set(key, { uri, signature });
    this.collection.set(uri, diagnostics);
  }

  /** Sets every file's problems, a file at a time (see `Steps`); files not in `all` lose theirs. */
  *replaceAllSteps(all: ReadonlyMap<vscode.Uri, readonly vscode.Diagnostic[]>): Steps<void> {
    const kept = new Set<string>();
    for (const [uri, diagnostics] of all) {
      yield;
      kept.add(uri.toString());
      this.set(uri, diagnostics);
    }
    for (const [key, { uri }] of this.shown) {
      if (kept.has(key)) continue;
      this.shown.delete(key);
      this.collection.delete(uri);
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function signatureOf(d: vscode.Diagnostic): string {
  const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.toString()}@${r.location.range.start.line}:${r.location.range.start.character} ${r.message}`).join(',');
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message} ${related}`;
}
