/** `\w` without the `u` flag: what `\b` takes for a word character. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The table slot of a run of ASCII letters: its first two letters, case folded. */
function shapeOf(text: string, start: number, end: number): number {
  const second = end - start > 1 ? (text.charCodeAt(start + 1) | 32) - 97 : 26;
  return ((text.charCodeAt(start) | 32) - 97) * 27 + second;
}

/**
 * ASCII words looked up as `\b(?:w1|w2|…)\b` with the `i` flag finds them, without trying a
 * long alternation at every character (which profiles showed to cost 20–45 ns a character).
 * A candidate is first screened by its first two letters and length, so most words of a text are
 * never sliced or lower-cased.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Per lower-case first two letters (the second 26 for one-letter words), a bit for each word length present. */
  private readonly shapes = new Uint32Array(26 * 27);

  constructor(words: Iterable<string>) {
    const lower = new Set<string>();
    for (const word of words) {
      if (!/^[a-z]{1,31}$/i.test(word)) throw new Error(`WordSet takes ASCII letters only: '${word}'`);
      lower.add(word.toLowerCase());
      this.shapes[shapeOf(word, 0, word.length)] |= 1 << word.length;
    }
    this.words = lower;
  }

  /** Whether `text.slice(start, end)`, a run of ASCII letters, is one of the words in any case. */
  hasRun(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length > 31 || (this.shapes[shapeOf(text, start, end)] & (1 << length)) === 0) return false;
    return this.words.has(text.slice(start, end).toLowerCase());
  }

  /** `/\b(?:words)\b/i.test(text)`: some whole word of `text` (a maximal run of `\w`) is in the set. */
  test(text: string): boolean {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!isWordCode(text.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < n && isWordCode(text.charCodeAt(end))) end++;
      if (this.isLetters(text, i, end) && this.hasRun(text, i, end)) return true;
      i = end;
    }
    return false;
  }

  private isLetters(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (!isAsciiLetterCode(text.charCodeAt(i))) return false;
    return true;
  }
}
