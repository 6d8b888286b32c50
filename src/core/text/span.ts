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

/** The index of the first item, in a list sorted by start, that starts at or after `offset`. */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}
