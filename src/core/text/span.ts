/**
 * Offsets are UTF-16 code units into the original text with an exclusive end,
 * exactly as VS Code counts them, so no conversion is needed at the boundary.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and UTF-16 character, the same convention as the editor. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}
