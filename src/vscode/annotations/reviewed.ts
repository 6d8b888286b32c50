import * as vscode from 'vscode';
import { annotationOver, linkPathFrom } from '../../core/annotations/over-text';
import { contradictions, recordsReview, REVIEWED_LABEL, withoutReview, withReview, type OtherSide } from '../../core/annotations/review-mark';
import { discrepancyKey } from '../../core/link/discrepancy-key';
import type { Discrepancy, MentionRef } from '../../core/link/clusters';
import type { Mention } from '../../core/model';
import { onDecisionsChange } from './annotation-decisions';
import type { AnnotationStore } from './annotation-store';
import { toUri } from '../base/convert';
import type { IndexService } from '../index/index-service';

const STATE_KEY = 'corroborate.reviewedDiscrepancies';

/**
 * Discrepancies a reviewer has looked at. The decision is an annotation in the sidecar of
 * the side where it was made (label `reviewed`, `contradicts` links to the other sides),
 * so it travels with the article. Keys an earlier version kept in the workspace state
 * still count, and are only ever cleared.
 */
export class ReviewedDiscrepancies implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;

  constructor(private readonly state: vscode.Memento, private readonly service: IndexService, private readonly store: AnnotationStore) {
    this.listener = onDecisionsChange(store, () => this.emitter.fire());
  }

  keyOf(d: Discrepancy): string {
    return discrepancyKey(d, (path, index) => this.service.index.document(path)?.mentions[index]?.text);
  }

  find(key: string): Discrepancy | undefined {
    return this.service.index.discrepancies.find((d) => this.keyOf(d) === key);
  }

  has(d: Discrepancy): boolean {
    const legacy = this.legacyKeys();
    return (legacy.length > 0 && legacy.includes(this.keyOf(d))) || d.mentions.some((side) => this.recordedAt(d, side));
  }

  /** Writes the review on the side at `path` (the one the reviewer was looking at), or the first side. */
  async mark(d: Discrepancy, path?: string, offset?: number): Promise<void> {
    const side = d.mentions.find((m) => m.path === path && (offset === undefined || this.covers(m, offset))) ?? d.mentions.find((m) => m.path === path) ?? d.mentions[0];
    const mention = this.mentionOf(side);
    const uri = toUri(side.path);
    if (!mention || !uri) return;
    const others = this.othersOf(d, side);
    const over = annotationOver(this.store.annotationsOf(uri), mention);
    if (over) await this.store.update(uri, over.id, (a) => withReview(a, others));
    else {
      const document = await vscode.workspace.openTextDocument(uri);
      await this.store.add(document, mention, {
        kind: mention.kind, type: mention.type, body: { status: 'verified', labels: [REVIEWED_LABEL] }, links: contradictions(others),
      });
    }
    this.emitter.fire();
  }

  /** Takes every review back: the old workspace keys, the label, and the annotations that held nothing else. */
  async clear(): Promise<number> {
    let count = this.legacyKeys().length;
    await this.state.update(STATE_KEY, undefined);
    for (const entry of this.store.all()) {
      for (const annotation of entry.file.annotations.filter((a) => a.body.labels?.includes(REVIEWED_LABEL))) {
        const kept = withoutReview(annotation);
        if (kept) await this.store.update(entry.article, annotation.id, () => kept);
        else await this.store.remove(entry.article, annotation.id);
        count++;
      }
    }
    this.emitter.fire();
    return count;
  }

  private recordedAt(d: Discrepancy, side: MentionRef): boolean {
    const uri = toUri(side.path);
    const annotations = uri ? this.store.annotationsOf(uri) : [];
    if (annotations.length === 0) return false;
    const mention = this.mentionOf(side);
    const others = this.othersOf(d, side);
    return mention !== undefined && annotations.some((a) => recordsReview(a, mention, others));
  }

  private othersOf(d: Discrepancy, side: MentionRef): OtherSide[] {
    const out = new Map<string, OtherSide>();
    for (const other of d.mentions) {
      const text = this.mentionOf(other)?.text;
      if (other.path === side.path || text === undefined) continue;
      const link = { path: linkPathFrom(side.path, other.path), exact: text };
      out.set(`${link.path}#${link.exact}`, link);
    }
    return [...out.values()];
  }

  private mentionOf(ref: MentionRef): Mention | undefined {
    return this.service.index.document(ref.path)?.mentions[ref.index];
  }

  private covers(ref: MentionRef, offset: number): boolean {
    const m = this.mentionOf(ref);
    return m !== undefined && m.start <= offset && offset < m.end;
  }

  private legacyKeys(): string[] {
    return this.state.get<string[]>(STATE_KEY, []);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
