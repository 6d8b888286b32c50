import * as vscode from 'vscode';
import { decisionSignature, isRejected } from '../../core/annotations/over-text';
import type { Annotation } from '../../core/annotations';
import type { LocatedMention, WorkspaceIndex } from '../../core/index/workspace-index';
import type { MentionRef } from '../../core/link/clusters';
import type { Mention } from '../../core/model';
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

/** Whether a detection in the article at `path` (a workspace path, as the index gives it) stands: nobody rejected it. */
export type Shown = (path: string, mention: Mention) => boolean;

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
  const shown = shownBy(store);
  if (shown === undefined) return () => true;
  return (ref) => {
    const mention = index.document(ref.path)?.mentions[ref.index];
    return mention === undefined || shown(ref.path, mention);
  };
}

function shownNow(store: AnnotationStore): Shown | undefined {
  const rejecting = new Map<string, readonly Annotation[]>();
  for (const entry of store.all()) {
    const annotations = entry.file.annotations;
    if (!annotations.some((a) => a.body.detection === 'rejected')) continue;
    const path = toCorePath(entry.article);
    if (path !== undefined) rejecting.set(path, annotations);
  }
  if (rejecting.size === 0) return undefined;
  return (path, mention) => {
    const annotations = rejecting.get(path);
    return annotations === undefined || !isRejected(annotations, mention);
  };
}
