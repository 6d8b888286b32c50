import type { ActorMention, ClaimMention, NumberMention } from '../model';
import { sentenceAt } from '../text/sentences';
import { firstStartingAt } from '../text/span';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms';
import type { NameNodes } from './actor-nodes';
import type { NameKey } from './name-key';
import { countryOfCapital } from './aliases';
import { sameLengthLower, textFeatures, type TextFeatures } from './claim-features';
import type { LinkDocument, MentionRef } from './clusters';
import { clauseAround, isAggregate, subjectKey, type Clause } from './number-subject';
import { figureContextOf, type FigureContext } from './figure-comparison';
import { storyTermsOf, type StoryTerms } from '../stories/story-terms';

/** Events that happen as incidents as well as over a period; only for these does the difference matter. */
const INCIDENT_EVENTS = /:(casualties|displacement|attack|arrest)$/;

export interface FigureFeatures {
  readonly index: number;
  /** This mention as cluster members hold it; kept with the features, so relinks reuse it. */
  readonly ref: MentionRef;
  readonly mention: NumberMention;
  readonly key: string;
  readonly aggregate: boolean;
  /** Named actors in the figure's sentence, as positions in `DocumentFeatures.named`. */
  readonly named: readonly number[];
  /** Dates in the same sentence, by their subject key. */
  readonly dates: readonly string[];
  /**
   * Part or whole, and the clause's words: undefined for dates and durations, which never conflict.
   * Worked out when a conflict first asks, once: almost no figure is ever in one.
   */
  readonly contextOf: () => FigureContext | undefined;
}

export interface ClaimFeatures {
  readonly index: number;
  readonly ref: MentionRef;
  readonly mention: ClaimMention;
  readonly text: TextFeatures;
  /** Named actors inside what the claim asserts, as positions in `DocumentFeatures.named`. */
  readonly named: readonly number[];
  /** The days of the week its dates fall on, as bits (see `weekdaysWithin`); 0 when it dates nothing to the day. */
  readonly weekdays: number;
  /** Its counts as "unit amount": two claims counting the same thing differently tell of two events, or disagree. */
  readonly counts: readonly string[];
  /**
   * The terms claim linking last used for it, its actors' clusters included (see `collect` in
   * claim-linker.ts), kept while those clusters stay the same: a relink after one edit made
   * 20,000 such lists again on FNC-1. Written by linking only.
   */
  linkTerms: readonly number[] | undefined;
}

/**
 * What linking needs of one document that no other document changes: which mentions are
 * named actors and their name skeletons, the acronyms it defines, each figure's subject
 * key and sentence context, each claim's terms. Worked out once per analysis and kept
 * with it, so relinking a workspace after an edit redoes this only for the edited
 * document; only what depends on the whole workspace (clusters) is recomputed.
 */
export interface DocumentFeatures {
  /** The document's path when the features were made: their refs carry it. */
  readonly path: string;
  readonly text: string;
  readonly mentions: LinkDocument['mentions'];
  /** Actor mentions with a non-empty name skeleton (each gets a cluster), in position order. */
  readonly named: readonly ActorMention[];
  readonly namedIndex: Int32Array;
  /**
   * The named actors as cluster members hold them. Made once with the features: each relink
   * made 130,000 new refs on FNC-1 (actors, figures, claims), garbage for a full collection.
   */
  readonly namedRefs: readonly MentionRef[];
  /** Each named actor's name key (its skeleton is never empty), so linking does not look the names up again. */
  readonly nameKeys: readonly NameKey[];
  /** For a named capital, the country it stands for when figures are compared ("Bern pledged"). */
  readonly capitalOf: readonly (string | undefined)[];
  readonly acronyms: readonly AcronymDefinition[];
  readonly figures: readonly FigureFeatures[];
  readonly claims: readonly ClaimFeatures[];
  /** The document's content terms and their counts, for grouping documents into stories. */
  readonly storyTerms: StoryTerms;
}

