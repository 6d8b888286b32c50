import * as vscode from 'vscode';
import {
  createAnnotation, emptySidecar, hasOwnComments, followEdits, mergeOutsideChange, parseSidecar, prepareSearchText, reanchor, reanchorFile,
  relocateSidecar, settleFile, writeSidecar, articleFieldFor, SIDECAR_SUFFIX,
  type Annotation, type AnnotationInput, type AnnotationsFile, type ParsedSidecar, type TextEdit,
} from '../core/annotations';
import type { FileProblem } from '../core/actors-file';
import type { Span } from '../core/text/span';
import { ConcurrentChangeError, readTextIfExists, writeFileAtomic } from './atomic-write';
import { toCorePath } from './convert';
import { PerKeyQueue } from './per-key-queue';
import { SidecarLocation } from './sidecar-location';

/** One article's annotations as the editor knows them. */
export interface SidecarEntry {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Positions fit the article as it reads now: the open editor's text, else the file on disk. */
  readonly file: AnnotationsFile;
  /** Why the sidecar on disk cannot be used; while there are any, nothing is written to it. */
  readonly problems: readonly FileProblem[];
  /** The sidecar exists but its article does not (deleted, or moved outside the editor). */
  readonly articleMissing: boolean;
}

interface MutableEntry {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  file: AnnotationsFile;
  problems: readonly FileProblem[];
  articleMissing: boolean;
  /** The sidecar as last read or written: the base of every merge. */
  disk: ParsedSidecar | undefined;
  lastWritten: string | undefined;
  /** What the disk held before our last write, and when that write was. See `absorb`. */
  beforeWrite: ParsedSidecar | undefined;
  writtenAt: number;
}

/** An outside change this soon after our own write may have been made without seeing it. */
const RACE_WINDOW_MS = 2000;
const WRITE_ATTEMPTS = 3;
/** How long typing must pause before orphans are looked for again. */
const ORPHAN_RETRY_MS = 300;

export class SidecarError extends Error {}

