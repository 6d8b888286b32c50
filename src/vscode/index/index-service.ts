// index/ — finds the workspace's articles, reads and decodes them, and keeps the core WorkspaceIndex current
// as files and editors change, relinking in slices. May import src/core, base/ and deps.ts (types).
import * as vscode from 'vscode';
import type { Analyzer } from '../../core/index/workspace-index';
import { WorkspaceIndex } from '../../core/index/workspace-index';
import type { DecodedArticle } from '../../core/text/decode';
import { yieldToEventLoop } from '../../core/event-loop-turn';
import { ArticleFiles, type DiskReader } from './article-files';
import { toCorePath } from '../base/convert';
import { LatestRun, type SliceTiming } from './relink-slices';
import type { SettingsCache } from '../base/settings';

export interface IndexChange {
  /** Documents whose analysis changed; empty after a relink that only moved clusters. */
  readonly paths: readonly string[];
  readonly relinked: boolean;
}

const TYPING_DEBOUNCE_MS = 150;
/** A pause in typing this long starts a relink: shorter, and relinks begun between words are dropped half done, their garbage left for a full collection. */
const RELINK_DELAY_MS = 1000;
/** Longest stretch a background relink holds the extension host before letting other work run: a timer there fires at most about this plus one step and a scavenge late. */
const RELINK_SLICE_MS = 4;
/** A relink slice longer than this is logged at the default level. */
const LONG_SLICE_MS = 20;
/** Relinks in slices `relinkSoon` lets edits interrupt before it relinks in one go. */
const RELINK_ATTEMPTS = 5;
/** Work done between yields while indexing, so the extension host keeps answering. */
const SLICE_MS = 12;
const NOTIFY_ABOVE_FILES = 200;
/** Files read ahead of the one being analysed while indexing. */
const READ_AHEAD = 16;

/**
 * Keeps the workspace index in step with the workspace: files on disk, the text of open
 * editors (which wins over disk), edits as they happen and changes made by other tools.
 * Analysis of an edited document is debounced per document; relinking the workspace is
 * debounced after that, so a burst of typing costs one relink. The relink runs in short
 * slices between other work and is dropped when the user types again; the clusters of the
 * last finished relink stay in place meanwhile.
 */
export class IndexService implements vscode.Disposable {
  readonly index: WorkspaceIndex;
  readonly files: ArticleFiles;
  private readonly emitter = new vscode.EventEmitter<IndexChange>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private readonly turns = new Map<string, number>();
  /** Reads the watcher started and that have not finished: a re-index waits for them (see `indexAll`). */
  private readonly watcherReads = new Set<Promise<void>>();
  private relinkTimer: NodeJS.Timeout | undefined;
  private readonly relinks = new LatestRun();
  /** The relink in slices under way, for `relinkSoon` to wait on. */
  private relinkRunning: Promise<void> | undefined;
  private changedSinceEvent = new Set<string>();
  private indexing: vscode.CancellationTokenSource | undefined;
  private readyPromise: Promise<void> = Promise.resolve();
  /** Files skipped while indexing, with the reason, for the output channel and the status bar. */
  readonly skipped = new Map<string, string>();

  constructor(analyze: Analyzer, private readonly settings: SettingsCache, private readonly log: vscode.LogOutputChannel, disk?: DiskReader) {
    this.index = new WorkspaceIndex(analyze);
    this.files = new ArticleFiles(settings.current, disk);
    this.disposables.push(
      this.emitter,
      // A change without content (the file was saved, or deleted under an open editor) is no edit:
      // re-reading it would bring a deleted article back into the index.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.onEdit(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d, 0)),
      settings.onDidChange((s) => {
        this.files.reconfigure(s);
        void this.rebuild();
      }),
    );
    this.watchFiles();
  }

  /** Resolves when the first full indexing has finished (or was cancelled). */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  pathOf(document: vscode.TextDocument): string | undefined {
    return this.files.isArticleDocument(document) ? toCorePath(document.uri) : undefined;
  }

  /**
   * A document the extension wrote itself (the cross-source report, an untitled Markdown
   * file) is no source: indexed, every claim it quotes would link to the articles it quotes.
   */
  ignore(document: vscode.TextDocument): void {
    const path = toCorePath(document.uri);
    this.files.markOwn(document.uri);
    if (!path) return;
    clearTimeout(this.pendingEdits.get(path));
    this.pendingEdits.delete(path);
    if (this.index.remove(path)) this.changed(path);
  }

  /** Makes sure an open document's current text is analysed, e.g. before a hover. */
  sync(document: vscode.TextDocument): string | undefined {
    const path = this.pathOf(document);
    if (!path) return undefined;
    const pending = this.pendingEdits.get(path);
    if (pending) {
      clearTimeout(pending);
      this.pendingEdits.delete(path);
    }
    if (this.index.update(path, document.getText())) this.changed(path);
    return path;
  }

