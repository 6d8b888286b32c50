import * as vscode from 'vscode';
import { decisionSignature } from '../../core/annotations/over-text';
import { refShown, shownByDecisions, type Shown } from '../../core/annotations/decisions';
import type { Annotation } from '../../core/annotations';
import type { LocatedMention, WorkspaceIndex } from '../../core/index/workspace-index';
import type { MentionRef } from '../../core/link/clusters';
import type { AnnotationStore } from './annotation-store';
import { toCorePath } from '../base/convert';

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


/** A cluster's members by cluster id. */
export type MembersOf = (cluster: string) => readonly LocatedMention[];

/**
 * A cluster's members as the views, references and counts show them: without the
 * detections a person rejected. Made once per question (a tree refresh, a lookup), it
 * looks only at articles whose sidecar holds a rejection, so a workspace without any pays
 * one pass over its loaded sidecars and then reads the index as it is.
 */
export function membersShown(index: WorkspaceIndex, store: AnnotationStore): MembersOf {
  const shown = shownBy(store);
  if (shown === undefined) return (cluster) => index.members(cluster);
  return (cluster) => index.members(cluster).filter((m) => shown(m.path, m.mention));
}

export type { Shown };

/** Per store, the answer of `shownBy` and the store version it was worked out at. */
const shownCache = new WeakMap<AnnotationStore, { readonly version: number; readonly shown: Shown | undefined }>();

/**
 * Which detections stand, worked out from the loaded sidecars once per change of them
 * rather than for every mention asked about (a Problems refresh asks for each side of
 * thousands of discrepancies); undefined when no sidecar holds a rejection, so callers can
 * skip asking at all.
 */
export function shownBy(store: AnnotationStore): Shown | undefined {
  let cached = shownCache.get(store);
  if (cached?.version !== store.version) {
    cached = { version: store.version, shown: shownNow(store) };
    shownCache.set(store, cached);
  }
  return cached.shown;
}

/**
 * `shownBy` for a mention the index names by path and position (a cluster member, a side of
 * a discrepancy). A position the index does not hold stands: nothing rejected it.
 */
export function refShownBy(index: WorkspaceIndex, store: AnnotationStore): (ref: MentionRef) => boolean {
  return refShown((path) => index.document(path)?.mentions, shownBy(store));
}

function shownNow(store: AnnotationStore): Shown | undefined {
  const byPath: [string, readonly Annotation[]][] = [];
  for (const entry of store.all()) {
    const path = toCorePath(entry.article);
    if (path !== undefined) byPath.push([path, entry.file.annotations]);
  }
  return shownByDecisions(byPath);
}
