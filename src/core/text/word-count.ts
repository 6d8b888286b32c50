const WORD = /[\p{L}\p{N}]+(?:['\u2019\-\u2011][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: "four‑year‑long" and "Zelenskyy’s" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}
