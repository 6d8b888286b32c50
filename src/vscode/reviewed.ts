import * as vscode from 'vscode';
import { discrepancyKey } from '../core/link/discrepancy-key';
import type { Discrepancy } from '../core/link/clusters';
import type { IndexService } from './index-service';

const STATE_KEY = 'corroborate.reviewedDiscrepancies';

/**
 * Discrepancies a reviewer has looked at and marked as reviewed. Kept in the workspace's
 * own state until the sidecar annotation files can hold the decision with the text.
 */
export class ReviewedDiscrepancies {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento, private readonly service: IndexService) {}

  keyOf(d: Discrepancy): string {
    return discrepancyKey(d, (path, index) => this.service.index.document(path)?.mentions[index]?.text);
  }

  has(d: Discrepancy): boolean {
    return this.keys().includes(this.keyOf(d));
  }

  async mark(key: string): Promise<void> {
    const keys = new Set(this.keys());
    keys.add(key);
    await this.state.update(STATE_KEY, [...keys].sort());
    this.emitter.fire();
  }

  async clear(): Promise<number> {
    const count = this.keys().length;
    await this.state.update(STATE_KEY, undefined);
    this.emitter.fire();
    return count;
  }

  private keys(): string[] {
    return this.state.get<string[]>(STATE_KEY, []);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
