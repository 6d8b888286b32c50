import type { Mention } from './model';
import type { PreparedText } from './text/prepared-text';

/** Everything found in one document; the unit the workspace index caches and links. */
export interface DocumentAnalysis extends PreparedText {
  /** Sorted by start, longer first on ties: the order of their `m1`, `m2`… ids. */
  readonly mentions: readonly Mention[];
  readonly documentDate?: string;
}
