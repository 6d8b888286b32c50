/** What the rest of the document says about a capitalised word at a sentence start. */
export interface DocumentWords {
  readonly folded: string;
  /** Keys of words seen capitalised away from a sentence start, outside headlines. */
  readonly midSentence: ReadonlySet<string>;
  /** Whether the word also occurs in lower case ("Despite" / "despite"): then it is an ordinary word. */
  hasLowercase(word: string): boolean;
}

/** `midSentence` is filled by `scanChunks` as it goes, to spare a second pass over the tokens. */
export function documentWords(folded: string, midSentence: ReadonlySet<string>): DocumentWords {
  const cache = new Map<string, boolean>();
  return {
    folded,
    midSentence,
    hasLowercase(word: string): boolean {
      let found = cache.get(word);
      if (found === undefined) {
        found = occursAsWord(folded, word);
        cache.set(word, found);
      }
      return found;
    },
  };
}

function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 191;
}
