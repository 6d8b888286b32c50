import * as vscode from 'vscode';
import {
  hasOwnComments, mergeOutsideChange, parseSidecar, settleFile, writeSidecar, type AnnotationsFile, type ParsedSidecar,
} from '../../core/annotations';
import type { FileProblem } from '../../core/actors-file';
import { ConcurrentChangeError, readTextIfExists, writeFileAtomic } from '../base/atomic-write';

// How the store's view of a sidecar meets the file on disk: merging what someone else wrote,
// writing ours back, and refusing to touch a file that cannot be read.

/** One article's annotations as the store holds them, with what it last knew of the disk. */
export interface MutableEntry {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  file: AnnotationsFile;
  problems: readonly FileProblem[];
  articleMissing: boolean;
  /** The sidecar as last read or written: the base of every merge. */
  disk: ParsedSidecar | undefined;
  lastWritten: string | undefined;
  /** What the disk held before our last write, and when that write was. See `absorbOutsideChange`. */
  beforeWrite: ParsedSidecar | undefined;
  writtenAt: number;
}

/** A refusal to write, shown to the person as it is. */
export class SidecarError extends Error {}

/** An outside change this soon after our own write may have been made without seeing it. */
export const RACE_WINDOW_MS = 2000;
const WRITE_ATTEMPTS = 3;

/** What merging and writing need of the store. */
export interface SidecarDisk {
  readonly log: vscode.LogOutputChannel;
  /** Tells the store's listeners that the entry changed. */
  changed(entry: MutableEntry): void;
  /** The article's text now: the open editor's, else the file's; undefined when it is gone. */
  textOf(article: vscode.Uri): Promise<string | undefined>;
  /** The `article` field a sidecar at `sidecar` gives for `article`. */
  articleField(sidecar: vscode.Uri, article: vscode.Uri): string;
  /** Writes the entry back later, through the store's queue. */
  persistSoon(article: vscode.Uri, delayMs: number): void;
}

/** The sidecar's text, undefined when there is none, or why it cannot be read (then it is never written). */
export async function readSidecar(uri: vscode.Uri): Promise<string | undefined | FileProblem[]> {
  try {
    return await readTextIfExists(uri);
  } catch (error) {
    return [{ line: 1, message: vscode.l10n.t('the sidecar cannot be read: {0}', error instanceof Error ? error.message : String(error)) }];
  }
}

/**
 * Merges a sidecar someone else wrote into ours. Normally the base is what we last read
 * or wrote. When the change lands right after our own write, the other writer may not
 * have seen it (two windows saving at once), so the base is the version before our
 * write: what we added then counts as our change and survives theirs.
 */
export function absorbOutsideChange(disk: SidecarDisk, entry: MutableEntry, source: string, text: string | undefined): void {
  const theirs = parseSidecar(source);
  if (!theirs.usable) {
    // What this window holds stays on show, and the last good version stays the merge base for when it is fixed.
    entry.problems = theirs.problems;
    disk.log.warn(`${entry.sidecar.path} changed on disk and cannot be read; nothing will be written to it until it is fixed.`);
    disk.changed(entry);
    return;
  }
  const raced = Date.now() - entry.writtenAt < RACE_WINDOW_MS;
  const base = raced ? entry.beforeWrite?.file : entry.disk?.file;
  const theirsFile = theirs.file ?? { ...entry.file, annotations: [] };
  const { file, conflicts } = mergeOutsideChange(base, entry.file, theirsFile, text);
  for (const c of conflicts) disk.log.info(`${entry.sidecar.path}: ${c.id} ${c.field} changed in two places; kept ${c.kept === 'ours' ? 'this window' : 'the file'}'s version`);
  entry.file = file;
  entry.disk = theirs;
  entry.problems = [];
  disk.changed(entry);
  // Written back once the other writer has had time to finish, so the two do not keep crossing.
  if (raced && conflicts.length + file.annotations.length > theirsFile.annotations.length) disk.persistSoon(entry.article, RACE_WINDOW_MS / 4);
}

export function markUnreadable(disk: SidecarDisk, entry: MutableEntry, problems: readonly FileProblem[]): void {
  entry.problems = problems;
  disk.log.warn(`${entry.sidecar.path}: ${problems.map((p) => p.message).join('; ')}; nothing will be written to it.`);
  disk.changed(entry);
}

/** Why nothing is written to the entry's sidecar, in words for the person. */
export function refusal(entry: MutableEntry): string {
  const first = entry.problems[0];
  const name = entry.sidecar.path.slice(entry.sidecar.path.lastIndexOf('/') + 1);
  return vscode.l10n.t('{0} has a problem on line {1} ({2}). Fix the file first; nothing was written to it.', name, first.line, first.message);
}

/** Writes what this window holds, merged with whatever is on disk; retried when another writer gets in between. */
export async function writeEntry(disk: SidecarDisk, entry: MutableEntry): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await writeOnce(disk, entry);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}

async function writeOnce(disk: SidecarDisk, entry: MutableEntry): Promise<void> {
  const text = await disk.textOf(entry.article);
  const read = await readSidecar(entry.sidecar);
  if (Array.isArray(read)) {
    markUnreadable(disk, entry, read);
    throw new SidecarError(refusal(entry));
  }
  const onDisk = read;
  if (onDisk !== entry.disk?.source && !(onDisk === undefined && entry.disk === undefined)) {
    if (onDisk !== undefined) absorbOutsideChange(disk, entry, onDisk, text);
    else entry.disk = undefined;
    if (entry.problems.length > 0) throw new SidecarError(refusal(entry));
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
  const out = writeSidecar({ ...next, article: disk.articleField(entry.sidecar, entry.article) }, entry.disk);
  if (out === onDisk) return;
  await writeFileAtomic(entry.sidecar, out, { source: onDisk });
  entry.beforeWrite = entry.disk;
  entry.lastWritten = out;
  entry.writtenAt = Date.now();
  entry.disk = parseSidecar(out);
}
