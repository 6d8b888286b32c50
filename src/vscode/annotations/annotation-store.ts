// annotations/ — the person's decisions: sidecars read and written, anchors kept in place while typing,
// confirm/reject/relabel/link commands, their highlights, hovers and problems, reviewed discrepancies, and
// what the other parts show once decisions apply (annotation-decisions, cross-source).
// May import src/core, base/, index/ and deps.ts (types).
import * as vscode from 'vscode';
import {
  createAnnotation, emptySidecar, followEdits, parseSidecar, prepareSearchText, reanchor, reanchorFile,
  relocateSidecar, retargetLinks, writeSidecar, articleFieldFor, SIDECAR_SUFFIX,
  type Annotation, type AnnotationInput, type AnnotationsFile, type TextEdit,
} from '../../core/annotations';
import type { FileProblem } from '../../core/actors-file';
import type { Span } from '../../core/text/span';
import { writeFileAtomic } from '../base/atomic-write';
import { toCorePath } from '../base/convert';
import { PerKeyQueue } from '../base/per-key-queue';
import { SidecarLocation } from './sidecar-location';
import {
  absorbOutsideChange, markUnreadable, readSidecar, refusal, SidecarError, writeEntry, type MutableEntry, type SidecarDisk,
} from './sidecar-writes';

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

/** How long typing must pause before orphans are looked for again. */
const ORPHAN_RETRY_MS = 300;

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
  /** What merging and writing a sidecar need of this store (see sidecar-writes.ts). */
  private readonly disk: SidecarDisk;

  constructor(
    readonly location: SidecarLocation,
    private readonly readArticle: (uri: vscode.Uri) => Promise<string | undefined>,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    // The first listener, so the count moves before any other hears of a change.
    this.emitter.event(() => this.changes++);
    this.disk = {
      log,
      changed: (entry) => this.emitter.fire(entry),
      textOf: (article) => this.textOf(article),
      articleField: (sidecar, article) => this.articleField(sidecar, article),
      persistSoon: (article, delayMs) => void setTimeout(() => void this.persist(article).catch((error) => this.report(error)), delayMs),
    };
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
      const source = await readSidecar(sidecar);
      const known = this.entries.get(article.toString());
      if (Array.isArray(source)) {
        markUnreadable(this.disk, known ?? this.usableEntry(article, undefined, false), source);
        return this.entries.get(article.toString());
      }
      if (source === undefined) {
        if (known && known.file.annotations.length > 0 && known.disk) this.dropEntry(known);
        return this.entries.get(article.toString());
      }
      if (known && known.problems.length === 0 && (source === known.disk?.source || source === known.lastWritten)) return known;
      const text = await this.textOf(article);
      if (known) absorbOutsideChange(this.disk, known, source, text);
      else this.adopt(article, sidecar, source, text);
      return this.entries.get(article.toString());
    });
  }

  /** A sidecar found on disk: loads it for the article it names. */
  async loadSidecar(sidecar: vscode.Uri): Promise<void> {
    const source = await readSidecar(sidecar);
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
    if (document.isUntitled) throw new SidecarError(vscode.l10n.t('save the article first: its annotations are kept in a file beside it.'));
    await this.load(article);
    return this.serial(article, async () => {
      const entry = this.usableEntry(article, document.getText());
      const taken = new Set(entry.file.annotations.map((a) => a.id));
      const annotation = createAnnotation(document.getText(), span, input, { now: this.now, random: Math.random }, taken);
      entry.file = { ...entry.file, annotations: [...entry.file.annotations, annotation] };
      this.emitter.fire(entry);
      await writeEntry(this.disk, entry);
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
      await writeEntry(this.disk, entry);
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
      await writeEntry(this.disk, entry);
      return true;
    });
  }

  /** Someone else wrote a sidecar: merged by id into what this window holds. */
  sidecarChangedOnDisk(sidecar: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find((e) => e.sidecar.toString() === sidecar.toString());
    if (!entry) return this.loadSidecar(sidecar);
    return this.serial(entry.article, async () => {
      const source = await readSidecar(sidecar);
      if (source === undefined) {
        this.dropEntry(entry);
        return;
      }
      if (Array.isArray(source)) {
        markUnreadable(this.disk, entry, source);
        return;
      }
      if (entry.problems.length === 0 && (source === entry.lastWritten || source === entry.disk?.source)) return;
      absorbOutsideChange(this.disk, entry, source, await this.textOf(entry.article));
    }).catch((error) => this.report(error));
  }

  /** An article was renamed or moved in the editor: its sidecar goes along, pointing at the new place. */
  articleRenamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    return this.serial(from, async () => {
      const oldSidecar = this.location.sidecarOf(from);
      const source = await readSidecar(oldSidecar);
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
    }).then(() => this.load(to)).then(() => this.linksFollow(from, to)).then(() => undefined, (error) => this.report(error));
  }

  /** Links in every other loaded sidecar that reached the article's old place now reach the new one. */
  private async linksFollow(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const fromPath = toCorePath(from);
    const toPath = toCorePath(to);
    if (!fromPath || !toPath) return;
    for (const entry of [...this.entries.values()]) {
      await this.serial(entry.article, async () => {
        const articlePath = toCorePath(entry.article);
        const file = articlePath && entry.problems.length === 0 ? retargetLinks(entry.file, articlePath, fromPath, toPath) : undefined;
        if (!file) return;
        entry.file = file;
        await writeEntry(this.disk, entry);
        this.emitter.fire(entry);
      });
    }
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
      if (entry && entry.problems.length === 0) await writeEntry(this.disk, entry);
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

  /** An article this window has not known annotations for until now; the caller fills in what it read. */
  private newEntry(article: vscode.Uri, sidecar: vscode.Uri, file: AnnotationsFile): MutableEntry {
    const entry: MutableEntry = {
      article, sidecar, file, problems: [], articleMissing: false, disk: undefined, lastWritten: undefined, beforeWrite: undefined, writtenAt: 0,
    };
    this.entries.set(article.toString(), entry);
    return entry;
  }

  private usableEntry(article: vscode.Uri, text?: string, mustBeUsable = true): MutableEntry {
    let entry = this.entries.get(article.toString());
    if (!entry) {
      const sidecar = this.location.sidecarOf(article);
      entry = this.newEntry(article, sidecar, emptySidecar(this.articleField(sidecar, article), text ?? ''));
    }
    if (mustBeUsable && entry.problems.length > 0) throw new SidecarError(refusal(entry));
    return entry;
  }

  private articleField(sidecar: vscode.Uri, article: vscode.Uri): string {
    return articleFieldFor(sidecar.path.replace(/^\//, ''), article.path.replace(/^\//, ''));
  }

  private dropEntry(entry: MutableEntry): void {
    this.entries.delete(entry.article.toString());
    this.emitter.fire({ ...entry, file: { ...entry.file, annotations: [] }, problems: [], articleMissing: false });
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
    if (error instanceof SidecarError) void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate: {0}', message));
  }

  dispose(): void {
    for (const timer of this.orphanRetries.values()) clearTimeout(timer);
    this.emitter.dispose();
  }
}
