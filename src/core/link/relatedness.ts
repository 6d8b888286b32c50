/**
 * Which documents figures and claims may be compared between: those of one story (see
 * `Stories`), so that "killed" figures from two different wars in a big archive never meet.
 */
export interface Relatedness {
  /** The document's position for `relatedAt`, or -1 when it is not in the workspace. */
  indexOfDocument(path: string): number;
  /** Whether the documents at two positions may be compared; a position of -1 is related to nothing. */
  relatedAt(ia: number, ib: number): boolean;
  /**
   * The group of the document at a position: documents are related exactly when their groups are
   * the same and not -1 (which is what a position of -1 gets). Lets linkers look for candidates
   * within a group instead of filtering pairs found across the whole workspace.
   */
  groupAt(index: number): number;
}
