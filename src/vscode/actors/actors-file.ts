import * as vscode from 'vscode';
import { ACTORS_FILE, parseActorsFile, type FileProblem } from '../../core/actors-file';
import type { ActorOverrides } from '../../core/link/actor-linker';
import { readTextIfExists, writeFileAtomic } from '../base/atomic-write';
import type { IndexService } from '../index/index-service';

/**
 * The workspace's `.corroborate/actors.yaml`, the user's merge, split and label decisions:
 * read on activation and after every outside change, reported in the Problems panel
 * line by line, and handed to the index, whose clusters are relinked in slices at once.
 */
export class ActorsFile implements vscode.Disposable {
  /** Undefined when no folder is open: there is nowhere to keep decisions. */
  readonly uri: vscode.Uri | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('corroborate-actors');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  /** The text last applied (undefined: no file), so our own writes echoed by the watcher cost nothing. */
  private applied: string | undefined | null = null;
  /** Whether anything (overrides or problems) has been applied since activation. */
  private touched = false;
  /** The last overrides that could be read: a file broken mid-edit does not undo every decision. */
  private lastUsable: ActorOverrides = {};
  /** Read-modify-write runs one at a time, so two quick commands cannot lose each other's edit. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly service: IndexService, private readonly log: vscode.LogOutputChannel) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.uri = folder ? vscode.Uri.joinPath(folder.uri, ...ACTORS_FILE.split('/')) : undefined;
    if (!folder) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ACTORS_FILE));
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
        this.log.warn(`${ACTORS_FILE} cannot be read: ${message}`);
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
      if (!uri) throw new Error(vscode.l10n.t('Open a folder first: merge and split decisions are kept in its .corroborate/actors.yaml.'));
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

  /** The overrides the index is using now. */
  get overrides(): ActorOverrides {
    return this.lastUsable;
  }

  private read(): Promise<string | undefined> {
    return this.uri ? readTextIfExists(this.uri) : Promise.resolve(undefined);
  }

  private async apply(text: string | undefined): Promise<void> {
    if (text === this.applied) return;
    // No file at activation: the index already has no overrides, and a relink would be wasted.
    const nothingToUndo = text === undefined && !this.touched;
    this.applied = text;
    this.touched = true;
    if (nothingToUndo) return;
    const parsed = text === undefined ? undefined : parseActorsFile(text);
    this.report(text ?? '', parsed?.problems ?? [], parsed?.usable ?? true);
    if (parsed && !parsed.usable) {
      this.log.warn(`${ACTORS_FILE} cannot be read; the decisions read before stay in use until it is fixed.`);
      return;
    }
    this.lastUsable = parsed?.overrides ?? {};
    this.service.index.setOverrides(this.lastUsable);
    await this.service.relinkSoon();
    if (text !== undefined) this.log.info(`Applied ${ACTORS_FILE}: ${this.lastUsable.merges?.length ?? 0} actors, ${this.lastUsable.splits?.length ?? 0} separations`);
  }

  private report(text: string, problems: readonly FileProblem[], usable: boolean): void {
    if (!this.uri || problems.length === 0) {
      if (this.uri) this.diagnostics.delete(this.uri);
      return;
    }
    const lines = text.split('\n');
    this.diagnostics.set(this.uri, problems.map((problem) => {
      const line = Math.max(0, Math.min(problem.line - 1, lines.length - 1));
      const range = new vscode.Range(line, 0, line, (lines[line] ?? '').replace(/\r$/, '').length);
      const advice = usable ? vscode.l10n.t('this entry is ignored') : vscode.l10n.t('the file cannot be read; Corroborate keeps the decisions it read before and will not write to it');
      const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('{0} ({1})', problem.message, advice), usable ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Corroborate';
      return diagnostic;
    }));
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
