/** What a detector may know about the document beyond its text. */
export interface DetectionContext {
  /** ISO date (YYYY-MM-DD) the article was written, from its dateline or sidecar, to resolve "last month". */
  readonly documentDate?: string;
}
