import type { Span } from '../../text/span';
import { found, nextCapitalised } from './capitals';
import { headlineRange, isAllCaps } from './headline';
import { MONTHS, STOP, WEEKDAYS } from './lexicon';
import { OF_HEADS, ORG_HEADS } from './orgs';
import { ROLE_NOUNS } from './roles';

/** A capitalised word (or dotted acronym, or initial) in the folded text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-case text without a trailing full stop ("mr", "u.s", "o'brien"). */
  readonly key: string;
  /** What separates it from the previous token of its chunk ("" for the first). */
  readonly gap: string;
  /** First word of a sentence, a line or a quotation: capitalised whatever it is. */
  readonly initial: boolean;
  /** Inside a Title Case headline or section label. */
  readonly headline: boolean;
}

/** Neighbouring capitalised words that read as one name. */
export type Chunk = Token[];

/** Abbreviations whose full stop belongs to the word ("Mr.", "Jr.", "Calif."). */
const DOTTED = new Set([...ROLE_NOUNS, ...'jr sr st mt ft inc corp ltd co bros ave blvd rd calif fla tex ariz mass penn conn okla tenn mich minn wash ala ark colo del ga ill ind kan ky la md miss mo mont neb nev ore pa va vt wis wyo'.split(' ')]);
const PARTICLE = /^ (?:de|da|di|del|della|delle|dei|des|der|den|ter|ten|zu|van|von|bin|ibn|ben|la|le|du|dos|das|do|y|van der|van den|von der|de la|de los|abu|bint|st\.?) $|^ (?:al|el|ad|as|ash|ul)-$|^ d'$/;
const OF_GAP = /^ (?:of|of the) $/;
const FOR_GAP = /^ (?:for|for the|on) $/;
/** Words that end a chunk and never belong to a name: function words, weekdays, months. */
const BREAKERS = new Set([...STOP, ...WEEKDAYS, ...MONTHS]);
const OPENING = `"'(\`[*_#>-`;

/** Splits the folded text into chunks of capitalised words; stop words and dates end a chunk. */
export function scanChunks(folded: string, sentences: readonly Span[], midSentence?: Set<string>): Chunk[] {
  const starts = new SentenceStarts(folded, sentences);
  const chunks: Chunk[] = [];
  let chunk: Token[] = [];
  let joinedOf = false;
  let lineEnd = -1;
  let headStart = -1;
  let headEnd = -1;
  let capsLine = false;
  for (let start = nextCapitalised(folded, 0); start >= 0; start = nextCapitalised(folded, found.end)) {
    const word = folded.slice(start, found.end);
    let end = found.end;
    let key = word.toLowerCase();
    if (folded.charCodeAt(end) === 46 && (key.length === 1 || DOTTED.has(key))) end++;
    else if (key.endsWith('.')) key = key.slice(0, -1);
    if (start >= lineEnd) {
      const lineStart = folded.lastIndexOf('\n', start) + 1;
      const nl = folded.indexOf('\n', start);
      lineEnd = nl < 0 ? folded.length : nl;
      [headStart, headEnd] = headlineRange(folded, lineStart, lineEnd);
      capsLine = headEnd >= 0 && isAllCaps(folded.slice(lineStart, lineEnd));
    }
    // "T-shirts", "X-rays", "U-turn": one capital joined to a lower-case word is an ordinary word.
    if ((BREAKERS.has(key) && !(!capsLine && isUpper(word))) || isLetterPrefix(folded, start, found.end)) {
      flush();
      continue;
    }
    const initial = starts.isStart(start) || isInitial(folded, start);
    let gap = '';
    if (chunk.length > 0) {
      const previousEnd = chunk[chunk.length - 1].end;
      if (!initial && start - previousEnd <= 12) gap = folded.slice(previousEnd, start);
      if (gap === '' || !joins(gap, chunk)) {
        flush();
        gap = '';
      }
    }
    const headline = start >= headStart && start < headEnd;
    if (midSentence && !initial && !headline) midSentence.add(key);
    chunk.push({ start, end, key, gap, initial, headline });
  }
  flush();
  return chunks;

  function flush(): void {
    if (chunk.length > 0) chunks.push(chunk);
    chunk = [];
    joinedOf = false;
  }

  function joins(gap: string, so: Token[]): boolean {
    if (gap === ' ' || /^[ \t]+$/.test(gap)) return !so[so.length - 1].key.endsWith("'");
    if (gap === ' & ' || PARTICLE.test(gap)) return true;
    const last = so[so.length - 1].key;
    if (OF_GAP.test(gap) || FOR_GAP.test(gap)) {
      if (OF_HEADS.has(last) || ORG_HEADS.has(so[0].key)) return (joinedOf = true);
      return false;
    }
    return gap === ' and ' && joinedOf && ORG_HEADS.has(so[0].key);
  }
}

function isLetterPrefix(folded: string, start: number, end: number): boolean {
  if (end - start !== 1 || folded.charCodeAt(end) !== 45) return false;
  const next = folded.charCodeAt(end + 1);
  return next >= 97 && next <= 122;
}

/** "US", "IT": an acronym, not the pronoun. */
function isUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/**
 * The first word of each sentence, past opening quotes and brackets, asked for in increasing
 * order (tokens come in text order), so a cursor replaces a set.
 */
class SentenceStarts {
  private index = 0;
  private next = -1;

  constructor(private readonly folded: string, private readonly sentences: readonly Span[]) {
    this.advance();
  }

  isStart(at: number): boolean {
    while (this.next >= 0 && this.next < at) this.advance();
    return this.next === at;
  }

  private advance(): void {
    const s = this.sentences[this.index++];
    if (!s) {
      this.next = -1;
      return;
    }
    let at = s.start;
    while (at < s.end && isOpening(this.folded.charCodeAt(at))) at++;
    this.next = at;
  }
}

/** Opening quotes, brackets, Markdown marks and blanks that may stand before a sentence's first word. */
function isOpening(code: number): boolean {
  return code === 34 || code === 39 || code === 40 || code === 91 || code === 96 || code === 42 || code === 95 ||
    code === 35 || code === 62 || code === 32 || code === 9 || code === 13 || code === 10 || code === 45;
}

const ABBREVIATED = /(?:^|[^\p{L}])(?:\p{L}|\p{L}\.\p{L}|mr|mrs|ms|dr|st|mt|gen|sen|rep|gov|jr|sr|inc|co|corp|no|vs)\.$/iu;

/** First word of a sentence, line or quotation, judged from the characters before it. */
export function isInitial(folded: string, start: number): boolean {
  let i = start - 1;
  let opened = false;
  while (i >= 0) {
    const c = folded[i];
    if (c === ' ' || c === '\t') i--;
    else if (OPENING.includes(c)) {
      opened = opened || c === '"' || c === "'" || c === '`' || c === '(' || c === '[';
      i--;
    } else break;
  }
  if (i < 0) return true;
  const c = folded[i];
  if (c === '\n' || c === '\r' || c === ':' || opened) return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (c !== '.') return true;
  return !ABBREVIATED.test(folded.slice(Math.max(0, i - 5), i + 1));
}
