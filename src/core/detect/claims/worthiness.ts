import { countWords } from '../../text/chars';
import { STANCE_WORDS } from './terms';
import { firstStartingAt, type Span } from '../../text/span';

/** Words that make a sentence opinion or speculation rather than a checkable statement. */
const HEDGES = 'might|may|could|perhaps|possibly|arguably|seems?|appears?|likely|unlikely|hope|hopes|wish|should|would';
/** Words of events and comparisons: what a source can be held to. */
const COMPARATIVE_FACT = 'more|less|fewer|largest|smallest|highest|lowest|first|last|record|biggest|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|killed|wounded|injured|died|released|freed|signed|agreed|rejected|launched|approved|voted|won|lost|arrested|exchanged';
/**
 * The event and hedge words (whole words) and the stance words (word starts, see
 * `assessmentOfStanceText`) in one expression, a group each, so a sentence is read once for all
 * three where three expressions read it three times. Found one after another, they find
 * what each list's own expression finds, because no word of one list starts another list's
 * word (a unit test holds the lists to that).
 */
const WEIGHED_WORDS = new RegExp(`\\b(?:(${COMPARATIVE_FACT})\\b|(${HEDGES})\\b|(?:${STANCE_WORDS}))`, 'gi');

/** The lists `WEIGHED_WORDS` reads, for the test of what it relies on. */
export const WEIGHED_LISTS = { comparative: COMPARATIVE_FACT, hedges: HEDGES, stance: STANCE_WORDS } as const;

export interface SentenceFeatures {
  readonly numbers: number;
  readonly actors: number;
  readonly attributed: boolean;
  readonly quoted: boolean;
  /** The sentence rates an event ("the talks were productive"): a characterisation sources can contradict. */
  readonly evaluates: boolean;
}

/**
 * A transparent check-worthiness score in 0..1. Each feature adds what a fact-checker
 * would weigh: figures and dates can be checked, named actors can be asked, attribution
 * says who to hold to it; hedges, questions and fragments make a sentence less checkable.
 * `words` is `weighedWords(sentenceText)`, which the caller needs too (for `evaluates`).
 */
export function scoreSentence(sentenceText: string, features: SentenceFeatures, words: WeighedWords): number {
  let score = 0.2;
  if (features.numbers > 0) score += 0.3 + Math.min(0.1, (features.numbers - 1) * 0.05);
  // Someone named can be asked: a statement about a named actor is checkable even without a
  // figure ("Kyiv wants guarantees"), and a headline is often just that.
  if (features.actors > 0) score += 0.25;
  if (features.attributed) score += 0.3;
  if (features.quoted) score += 0.1;
  if (features.evaluates) score += 0.15;
  if (words.comparative) score += 0.15;
  if (words.hedged) score -= 0.2;
  const trimmed = sentenceText.trim();
  if (isQuestion(trimmed)) score -= 0.4;
  if (countWords(sentenceText, 3) < 3) score -= 0.3;
  // Headlines state the event in a few words; captions and list fragments rarely name anyone.
  if (!endsLikeSentence(trimmed)) score -= features.actors > 0 || features.numbers > 0 ? 0.05 : 0.25;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/** Which of the three kinds of words a sentence holds. */
export interface WeighedWords {
  /** A word of events and comparisons ("killed", "more"). */
  readonly comparative: boolean;
  /** A hedge ("may", "likely"). */
  readonly hedged: boolean;
  /** A stance word ("productive", "tense"): the sentence may rate an event (see `assessmentOfStanceText`). */
  readonly rating: boolean;
}

export function weighedWords(text: string): WeighedWords {
  let comparative = false;
  let hedged = false;
  let rating = false;
  WEIGHED_WORDS.lastIndex = 0;
  for (let m = WEIGHED_WORDS.exec(text); m && !(comparative && hedged && rating); m = WEIGHED_WORDS.exec(text)) {
    if (m[1] !== undefined) comparative = true;
    else if (m[2] !== undefined) hedged = true;
    else rating = true;
  }
  return { comparative, hedged, rating };
}

/** Closing quotes and brackets that may follow a sentence's last mark. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93;
}

/** `/\?["')\]]*$/`: a question mark, then only closing quotes and brackets. */
function isQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 63;
}

/** `/[.!?"')\]]$/`: ends on a full stop, an exclamation or question mark, or a closer. */
function endsLikeSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 || isCloser(last);
}

/** How many of `items`, sorted by start, lie wholly inside `span`. */
export function countWithin<T extends Span>(items: readonly T[], span: Span): number {
  let count = 0;
  for (let i = firstStartingAt(items, span.start); i < items.length && items[i].start <= span.end; i++) {
    if (items[i].end <= span.end) count++;
  }
  return count;
}