const cache = new WeakMap<LinkDocument, DocumentFeatures>();

export function documentFeatures(doc: LinkDocument, names: NameNodes): DocumentFeatures {
  return cachedFeatures(doc) ?? remembered(doc, computeFeatures([doc], names)[0]);
}

/**
 * `documentFeatures` for many documents, each part worked out for every document before the
 * next part (as `analyzeTexts` runs its detectors), and kept as `documentFeatures` keeps them.
 */
export function documentFeaturesOfAll(docs: readonly LinkDocument[], names: NameNodes): DocumentFeatures[] {
  const known = docs.map(cachedFeatures);
  const made = computeFeatures(docs.filter((_, i) => !known[i]), names);
  let next = 0;
  return docs.map((doc, i) => known[i] ?? remembered(doc, made[next++]));
}

function cachedFeatures(doc: LinkDocument): DocumentFeatures | undefined {
  const known = cache.get(doc);
  // Analyses are immutable; the check guards a caller that reuses an object for new text.
  return known && known.text === doc.text && known.mentions === doc.mentions && known.path === doc.path ? known : undefined;
}

function remembered(doc: LinkDocument, features: DocumentFeatures): DocumentFeatures {
  cache.set(doc, features);
  return features;
}

function computeFeatures(docs: readonly LinkDocument[], names: NameNodes): DocumentFeatures[] {
  const actors = docs.map((doc) => namedActors(doc, names));
  const acronyms = docs.map((doc) => findAcronymDefinitions(doc.folded));
  const within = actors.map(({ named }) => (start: number, end: number): readonly number[] => namedWithin(named, start, end));
  const figures = docs.map((doc, i) => figureFeatures(doc, within[i]));
  const claims = docs.map((doc, i) => claimFeatures(doc, within[i]));
  const storyTerms = docs.map((doc) => storyTermsOf(doc.folded));
  return docs.map((doc, i) => ({
    path: doc.path, text: doc.text, mentions: doc.mentions, ...actors[i], acronyms: acronyms[i], figures: figures[i], claims: claims[i],
    storyTerms: storyTerms[i],
  }));
}

type NamedActors = Pick<DocumentFeatures, 'named' | 'namedIndex' | 'namedRefs' | 'nameKeys' | 'capitalOf'>;

function namedActors(doc: LinkDocument, names: NameNodes): NamedActors {
  const named: ActorMention[] = [];
  const namedIndex: number[] = [];
  const namedRefs: MentionRef[] = [];
  const nameKeys: NameKey[] = [];
  const capitalOf: (string | undefined)[] = [];
  doc.mentions.forEach((mention, index) => {
    if (mention.kind !== 'actor') return;
    const key = names.keyOf(mention.name);
    const skeleton = key.skeleton;
    if (skeleton.length === 0) return;
    named.push(mention);
    namedIndex.push(index);
    namedRefs.push({ path: doc.path, index });
    nameKeys.push(key);
    capitalOf.push(mention.type === 'place' ? countryOfCapital(skeleton) : undefined);
  });
  return { named, namedIndex: new Int32Array(namedIndex), namedRefs, nameKeys, capitalOf };
}

