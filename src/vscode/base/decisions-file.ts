import * as vscode from 'vscode';
import type { FileProblem } from '../../core/actors-file';
import { readTextIfExists, writeFileAtomic } from './atomic-write';

/** What one kind of decisions file is: where it lives, how it reads, and what applying it does. */
export interface DecisionsFormat<T> {
  /** Relative to the first workspace folder, with `/`: `.corroborate/actors.yaml`. */
  readonly path: string;
  /** The diagnostics collection's name, so each file's problems come and go on their own. */
  readonly diagnostics: string;
  /** What to tell a person who tries to record a decision with no folder open, localised. */
  readonly noFolder: string;
  parse(text: string): { readonly overrides: T; readonly problems: readonly FileProblem[]; readonly usable: boolean };
  /** Hands the decisions to the index and relinks; undefined overrides mean the file is gone. */
  apply(overrides: T | undefined): Promise<void>;
  /** A log line for decisions just applied. */
  describe(overrides: T): string;
}

/**
 * A workspace's decisions file (`.corroborate/…yaml`): read on activation and after every
 * outside change, reported in the Problems panel line by line, and applied to the index.
 * A file that cannot be read is never written over, and the decisions read before stay in use.
 */
export class DecisionsFile<T> implements vscode.Disposable {
  /** Undefined when no folder is open: there is nowhere to keep decisions. */
  readonly uri: vscode.Uri | undefined;
  private readonly problems: vscode.DiagnosticCollection;
  private readonly disposables: vscode.Disposable[] = [];
  /** The text last applied (undefined: no file), so our own writes echoed by the watcher cost nothing. */
  private applied: string | undefined | null = null;
  /** Whether anything (overrides or problems) has been applied since activation. */
  private touched = false;
  private lastUsable: T | undefined;
  /** Read-modify-write runs one at a time, so two quick commands cannot lose each other's edit. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly format: DecisionsFormat<T>, private readonly log: vscode.LogOutputChannel) {
    this.problems = vscode.languages.createDiagnosticCollection(format.diagnostics);
    this.disposables.push(this.problems);
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.uri = folder ? vscode.Uri.joinPath(folder.uri, ...format.path.split('/')) : undefined;
    if (!folder) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, format.path));
    const reload = (): void => void this.reload();
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }

  /** Reads the file again and applies it when its text changed. */
  reload(): Promise<void> {
    return this.serially(async () => {
      try {
        await this.apply(await this.read());
      } catch (error) {
        // Not UTF-8, or unreadable: reported like a parse error, and the decisions read before stay.
        const message = error instanceof Error ? error.message : String(error);
        this.applied = null;
        this.touched = true;
        this.report('', [{ line: 1, message: vscode.l10n.t('cannot be read: {0}', message) }], false);
        this.log.warn(`${this.format.path} cannot be read: ${message}`);
      }
    });
  }

  /**
   * Applies `change` to the file's current text, read fresh so an outside edit is not lost,
   * and writes the result atomically. Errors from `change` (an unreadable file) propagate
   * before anything is written. Returns whether the file changed.
   */
  edit(change: (text: string) => string): Promise<boolean> {
    return this.serially(async () => {
      const uri = this.uri;
      if (!uri) throw new Error(this.format.noFolder);
      const current = await this.read();
      const next = change(current ?? '');
      if (next === (current ?? '')) {
        await this.apply(current);
        return false;
      }
      await writeFileAtomic(uri, next);
      await this.apply(next);
      return true;
    });
  }

  /** The decisions the index is using now; undefined before any file was read. */
  get overrides(): T | undefined {
    return this.lastUsable;
  }

  private read(): Promise<string | undefined> {
    return this.uri ? readTextIfExists(this.uri) : Promise.resolve(undefined);
  }

  private async apply(text: string | undefined): Promise<void> {
    if (text === this.applied) return;
    // No file at activation: the index already has no decisions, and a relink would be wasted.
    const nothingToUndo = text === undefined && !this.touched;
    this.applied = text;
    this.touched = true;
    if (nothingToUndo) return;
    const parsed = text === undefined ? undefined : this.format.parse(text);
    this.report(text ?? '', parsed?.problems ?? [], parsed?.usable ?? true);
    if (parsed && !parsed.usable) {
      this.log.warn(`${this.format.path} cannot be read; the decisions read before stay in use until it is fixed.`);
      return;
    }
    this.lastUsable = parsed?.overrides;
    await this.format.apply(this.lastUsable);
    if (parsed) this.log.info(`Applied ${this.format.path}: ${this.format.describe(parsed.overrides)}`);
  }

  private report(text: string, problems: readonly FileProblem[], usable: boolean): void {
    if (!this.uri || problems.length === 0) {
      if (this.uri) this.problems.delete(this.uri);
      return;
    }
    const lines = text.split('\n');
    this.problems.set(this.uri, problems.map((problem) => {
      const line = Math.max(0, Math.min(problem.line - 1, lines.length - 1));
      const range = new vscode.Range(line, 0, line, (lines[line] ?? '').replace(/\r$/, '').length);
      const advice = usable ? vscode.l10n.t('this entry is ignored') : vscode.l10n.t('the file cannot be read; Corroborate keeps the decisions it read before and will not write to it');
      const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('{0} ({1})', problem.message, advice), usable ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Corroborate';
      return diagnostic;
    }));
  }

  private serially<R>(work: () => Promise<R>): Promise<R> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
