import type { ActorMention, ClaimMention, Mutable, NumberMention } from '../model';
import type { PreparedText } from '../text/prepared-text';
import { isSpaceCode } from '../text/chars';
import type { Span } from '../text/span';
import { isWordCode } from '../text/word-set';
import { findAttribution, type Attribution } from './claims/attribution';
import { pronounSpeaker } from './claims/pronoun-speaker';
import { findQuotes, type QuoteSpan } from './claims/quotes';
import { assessmentOfStanceText } from './claims/terms';
import { countWithin, scoreSentence, weighedWords } from './claims/worthiness';

/** How far back, in characters, "he said" may look for the person it stands for. */
const PRONOUN_REACH = 600;

/** Sentences scoring below this are description, not claims worth checking. */
export const CLAIM_THRESHOLD = 0.4;

/**
 * Claims are whole sentences; quotes are the quoted words, each with the speaker the
 * text gives them. A quote's speaker may sit in the sentence before or after it
 * ("… on Tuesday." Then: "We wait," she said.), so attribution falls back to neighbours.
 */
export function detectClaims(
  doc: PreparedText,
  actors: readonly ActorMention[],
  numbers: readonly NumberMention[],
): ClaimMention[] {
  const out: ClaimMention[] = [];
  const quotes = findQuotes(doc.folded);
  // A name inside quotation marks is spoken about, never the one speaking.
  const speaking = outsideQuotes(actors, quotes);
  const people = speaking.filter((a) => a.type === 'person');
  // Sentence by sentence, so "he said" can look back at the speakers found before it.
  const attributions: (Attribution | undefined)[] = [];
  const lastSpeaker = (before: number): ActorMention | undefined => pronounSpeaker(before, people, attributions, PRONOUN_REACH);
  for (const sentence of doc.sentences) attributions.push(findAttribution(doc.folded, sentence, speaking, lastSpeaker));

  doc.sentences.forEach((sentence, index) => {
    const sentenceText = doc.folded.slice(sentence.start, sentence.end);
    const attribution = attributions[index];
    const quoted = countWithin(quotes, sentence) > 0;
    const words = weighedWords(sentenceText);
    const assessment = words.rating ? assessmentOfStanceText(sentenceText) : undefined;
    const score = scoreSentence(sentenceText, {
      numbers: countWithin(numbers, sentence),
      actors: countWithin(actors, sentence),
      attributed: attribution !== undefined,
      quoted,
      evaluates: assessment !== undefined,
    }, words);
    if (score >= CLAIM_THRESHOLD) out.push(claim(doc, sentence, 'claim', score, attribution, assessment));
  });

  for (const quote of quotes) {
    const index = sentenceIndexOf(doc.sentences, quote);
    const attribution = quoteAttribution(doc, quote, index, attributions);
    const words = piecesBetweenSpaces(doc.folded, quote.start, quote.end);
    const score = Math.min(1, 0.3 + (attribution?.speaker ? 0.4 : 0) + Math.min(0.3, words * 0.03));
    out.push(claim(doc, quote, 'quote', Math.round(score * 100) / 100, attribution));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The actors outside every quote; both lists are in text order. */
function outsideQuotes(actors: readonly ActorMention[], quotes: readonly QuoteSpan[]): ActorMention[] {
  const out: ActorMention[] = [];
  let q = 0;
  for (const actor of actors) {
    while (q < quotes.length && quotes[q].end <= actor.start) q++;
    if (q < quotes.length && quotes[q].start <= actor.start && actor.end <= quotes[q].end) continue;
    out.push(actor);
  }
  return out;
}

/** `text.slice(start, end).split(/\s+/).length`, without the pieces: one more than the runs of white space. */
function piecesBetweenSpaces(text: string, start: number, end: number): number {
  let pieces = 1;
  for (let i = start; i < end; i++) {
    if (isSpaceCode(text.charCodeAt(i)) && (i === start || !isSpaceCode(text.charCodeAt(i - 1)))) pieces++;
  }
  return pieces;
}

function quoteAttribution(
  doc: PreparedText, quote: QuoteSpan, index: number, attributions: readonly (Attribution | undefined)[],
): Attribution | undefined {
  const own = attributions[index];
  // The attribution must lie outside the quotation marks, or the quote would speak for itself.
  if (own && (own.cueSpan.end <= quote.outerStart || own.cueSpan.start >= quote.outerEnd)) return own;
  // A quote of several sentences is attributed after it closes: "… the world. These claims are false," said X.
  const last = sentenceIndexOf(doc.sentences, { start: quote.outerEnd - 1, end: quote.outerEnd });
  const closing = attributions[last];
  if (last > index && closing && closing.cueSpan.start >= quote.outerEnd) return closing;
  const sentence = doc.sentences[index];
  const fillsSentences = sentence && quote.outerStart - sentence.start <= 1 && Math.abs(doc.sentences[last].end - quote.outerEnd) <= 1;
  if (!fillsSentences) return undefined;
  if (attributions[index - 1]?.speaker) return attributions[index - 1];
  // The next sentence speaks for the quote only when it is the bare attribution ("Smith said in a
  // statement."); "Larson said the explosion was…" says something of its own.
  const next = attributions[last + 1];
  const nextSentence = doc.sentences[last + 1];
  return next && nextSentence && nextSentence.end - next.cueSpan.end <= 40 ? next : undefined;
}

function sentenceIndexOf(sentences: readonly Span[], span: Span): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid].start <= span.start) low = mid;
    else high = mid - 1;
  }
  return low;
}