function figureFeatures(doc: LinkDocument, within: (start: number, end: number) => readonly number[]): FigureFeatures[] {
  const sentenceDates = new Map<number, string[]>();
  const keyed: {
    index: number; mention: NumberMention; key: string; aggregate: boolean; sentence: { start: number; end: number }; contextOf: () => FigureContext | undefined;
  }[] = [];
  doc.mentions.forEach((mention, index) => {
    if (mention.kind !== 'number') return;
    const sentence = sentenceAt(doc.sentences, mention.start) ?? { start: mention.start, end: mention.end };
    // Made only when asked for: dates, ordinals and durations (more than half of FNC-1's figures) never are.
    let clause: Clause | undefined;
    const clauseOf = (): Clause => (clause ??= clauseAround(doc.folded, mention, sentence));
    const key = subjectKey(mention, clauseOf);
    if (!key) return;
    if (key.startsWith('date:')) (sentenceDates.get(sentence.start) ?? sentenceDates.set(sentence.start, []).get(sentence.start)!).push(key);
    const timely = key.startsWith('date:') || key.startsWith('duration:') || key.startsWith('time:');
    let context: FigureContext | undefined | null = null;
    const contextOf = (): FigureContext | undefined => (context === null ? (context = timely ? undefined : figureContextOf(clauseOf(), mention)) : context);
    keyed.push({ index, mention, key, aggregate: INCIDENT_EVENTS.test(key) && isAggregate(clauseOf().text), sentence, contextOf });
  });
  return keyed.map(({ index, mention, key, aggregate, sentence, contextOf }) => ({
    index, ref: { path: doc.path, index }, mention, key,
    aggregate,
    named: within(sentence.start, sentence.end),
    dates: datesBeside(sentenceDates.get(sentence.start), key),
    contextOf,
  }));
}

function claimFeatures(doc: LinkDocument, within: (start: number, end: number) => readonly number[]): ClaimFeatures[] {
  const out: ClaimFeatures[] = [];
  const lower = sameLengthLower(doc.folded);
  const dates = doc.mentions.filter((m): m is NumberMention => m.kind === 'number' && m.type === 'date');
  const counts = doc.mentions.filter((m): m is NumberMention => m.kind === 'number' && m.type === 'count' && m.value.unit !== undefined && m.value.amount !== undefined);
  doc.mentions.forEach((mention, index) => {
    if (mention.kind !== 'claim') return;
    const asserted = mention.content ?? mention;
    out.push({
      index, ref: { path: doc.path, index }, mention, text: textFeatures(mention, doc.folded, lower), named: within(asserted.start, asserted.end),
      weekdays: weekdaysWithin(dates, mention.start, mention.end), counts: countsWithin(counts, mention.start, mention.end), linkTerms: undefined,
    });
  });
  return out;
}

/**
 * Positions of the actors inside [start, end), by binary search: they are sorted by position.
 * Plain arrays, one shared when empty: a typed array per figure and claim cost ~10 MB on FNC-1.
 */
export function namedWithin(sorted: readonly ActorMention[], start: number, end: number): readonly number[] {
  const out: number[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(i);
  // Copied to its length: kept with the features, a pushed array would carry room for sixteen.
  return out.length === 0 ? NONE : out.slice();
}

const NONE: readonly number[] = [];

/** The counts in [start, end) as "unit amount" ("pirate 23"), shared empty when none. */
function countsWithin(counts: readonly NumberMention[], start: number, end: number): readonly string[] {
  let out: string[] | undefined;
  for (const count of counts) if (count.start >= start && count.end <= end) (out ??= []).push(`${count.value.unit} ${count.value.amount}`);
  return out ?? NO_DATES;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The days of the week of the dates in [start, end) as a bit set (bit 0 Sunday): a weekday
 * as written, or the day of a full date. Two reports of look-alike events (a raid on Thursday,
 * another on Saturday) differ there when nothing else does.
 */
function weekdaysWithin(dates: readonly NumberMention[], start: number, end: number): number {
  let days = 0;
  for (const date of dates) {
    if (date.start < start || date.end > end) continue;
    const { relative, iso } = date.value;
    const named = relative ? WEEKDAYS.findIndex((day) => relative.includes(day)) : -1;
    if (named >= 0) days |= 1 << named;
    else if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) && !date.value.isoEnd) days |= 1 << new Date(`${iso}T00:00:00Z`).getUTCDay();
  }
  return days;
}
const NO_DATES: readonly string[] = [];

/** The other dates of a figure's sentence, in an array of their number (shared when none). */
function datesBeside(dates: readonly string[] | undefined, key: string): readonly string[] {
  if (dates === undefined) return NO_DATES;
  const others = dates.filter((d) => d !== key);
  return others.length === 0 ? NO_DATES : others.slice();
}
