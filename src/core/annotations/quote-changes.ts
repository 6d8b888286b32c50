import { foldTypography } from '../text/fold';

/** Changes listed at most; a passage rewritten further than this is summed up by its score. */
const MAX_CHANGES = 3;
/** Each side of a change is cut to this many characters. */
const MAX_SIDE = 60;

/**
 * What changed between the text a person annotated and the text now at its place, as
 * "2.1 million → 2.4 million": each run of changed words with the next unchanged word
 * (the previous one at the end), so a figure keeps its unit and a name its neighbour.
 * Typography and spacing do not count as changes. Empty when the words are the same.
 */
export function quoteChanges(annotated: string, current: string): string[] {
  const before = tokensOf(annotated);
  const after = tokensOf(current);
  const pairs = alignTokens(before.map(comparable), after.map(comparable));
  const changes: string[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [before.length, after.length] as const]) {
    if (pi > i || pj > j) {
      const withNext = pi < before.length;
      const old = withNext ? before.slice(i, pi + 1) : before.slice(Math.max(0, i - 1), pi);
      const now = withNext ? after.slice(j, pj + 1) : after.slice(Math.max(0, j - 1), pj);
      changes.push(`${shown(old)} → ${shown(now)}`);
    }
    i = pi + 1;
    j = pj + 1;
  }
  return changes.length > MAX_CHANGES ? [...changes.slice(0, MAX_CHANGES), `${changes.length - MAX_CHANGES} more`] : changes;
}

function tokensOf(text: string): string[] {
  return text.split(/\s+/u).filter((t) => t.length > 0);
}

function comparable(token: string): string {
  return foldTypography(token).toLowerCase();
}

function shown(tokens: readonly string[]): string {
  const text = tokens.join(' ');
  if (text.length === 0) return '(nothing)';
  const characters = [...text];
  return characters.length > MAX_SIDE ? `${characters.slice(0, MAX_SIDE - 1).join('')}…` : text;
}

/** Index pairs of equal tokens in a longest common subsequence, in order. */
function alignTokens(a: readonly string[], b: readonly string[]): (readonly [number, number])[] {
  const width = b.length + 1;
  const table = new Int32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}