  rebuild(): Promise<void> {
    this.indexing?.cancel();
    this.cancelRelink();
    const source = new vscode.CancellationTokenSource();
    this.indexing = source;
    this.readyPromise = this.indexAll(source.token).finally(() => source.dispose());
    return this.readyPromise;
  }

  private async indexAll(token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    const uris = await this.files.find(token);
    const found = Date.now();
    const wanted = new Set<string>();
    // Only what was indexed before this run and is gone now is dropped: an article created
    // while the run went on came in through the watcher and stays.
    const before = new Set(this.index.paths());
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    // A few files index in a blink: the status bar says so. Many take a while: a
    // notification shows how far it is and offers Cancel.
    const location = uris.length > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: vscode.l10n.t('Corroborate: indexing articles'), cancellable: true },
      async (progress, progressToken) => {
        const stop = progressToken.onCancellationRequested(() => this.indexing?.cancel());
        let sliceStart = Date.now();
        // Reads overlap with analysis: one file at a time, each read's round trip left the host idle.
        const reads = new Map<number, { turn: number; decoded: Promise<DecodedArticle> }>();
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i++) {
          for (let k = i; k < Math.min(uris.length, i + READ_AHEAD); k++) {
            const ahead = toCorePath(uris[k]);
            if (ahead && !reads.has(k) && !open.has(uris[k].toString())) reads.set(k, { turn: this.takeTurn(ahead), decoded: this.files.read(uris[k]) });
          }
          const uri = uris[i];
          const read = reads.get(i);
          reads.delete(i);
          const path = toCorePath(uri);
          if (!path) continue;
          wanted.add(path);
          const document = open.get(uri.toString());
          if (document) this.sync(document);
          else {
            const decoded = await read!.decoded;
            if (this.isLatest(path, read!.turn)) this.applyRead(path, decoded);
          }
          if (Date.now() - sliceStart > SLICE_MS) {
            progress.report({ message: vscode.l10n.t('{0} of {1}', i + 1, uris.length), increment: (100 * SLICE_MS) / Math.max(1, uris.length) });
            await yieldToEventLoop();
            sliceStart = Date.now();
          }
        }
        stop.dispose();
      },
    );
    if (token.isCancellationRequested) {
      this.log.info(`Indexing cancelled after ${this.index.size} of ${uris.length} articles; run "Corroborate: Re-scan Workspace" to finish.`);
      await this.relinkInSlices();
      return;
    }
    // A file written just before this run has a watcher read too, which takes the later turn and
    // so wins over this run's read of it: the run is complete once those reads have landed.
    await Promise.all([...this.watcherReads]);
    for (const path of before) if (!wanted.has(path) && !path.startsWith('untitled/')) this.index.remove(path);
    for (const path of [...this.skipped.keys()]) if (!wanted.has(path)) this.skipped.delete(path);
    const analysed = Date.now();
    await this.relinkInSlices();
    const done = Date.now();
    // The steps' times tell a person reporting a slow start where it went.
    this.log.info(`Indexed ${this.index.size} articles in ${done - started} ms (${this.skipped.size} skipped; finding files ${found - started} ms, reading and analysing ${analysed - found} ms, linking ${done - analysed} ms)`);
  }

  private async readFromDisk(uri: vscode.Uri, path: string): Promise<void> {
    const turn = this.takeTurn(path);
    const decoded = await this.files.read(uri);
    if (this.isLatest(path, turn)) this.applyRead(path, decoded);
  }

  /**
   * Every read of a file, and its deletion, takes a turn; a read's result counts only if
   * no later turn was taken meanwhile. Otherwise a file created and deleted at once could
   * come back from a read that finished after the deletion, and stay in the index.
   */
  private takeTurn(path: string): number {
    const turn = (this.turns.get(path) ?? 0) + 1;
    this.turns.set(path, turn);
    return turn;
  }

  private isLatest(path: string, turn: number): boolean {
    return this.turns.get(path) === turn;
  }

  private applyRead(path: string, decoded: DecodedArticle): void {
    if (!decoded.ok && decoded.reason === 'missing') {
      // Gone before it could be read (a create event can arrive after the delete): nothing to skip.
      this.skipped.delete(path);
      if (this.index.remove(path)) this.changed(path);
      return;
    }
    if (!decoded.ok) {
      if (!this.skipped.has(path)) this.log.warn(`Skipped ${path}: ${decoded.message}`);
      this.skipped.set(path, decoded.message);
      if (this.index.remove(path)) this.changed(path);
      return;
    }
    this.skipped.delete(path);
    if (decoded.warning) this.log.warn(`${path}: ${decoded.warning}`);
    if (this.index.update(path, decoded.text)) this.changed(path);
  }

  private onEdit(document: vscode.TextDocument, delay = TYPING_DEBOUNCE_MS): void {
    const path = this.pathOf(document);
    if (!path || document.getText().length > this.settings.current.maxFileBytes) return;
    // The user is typing: a relink under way would be stale before it finished.
    if (this.cancelRelink()) this.scheduleRelink();
    clearTimeout(this.pendingEdits.get(path));
    this.pendingEdits.set(path, setTimeout(() => {
      this.pendingEdits.delete(path);
      this.sync(document);
    }, delay));
  }

  private watchFiles(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const fromDisk = (uri: vscode.Uri): void => {
      const path = toCorePath(uri);
      if (!this.files.isArticlePath(path)) return;
      // An open editor's buffer is the truth; its own save or reload arrives as a document event.
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      const read: Promise<void> = this.readFromDisk(uri, path)
        .catch((error: unknown) => this.log.warn(`Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => this.watcherReads.delete(read));
      this.watcherReads.add(read);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(fromDisk),
      watcher.onDidChange(fromDisk),
      watcher.onDidDelete((uri) => {
        const path = toCorePath(uri);
        if (path) {
          this.takeTurn(path);
          // An edit waiting to be analysed would bring the deleted article back.
          clearTimeout(this.pendingEdits.get(path));
          this.pendingEdits.delete(path);
          // A skipped file that is gone is no longer skipped.
          this.skipped.delete(path);
        }
        if (path && this.index.remove(path)) this.changed(path);
      }),
    );
  }

  private changed(path: string): void {
    this.changedSinceEvent.add(path);
    this.emitter.fire({ paths: [path], relinked: false });
    this.cancelRelink();
    this.scheduleRelink();
  }

  private scheduleRelink(): void {
    clearTimeout(this.relinkTimer);
    this.relinkTimer = setTimeout(() => void this.relinkInSlices(), RELINK_DELAY_MS);
  }

  /** Drops a relink under way; true when there was one. */
  private cancelRelink(): boolean {
    return this.relinks.cancel();
  }

  /** Relinks at once, in one go, e.g. when a command needs fresh clusters. */
  relinkNow(): void {
    clearTimeout(this.relinkTimer);
    this.cancelRelink();
    const started = performance.now();
    this.index.relink();
    const ms = performance.now() - started;
    this.relinked(`in one go in ${Math.round(ms)} ms`);
  }

  /**
   * Relinks now, in slices (the extension host keeps answering; `relinkNow` held it about a
   * second on 2,587 articles), and resolves once the clusters take in every change made so
   * far. A relink already under way is waited for, not restarted; one dropped for a newer
   * change is run again. After a few interruptions it finishes in one go: a command that
   * waits for fresh clusters must get them.
   */
  async relinkSoon(): Promise<void> {
    for (let attempt = 0; attempt < RELINK_ATTEMPTS && this.index.needsRelink; attempt++) {
      await (this.relinkRunning ?? this.relinkInSlices());
    }
    if (this.index.needsRelink) this.relinkNow();
  }

  /** Relinks in the background, in slices; resolves when done, dropped or superseded. */
  private relinkInSlices(): Promise<void> {
    const running = this.runRelinkInSlices().finally(() => {
      if (this.relinkRunning === running) this.relinkRunning = undefined;
    });
    this.relinkRunning = running;
    return running;
  }

  private async runRelinkInSlices(): Promise<void> {
    clearTimeout(this.relinkTimer);
    const outcome = await this.relinks.run(this.index.relinkSteps(), RELINK_SLICE_MS);
    // A slice far over its budget is a step too long for a responsive editor: worth a line
    // at the default level, where a person reporting lag will find it.
    if (outcome.timing.longestMs > LONG_SLICE_MS) {
      this.log.info(`Relink held the extension host for ${Math.round(outcome.timing.longestMs)} ms at once (${describe(outcome.timing)})`);
    }
    if (outcome.cancelled) {
      this.log.debug(`Relink dropped after ${describe(outcome.timing)}: the workspace changed`);
      return;
    }
    // Documents changed in between without an edit event (e.g. a file on disk): go again later.
    if (!outcome.value) {
      this.scheduleRelink();
      return;
    }
    this.relinked(`in the background, ${describe(outcome.timing)}`);
  }

  private relinked(how: string): void {
    const paths = [...this.changedSinceEvent];
    this.changedSinceEvent = new Set();
    this.log.debug(`Relinked ${this.index.size} articles ${how}`);
    const started = performance.now();
    this.emitter.fire({ paths, relinked: true });
    this.log.debug(`Views updated after the relink in ${Math.round(performance.now() - started)} ms`);
  }

  dispose(): void {
    this.indexing?.cancel();
    this.cancelRelink();
    clearTimeout(this.relinkTimer);
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

function describe(t: SliceTiming): string {
  return `${Math.round(t.busyMs)} ms of work in ${t.slices} slices over ${Math.round(t.wallMs)} ms, longest slice ${t.longestMs.toFixed(1)} ms`;
}
