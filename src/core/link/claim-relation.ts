import type { ActorType, NumberMention } from '../model';
import { claimPolarity, type ClaimPolarity } from './claim-polarity';
import { relateNumbers } from './number-relation';
import { unitClass } from './number-subject';

export type ClaimRelation = 'agree' | 'differ-in-detail' | 'contradict';

/** A named actor inside what a claim asserts (not its speaker), by its workspace cluster. */
export interface ClaimActor {
  readonly cluster: string;
  readonly type: ActorType;
  readonly text: string;
}

export interface ClaimSide {
  readonly text: string;
  /** The figures and dates inside the claim. */
  readonly figures: readonly NumberMention[];
  /** The actors the claim asserts something of; without them no actor or place can differ. */
  readonly actors?: readonly ClaimActor[];
  /** `claimPolarity(text)`, when the caller keeps it for a claim compared with several. */
  readonly polarity?: ClaimPolarity;
}

/** How two linked claims relate, and the words or figures that show it. */
export interface ClaimRelationship {
  readonly relation: ClaimRelation;
  /** What differs or contradicts, in the texts' words: "314 prisoners vs 300 prisoners", "denied", "not … confirm". */
  readonly detail?: string;
  /**
   * For a contradiction: whether a word of one claim calls what the other says untrue ("denied",
   * "false", "hoax"), so it is worth a discrepancy. A negation of a shared word and an antonym
   * ("rise" / "fall") are shown but not reported: negations often govern something else, and
   * words have several senses.
   */
  readonly confident?: boolean;
}

const AGREE: ClaimRelationship = { relation: 'agree' };

/** `claimRelationship` without its evidence. */
export function relateClaims(a: ClaimSide, b: ClaimSide): ClaimRelation {
  return claimRelationship(a, b).relation;
}

/**
 * How two linked claims relate: one denies what the other asserts (contradict); both assert
 * it but give another figure, date, place or actor (differ in detail); or they agree.
 * Explainable on purpose: each verdict points at a word, a figure or a name.
 */
export function claimRelationship(a: ClaimSide, b: ClaimSide): ClaimRelationship {
  const polarityA = a.polarity ?? claimPolarity(a.text);
  const polarityB = b.polarity ?? claimPolarity(b.text);
  return contradiction(polarityA, polarityB) ?? figureDifference(a.figures, b.figures) ?? actorDifference(a.actors, b.actors) ?? AGREE;
}

function contradiction(a: ClaimPolarity, b: ClaimPolarity): ClaimRelationship | undefined {
  const negatedShared = negatedIn(a, b) ?? negatedIn(b, a);
  // Shown, not reported: a negation in a long sentence often governs something the other claim
  // does not say ("no longer performing" against "was performing"); on the FNC-1 bodies 1 of 7
  // such discrepancies was real, against 4 of 5 for a word that calls a report untrue.
  if (negatedShared) return { relation: 'contradict', detail: `not ${negatedShared}`, confident: false };
  // A denial on one side only: "officials denied the report" against the report's claim.
  if (a.denials.length > 0 !== b.denials.length > 0) {
    const [denying, other] = a.denials.length > 0 ? [a, b] : [b, a];
    if (other.negated.size === 0) return { relation: 'contradict', detail: denying.denials[0], confident: true };
  }
  return antonymIn(a, b);
}

/** A term one claim negates and the other asserts plainly. */
function negatedIn(a: ClaimPolarity, b: ClaimPolarity): string | undefined {
  for (const [term, word] of a.negated) {
    if (b.negated.has(term)) continue;
    if (b.terms.has(term)) return word;
    for (const other of b.terms) if (!b.negated.has(other) && sameRoot(term, other)) return word;
  }
  return undefined;
}

/**
 * Whether two terms are one word stemmed two ways: the light stemmer makes "agre" of "agreed"
 * and the concept "~agree" of "agree". One must begin with the other, four letters at least.
 */
function sameRoot(a: string, b: string): boolean {
  const x = a.charCodeAt(0) === 126 /* ~ */ ? a.slice(1) : a;
  const y = b.charCodeAt(0) === 126 /* ~ */ ? b.slice(1) : b;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= 4 && longer.startsWith(shorter);
}

/** A word of one claim whose antonym the other says, neither negated (a negated antonym agrees: "not true" / "false"). */
function antonymIn(a: ClaimPolarity, b: ClaimPolarity): ClaimRelationship | undefined {
  for (const [x, opposites] of a.opposable) {
    if (b.terms.has(x)) continue;
    for (const y of opposites) {
      if (!b.terms.has(y) || a.terms.has(y)) continue;
      if (a.negated.has(x) !== b.negated.has(y)) continue;
      return { relation: 'contradict', detail: `${x} vs ${y}`, confident: false };
    }
  }
  return undefined;
}

function figureDifference(a: readonly NumberMention[], b: readonly NumberMention[]): ClaimRelationship | undefined {
  for (const x of a) {
    for (const y of b) {
      if (x.type !== y.type) continue;
      if (x.type === 'date') {
        if (sameDay(x, y) === false) return { relation: 'differ-in-detail', detail: `${x.text} vs ${y.text}` };
        continue;
      }
      const unit = unitClass(x.value.unit);
      if (unit && unit === unitClass(y.value.unit) && relateNumbers(x.value, y.value) === 'conflict') {
        return { relation: 'differ-in-detail', detail: `${x.text} vs ${y.text}` };
      }
    }
  }
  return undefined;
}

/**
 * Another place or actor of one kind: both claims name one, and they name none in common
 * ("in Odesa" / "in Kharkiv"). One naming an actor the other leaves out is no difference.
 */
function actorDifference(a: readonly ClaimActor[] | undefined, b: readonly ClaimActor[] | undefined): ClaimRelationship | undefined {
  if (!a?.length || !b?.length) return undefined;
  for (const x of a) {
    const sameType = b.filter((y) => y.type === x.type);
    if (sameType.length === 0) continue;
    if (sameType.some((y) => y.cluster === x.cluster) || a.some((z) => z.type === x.type && sameType.some((y) => y.cluster === z.cluster))) continue;
    return { relation: 'differ-in-detail', detail: `${x.text} vs ${sameType[0].text}` };
  }
  return undefined;
}

/** Dates compare by month and day when one side has no year; undefined when they are not comparable. */
export function sameDay(x: NumberMention, y: NumberMention): boolean | undefined {
  const a = x.value.iso;
  const b = y.value.iso;
  if (!a || !b) return undefined;
  const strip = (iso: string): string => iso.replace(/^(?:\d{4}|-)(?=-\d{2}-\d{2}$)/, '');
  const bothYears = /^\d{4}/.test(a) && /^\d{4}/.test(b);
  const endA = x.value.isoEnd ?? a;
  const endB = y.value.isoEnd ?? b;
  return bothYears ? a === b && endA === endB : strip(a) === strip(b) && strip(endA) === strip(endB);
}
