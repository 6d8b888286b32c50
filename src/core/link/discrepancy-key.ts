import type { Discrepancy } from './clusters';

/**
 * A discrepancy's identity across edits and relinks: what it is about, how the sides
 * relate, and the text of each side with its document. Mention indexes and offsets move
 * as people type; these do not, so a reviewer's "reviewed" mark stays on the right one.
 */
export function discrepancyKey(d: Discrepancy, textOf: (path: string, index: number) => string | undefined): string {
  const sides = d.mentions.map((m) => `${m.path}#${textOf(m.path, m.index) ?? ''}`).sort();
  return `${d.relation}|${d.about}|${sides.join('|')}`;
}