/**
 * The annotations of every article that has any, kept in step with editor changes, saves,
 * renames and outside changes to articles and sidecars. Writes are atomic, serialised per
 * sidecar, and merged by id with whatever another window or tool wrote meanwhile; a
 * sidecar that does not parse or validate is never written.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, MutableEntry>();
  private readonly queue = new PerKeyQueue();
  private readonly orphanRetries = new Map<string, NodeJS.Timeout>();
  private readonly emitter = new vscode.EventEmitter<SidecarEntry>();
  readonly onDidChange = this.emitter.event;
  private changes = 0;

  constructor(
    readonly location: SidecarLocation,
    private readonly readArticle: (uri: vscode.Uri) => Promise<string | undefined>,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    // The first listener, so the count moves before any other hears of a change.
    this.emitter.event(() => this.changes++);
  }

  /** Moves with every change event: what a cache of the store's answers is checked against (see `shownBy`). */
  get version(): number {
    return this.changes;
  }

  all(): readonly SidecarEntry[] {
    return [...this.entries.values()];
  }

  get(article: vscode.Uri): SidecarEntry | undefined {
    return this.entries.get(article.toString());
  }

  annotationsOf(article: vscode.Uri): readonly Annotation[] {
    return this.entries.get(article.toString())?.file.annotations ?? [];
  }

  /** Reads an article's sidecar (if any) and anchors it to the article's current text. */
  load(article: vscode.Uri): Promise<SidecarEntry | undefined> {
    return this.serial(article, async () => {
      const sidecar = this.location.sidecarOf(article);
      const source = await this.readSidecar(sidecar);
      const known = this.entries.get(article.toString());
      if (Array.isArray(source)) {
        this.markUnreadable(known ?? this.usableEntry(article, undefined, false), source);
        return this.entries.get(article.toString());
      }
      if (source === undefined) {
        if (known && known.file.annotations.length > 0 && known.disk) this.dropEntry(known);
        return this.entries.get(article.toString());
      }
      if (known && known.problems.length === 0 && (source === known.disk?.source || source === known.lastWritten)) return known;
      const text = await this.textOf(article);
      if (known) this.absorb(known, source, text);
      else this.adopt(article, sidecar, source, text);
      return this.entries.get(article.toString());
    });
  }

  /** A sidecar found on disk: loads it for the article it names. */
  async loadSidecar(sidecar: vscode.Uri): Promise<void> {
    const source = await this.readSidecar(sidecar);
    if (source === undefined) return;
    const parsed = parseSidecar(Array.isArray(source) ? '' : source);
    const article = parsed.file?.article ? this.location.articleOf(sidecar, parsed.file.article) : sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
    if (this.location.sidecarOf(article).toString() !== sidecar.toString()) return;
    await this.load(article);
  }

  /** Live editor changes: annotations move with the text; the ones an edit reached are looked for again. */
  follow(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.file.annotations.length === 0 || changes.length === 0) return;
    const edits: TextEdit[] = changes.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const annotations = followEdits(entry.file.annotations, edits, document.getText());
    entry.file = { ...entry.file, annotations };
    this.emitter.fire(entry);
    if (annotations.some((a) => a.anchor.state === 'orphaned')) this.retryOrphansSoon(document);
  }

  /**
   * Undo brings deleted text back: an orphan whose quote is back is found again. Looked for
   * once typing pauses, not on every keystroke: a fuzzy search can take a tenth of a second.
   */
  private retryOrphansSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.orphanRetries.get(key));
    this.orphanRetries.set(key, setTimeout(() => {
      this.orphanRetries.delete(key);
      const entry = this.entries.get(key);
      if (!entry || document.isClosed) return;
      const search = prepareSearchText(document.getText());
      let found = false;
      const annotations = entry.file.annotations.map((a) => {
        if (a.anchor.state !== 'orphaned') return a;
        const again = reanchor(a, search).annotation;
        found ||= again.anchor.state !== 'orphaned';
        return again;
      });
      if (!found) return;
      entry.file = { ...entry.file, annotations };
      this.emitter.fire(entry);
    }, ORPHAN_RETRY_MS));
  }

  /** The article was saved: the sidecar's positions and fingerprints are brought up to date with it. */
  saved(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || (entry.file.annotations.length === 0 && !entry.disk?.file?.annotations.length)) return Promise.resolve();
    return this.persist(entry.article).then(() => undefined, (error) => this.report(error));
  }

  /** The article changed on disk while no editor had it open. */
  async articleChangedOnDisk(article: vscode.Uri): Promise<void> {
    const entry = this.entries.get(article.toString());
    if (!entry) return;
    const text = await this.textOf(article);
    if (text === undefined) return;
    entry.articleMissing = false;
    entry.file = reanchorFile(entry.file, text).file;
    this.emitter.fire(entry);
  }

  async add(document: vscode.TextDocument, span: Span, input: AnnotationInput): Promise<Annotation> {
    const article = document.uri;
    if (document.isUntitled) throw new SidecarError('save the article first: its annotations are kept in a file beside it.');
    await this.load(article);
    return this.serial(article, async () => {
      const entry = this.usableEntry(article, document.getText());
      const taken = new Set(entry.file.annotations.map((a) => a.id));
      const annotation = createAnnotation(document.getText(), span, input, { now: this.now, random: Math.random }, taken);
      entry.file = { ...entry.file, annotations: [...entry.file.annotations, annotation] };
      this.emitter.fire(entry);
      await this.write(entry);
      return annotation;
    });
  }

  /** Applies a person's change to one annotation; `modified` moves so merges know it is the latest. */
  async update(article: vscode.Uri, id: string, change: (annotation: Annotation) => Annotation): Promise<Annotation | undefined> {
    await this.load(article);
    return this.serial(article, async () => {
      const entry = this.usableEntry(article);
      const current = entry.file.annotations.find((a) => a.id === id);
      if (!current) return undefined;
      const changed = { ...change(current), id, modified: this.now().toISOString() };
      entry.file = { ...entry.file, annotations: entry.file.annotations.map((a) => (a.id === id ? changed : a)) };
      this.emitter.fire(entry);
      await this.write(entry);
      return changed;
    });
  }

  async remove(article: vscode.Uri, id: string): Promise<boolean> {
    await this.load(article);
    return this.serial(article, async () => {
      const entry = this.usableEntry(article);
      const kept = entry.file.annotations.filter((a) => a.id !== id);
      if (kept.length === entry.file.annotations.length) return false;
      entry.file = { ...entry.file, annotations: kept };
      this.emitter.fire(entry);
      await this.write(entry);
      return true;
    });
  }

  /** Someone else wrote a sidecar: merged by id into what this window holds. */
  sidecarChangedOnDisk(sidecar: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find((e) => e.sidecar.toString() === sidecar.toString());
    if (!entry) return this.loadSidecar(sidecar);
    return this.serial(entry.article, async () => {
      const source = await this.readSidecar(sidecar);
      if (source === undefined) {
        this.dropEntry(entry);
        return;
      }
      if (Array.isArray(source)) {
        this.markUnreadable(entry, source);
        return;
      }
      if (entry.problems.length === 0 && (source === entry.lastWritten || source === entry.disk?.source)) return;
      this.absorb(entry, source, await this.textOf(entry.article));
    }).catch((error) => this.report(error));
  }

  /** An article was renamed or moved in the editor: its sidecar goes along, pointing at the new place. */
  articleRenamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    return this.serial(from, async () => {
      const oldSidecar = this.location.sidecarOf(from);
      const source = await this.readSidecar(oldSidecar);
      const entry = this.entries.get(from.toString());
      this.entries.delete(from.toString());
      if (source === undefined) return;
      const newSidecar = this.location.sidecarOf(to);
      const parsed = Array.isArray(source) ? { usable: false, problems: source, source: '' } : parseSidecar(source);
      const fromPath = toCorePath(from);
      const toPath = toCorePath(to);
      const sidecarPath = toCorePath(newSidecar);
      if (!parsed.usable || !parsed.file || !fromPath || !toPath || !sidecarPath) {
        // Kept with the article even when it cannot be read: moved as it is, never rewritten.
        await vscode.workspace.fs.rename(oldSidecar, newSidecar, { overwrite: false });
        this.log.warn(`Moved ${oldSidecar.path} unchanged: it could not be read, so its article field still names the old place.`);
      } else {
        const moved = relocateSidecar(parsed.file, fromPath, toPath, sidecarPath);
        await writeFileAtomic(newSidecar, writeSidecar(moved, parsed));
        await vscode.workspace.fs.delete(oldSidecar);
      }
      if (entry) this.emitter.fire({ ...entry, file: { ...entry.file, annotations: [] } });
    }).then(() => this.load(to)).then(() => undefined, (error) => this.report(error));
  }

  /** The article is gone: its sidecar stays, flagged, so no decision is lost with it. */
  articleDeleted(article: vscode.Uri): void {
    const entry = this.entries.get(article.toString());
    if (!entry) return;
    entry.articleMissing = true;
    this.emitter.fire(entry);
  }

  /** Writes the sidecar now, e.g. after the article was saved. */
  persist(article: vscode.Uri): Promise<void> {
    return this.serial(article, async () => {
      const entry = this.entries.get(article.toString());
      if (entry && entry.problems.length === 0) await this.write(entry);
    });
  }

  private adopt(article: vscode.Uri, sidecar: vscode.Uri, source: string, text: string | undefined): void {
    const parsed = parseSidecar(source);
    const base = parsed.file ?? emptySidecar(this.articleField(sidecar, article), text ?? '');
    const entry = this.newEntry(article, sidecar, text === undefined ? base : reanchorFile(base, text).file);
    entry.problems = parsed.problems;
    entry.articleMissing = text === undefined;
    entry.disk = parsed.usable ? parsed : undefined;
    if (parsed.problems.length > 0) this.log.warn(`${sidecar.path}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
    this.emitter.fire(entry);
  }

  /**
   * Merges a sidecar someone else wrote into ours. Normally the base is what we last read
   * or wrote. When the change lands right after our own write, the other writer may not
   * have seen it (two windows saving at once), so the base is the version before our
   * write: what we added then counts as our change and survives theirs.
   */
  private absorb(entry: MutableEntry, source: string, text: string | undefined): void {
    const theirs = parseSidecar(source);
    if (!theirs.usable) {
      // What this window holds stays on show, and the last good version stays the merge base for when it is fixed.
      entry.problems = theirs.problems;
      this.log.warn(`${entry.sidecar.path} changed on disk and cannot be read; nothing will be written to it until it is fixed.`);
      this.emitter.fire(entry);
      return;
    }
    const raced = Date.now() - entry.writtenAt < RACE_WINDOW_MS;
    const base = raced ? entry.beforeWrite?.file : entry.disk?.file;
    const theirsFile = theirs.file ?? { ...entry.file, annotations: [] };
    const { file, conflicts } = mergeOutsideChange(base, entry.file, theirsFile, text);
    for (const c of conflicts) this.log.info(`${entry.sidecar.path}: ${c.id} ${c.field} changed in two places; kept ${c.kept === 'ours' ? 'this window' : 'the file'}'s version`);
    entry.file = file;
    entry.disk = theirs;
    entry.problems = [];
    this.emitter.fire(entry);
    if (raced && conflicts.length + file.annotations.length > theirsFile.annotations.length) {
      // Written back once the other writer has had time to finish, so the two do not keep crossing.
      setTimeout(() => void this.persist(entry.article).catch((error) => this.report(error)), RACE_WINDOW_MS / 4);
    }
  }

  /** Writes what this window holds, merged with whatever is on disk; retried when another writer gets in between. */
  private async write(entry: MutableEntry): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeOnce(entry);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError) || attempt >= WRITE_ATTEMPTS) throw error;
      }
    }
  }

  private async writeOnce(entry: MutableEntry): Promise<void> {
    const text = await this.textOf(entry.article);
    const read = await this.readSidecar(entry.sidecar);
    if (Array.isArray(read)) {
      this.markUnreadable(entry, read);
      throw new SidecarError(this.refusal(entry));
    }
    const onDisk = read;
    if (onDisk !== entry.disk?.source && !(onDisk === undefined && entry.disk === undefined)) {
      if (onDisk !== undefined) this.absorb(entry, onDisk, text);
      else entry.disk = undefined;
      if (entry.problems.length > 0) throw new SidecarError(this.refusal(entry));
    }
    if (entry.file.annotations.length === 0 && onDisk === undefined) return;
    // The last annotation went: a sidecar that would say nothing goes too, unless a person wrote comments in it.
    if (entry.file.annotations.length === 0 && onDisk !== undefined && !hasOwnComments(onDisk)) {
      await vscode.workspace.fs.delete(entry.sidecar);
      entry.beforeWrite = entry.disk;
      entry.disk = undefined;
      entry.lastWritten = undefined;
      entry.writtenAt = Date.now();
      return;
    }
    const next = text === undefined ? entry.file : settleFile(entry.file, text);
    const out = writeSidecar({ ...next, article: this.articleField(entry.sidecar, entry.article) }, entry.disk);
    if (out === onDisk) return;
    await writeFileAtomic(entry.sidecar, out, { source: onDisk });
    entry.beforeWrite = entry.disk;
    entry.lastWritten = out;
    entry.writtenAt = Date.now();
    entry.disk = parseSidecar(out);
  }

  /** An article this window has not known annotations for until now; the caller fills in what it read. */
  private newEntry(article: vscode.Uri, sidecar: vscode.Uri, file: AnnotationsFile): MutableEntry {
    const entry: MutableEntry = {
      article, sidecar, file, problems: [], articleMissing: false, disk: undefined, lastWritten: undefined, beforeWrite: undefined, writtenAt: 0,
    };
    this.entries.set(article.toString(), entry);
    return entry;
  }

  private markUnreadable(entry: MutableEntry, problems: readonly FileProblem[]): void {
    entry.problems = problems;
    this.log.warn(`${entry.sidecar.path}: ${problems.map((p) => p.message).join('; ')}; nothing will be written to it.`);
    this.emitter.fire(entry);
  }

  private usableEntry(article: vscode.Uri, text?: string, mustBeUsable = true): MutableEntry {
    let entry = this.entries.get(article.toString());
    if (!entry) {
      const sidecar = this.location.sidecarOf(article);
      entry = this.newEntry(article, sidecar, emptySidecar(this.articleField(sidecar, article), text ?? ''));
    }
    if (mustBeUsable && entry.problems.length > 0) throw new SidecarError(this.refusal(entry));
    return entry;
  }

  private refusal(entry: MutableEntry): string {
    const first = entry.problems[0];
    const name = entry.sidecar.path.slice(entry.sidecar.path.lastIndexOf('/') + 1);
    return `${name} has a problem on line ${first.line} (${first.message}). Fix the file first; nothing was written to it.`;
  }

  private articleField(sidecar: vscode.Uri, article: vscode.Uri): string {
    return articleFieldFor(sidecar.path.replace(/^\//, ''), article.path.replace(/^\//, ''));
  }

  private dropEntry(entry: MutableEntry): void {
    this.entries.delete(entry.article.toString());
    this.emitter.fire({ ...entry, file: { ...entry.file, annotations: [] }, problems: [], articleMissing: false });
  }

  /** The sidecar's text, undefined when there is none, or why it cannot be read (then it is never written). */
  private async readSidecar(uri: vscode.Uri): Promise<string | undefined | FileProblem[]> {
    try {
      return await readTextIfExists(uri);
    } catch (error) {
      return [{ line: 1, message: `the sidecar cannot be read: ${error instanceof Error ? error.message : String(error)}` }];
    }
  }

  private async textOf(article: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    return open ? open.getText() : this.readArticle(article);
  }

  private serial<T>(article: vscode.Uri, task: () => Promise<T>): Promise<T> {
    return this.queue.run(article.toString(), task);
  }

  private report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.log.error(`Annotations: ${message}`);
    if (error instanceof SidecarError) void vscode.window.showErrorMessage(`Corroborate: ${message}`);
  }

  dispose(): void {
    for (const timer of this.orphanRetries.values()) clearTimeout(timer);
    this.emitter.dispose();
  }
}
