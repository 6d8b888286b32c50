import type { Span } from './text/span';

export type MentionKind = 'actor' | 'number' | 'claim';
/** A model type while it is being built, before it is handed out read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type ActorType = 'person' | 'organization' | 'place';
export type NumberType = 'count' | 'percent' | 'money' | 'ordinal' | 'duration' | 'date' | 'quantity';
export type ClaimType = 'claim' | 'quote';

/** How a figure is hedged in the text: "nearly 2 million" is `below`, "more than 300" is `above`. */
export type Approximation = 'exact' | 'about' | 'below' | 'above' | 'at-least' | 'at-most' | 'order-of-magnitude';

/** What a figure applies to when the text says so: "157 each" versus "314 in total". */
export type NumberScope = 'each' | 'total';

export interface NumberValue {
  /** The central amount; for ranges the lower bound is `min` and the upper `max`. */
  readonly amount?: number;
  readonly min?: number;
  readonly max?: number;
  readonly approx?: Approximation;
  /** The counted noun in singular form ("prisoner"), or a unit ("percent", "mile", "USD", "day"). */
  readonly unit?: string;
  readonly scope?: NumberScope;
  /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) for dates; the end of a range in `isoEnd`. */
  readonly iso?: string;
  readonly isoEnd?: string;
  /** A time of day, 24-hour "HH:MM" ("10:45 p.m." is "22:45"), for a clock time or "noon". */
  readonly time?: string;
  /** The part of a day a date names: "morning", "afternoon", "evening", "night", or "early"/"late" ("late Thursday"). */
  readonly dayPart?: string;
  /** Relative dates ("last month") that could not be resolved keep their phrase here. */
  readonly relative?: string;
  /** For durations: length in days, so "two weeks" and "14 days" compare. */
  readonly days?: number;
  /** For rates: what the figure is per, singular ("day" in "1 million barrels a day", "barrel" in "$70 a barrel"). */
  readonly per?: string;
}

interface MentionBase extends Span {
  readonly text: string;
}

export interface ActorMention extends MentionBase {
  readonly kind: 'actor';
  readonly type: ActorType;
  /** The name as it should be compared within the document: full name for a partial one. */
  readonly name: string;
  /** A title or role written before the name ("President", "Treasury Secretary"). */
  readonly role?: string;
}

export interface NumberMention extends MentionBase {
  readonly kind: 'number';
  readonly type: NumberType;
  readonly value: NumberValue;
}

export interface ClaimMention extends MentionBase {
  readonly kind: 'claim';
  readonly type: ClaimType;
  /** Who the text attributes the claim or quote to, as written. */
  readonly speaker?: string;
  readonly speakerSpan?: Span;
  /**
   * The outlet or programme that relayed the words, as written ("told CNN", "according to
   * Reuters"): the channel, kept apart so it is never taken for the speaker.
   */
  readonly via?: string;
  readonly viaSpan?: Span;
  /** The attribution cue ("said", "according to"). */
  readonly cue?: string;
  /** 0..1: how worth checking the sentence is (figures, names, attribution raise it). */
  readonly score: number;
  /** The part that asserts something, without "X said that": what other sources are compared on. */
  readonly content?: Span;
  /**
   * For a claim sentence that rates a topic ("the talks were productive"): topic and stance, as
   * `assessmentOf` gives them ("~talks~positive"). Detection works it out to score the sentence,
   * and linking reads it here rather than reading the sentence again.
   */
  readonly assessment?: string;
}

export type Mention = ActorMention | NumberMention | ClaimMention;
