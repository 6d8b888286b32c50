import { countWords } from '../../text/chars';
import { firstStartingAt, type Span } from '../../text/span';

/** Words that make a sentence opinion or speculation rather than a checkable statement. */
const HEDGES = /\b(might|may|could|perhaps|possibly|arguably|seems?|appears?|likely|unlikely|hope|hopes|wish|should|would)\b/i;
const COMPARATIVE_FACT = /\b(more|less|fewer|largest|smallest|highest|lowest|first|last|record|biggest|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|killed|wounded|injured|died|released|freed|signed|agreed|rejected|launched|approved|voted|won|lost|arrested|exchanged)\b/i;

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
 */
export function scoreSentence(sentenceText: string, features: SentenceFeatures): number {
  let score = 0.1;
  if (features.numbers > 0) score += 0.3 + Math.min(0.1, (features.numbers - 1) * 0.05);
  if (features.actors > 0) score += 0.15;
  if (features.attributed) score += 0.3;
  if (features.quoted) score += 0.1;
  if (features.evaluates) score += 0.15;
  if (COMPARATIVE_FACT.test(sentenceText)) score += 0.15;
  if (HEDGES.test(sentenceText)) score -= 0.1;
  const trimmed = sentenceText.trim();
  if (/\?["')\]]*$/.test(trimmed)) score -= 0.35;
  if (countWords(sentenceText, 6) < 6) score -= 0.2;
  if (!/[.!?"')\]]$/.test(trimmed)) score -= 0.25; // headlines, captions, list fragments
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/** How many of `items`, sorted by start, lie wholly inside `span`. */
export function countWithin<T extends Span>(items: readonly T[], span: Span): number {
  let count = 0;
  for (let i = firstStartingAt(items, span.start); i < items.length && items[i].start <= span.end; i++) {
    if (items[i].end <= span.end) count++;
  }
  return count;
}