function claim(doc: PreparedText, span: Span, type: 'claim' | 'quote', score: number, attribution?: Attribution, assessment?: string): ClaimMention {
  const mention: Mutable<ClaimMention> = { kind: 'claim', type, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), score };
  // Fields added in this order, as the spreads this replaces did, without an object per spread.
  if (attribution?.speaker) mention.speaker = attribution.speaker;
  if (attribution?.speakerSpan) mention.speakerSpan = attribution.speakerSpan;
  if (attribution?.via) mention.via = attribution.via;
  if (attribution?.viaSpan) mention.viaSpan = attribution.viaSpan;
  if (attribution) mention.cue = attribution.cue;
  if (type === 'claim' && attribution) mention.content = assertedPart(doc.folded, span, attribution);
  if (assessment) mention.assessment = assessment;
  return mention;
}

/**
 * Cuts the attribution off a claim sentence: "Umerov said that the talks were useful"
 * asserts "the talks were useful"; "The talks were useful, Umerov said" the same.
 */
function assertedPart(folded: string, sentence: Span, attribution: Attribution): Span {
  const cue = attribution.cueSpan;
  const speaker = attribution.speakerSpan;
  const attributionStart = Math.min(cue.start, speaker?.start ?? cue.start);
  const attributionEnd = Math.max(cue.end, speaker?.end ?? cue.end);
  const afterText = folded.slice(attributionEnd, sentence.end);
  const before = trimmed(folded, { start: sentence.start, end: trailingClauseStart(folded, sentence.start, attributionStart, afterText) });
  // "told reporters that …", "said in a statement that …": the claim starts after "that".
  const that = /^[^,.;:"]{0,60}?\bthat\s/.exec(afterText);
  const after = trimmed(folded, { start: attributionEnd + (that ? that[0].length : 0), end: sentence.end });
  const pick = that || after.end - after.start >= before.end - before.start ? after : before;
  return pick.end - pick.start >= 12 ? pick : sentence;
}

/**
 * Where an attribution that closes its sentence begins: "…, officials in Kyiv said." opens at its
 * comma, whether or not a speaker was named in it, so who said it is not taken for what was said.
 */
function trailingClauseStart(folded: string, sentenceStart: number, cueStart: number, afterCue: string): number {
  if (!/^[\s.!?"'”]*$/.test(afterCue)) return cueStart;
  const comma = folded.lastIndexOf(',', cueStart);
  return comma > sentenceStart && cueStart - comma <= 60 ? comma : cueStart;
}

function trimmed(folded: string, span: Span): Span {
  const text = folded.slice(span.start, span.end);
  const lead = /^[\s,:"']*(?:that\b)?[\s,:"']*/.exec(text)?.[0].length ?? 0;
  const trail = text.length - trailStart(text);
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - trail) };
}

const TITLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof'];
const isTrailCode = (code: number): boolean => isSpaceCode(code) || code === 44 || code === 58 || code === 34 || code === 39;

/**
 * Where `/[\s,:"']*(?:\b(?:Mr|Mrs|Ms|Dr|Prof)\.?)?[\s,:"']*$/` would start matching: blanks and
 * light punctuation at the end, and a title they follow ("…, Mr."), worked back from the end
 * instead of trying the pattern at every character of the sentence. Exported for its test.
 */
export function trailStart(text: string): number {
  let end = text.length;
  while (end > 0 && isTrailCode(text.charCodeAt(end - 1))) end--;
  const beforeStop = text.charCodeAt(end - 1) === 46 ? end - 1 : end;
  for (const title of TITLES) {
    const at = beforeStop - title.length;
    if (at < 0 || !text.startsWith(title, at) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue;
    let start = at;
    while (start > 0 && isTrailCode(text.charCodeAt(start - 1))) start--;
    return start;
  }
  return end;
}
