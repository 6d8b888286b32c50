import type { NumberValue } from '../model';

export type NumberRelation = 'same' | 'approximately-same' | 'consistent-after-arithmetic' | 'conflict';

/** The interval a hedged figure allows: "nearly 2 million" is somewhat below 2 million. */
export function plausibleInterval(value: NumberValue): [number, number] | undefined {
  const amount = value.amount;
  const min = value.min ?? amount;
  const max = value.max ?? amount;
  if (min === undefined || max === undefined) return undefined;
  switch (value.approx) {
    case 'order-of-magnitude':
      return [min, scaleCeiling(min, max)];
    case 'about':
      return [min * 0.9, max * 1.1];
    case 'below':
      return [min * 0.85, max];
    case 'above':
      return [min, max * 1.5];
    // "At least 230 killed" reports a count of about 230 so far, not "any number above";
    // read literally, it could never disagree with a larger figure from another source.
    case 'at-least':
      return [min, max * 1.5];
    case 'at-most':
      return [min / 1.5, max];
    default:
      return min === max ? rounded(min) : [min, max];
  }
}

/**
 * "thousands of dollars" reads as anything short of a million, not 2,000 to 9,000: a reader
 * takes the plural of a scale word up to the next scale word. Other vague amounts ("dozens",
 * "several hundred") keep their span.
 */
function scaleCeiling(min: number, max: number): number {
  const base = min / 2;
  return base >= 1000 && Number.isInteger(Math.log10(base) / 3) ? base * 1000 - 1 : max;
}

/**
 * A round figure stands for its neighbourhood: "200 girls" is consistent with "219", "£12,000"
 * with "£12,190". The spread is half the place of its last non-zero digit, for figures of a
 * hundred or more, and never more than a quarter of the figure.
 */
function rounded(amount: number): [number, number] {
  if (!Number.isInteger(amount) || amount < 100) return [amount, amount];
  let place = 1;
  while (amount % (place * 10) === 0) place *= 10;
  if (place < 100) return [amount, amount];
  const spread = Math.min(place / 2, amount / 4);
  return [amount - spread, amount + spread];
}

/** Sides a per-side figure may be multiplied by: two parties to a swap, a few at a summit. */
const SIDES = [2, 3, 4];

/**
 * How two figures about the same thing relate. `eachAmounts` are amounts the workspace
 * states per side somewhere ("157 each"), so a bare "157 prisoners" elsewhere is read
 * the same way rather than flagged against "314 in total".
 */
export function relateNumbers(a: NumberValue, b: NumberValue, eachAmounts: ReadonlySet<number> = new Set()): NumberRelation {
  return relatePrepared(prepareFigure(a, eachAmounts), prepareFigure(b, eachAmounts));
}

/** What `relateNumbers` needs of one figure, worked out once when it is compared with many. */
export interface PreparedFigure {
  readonly value: NumberValue;
  readonly interval: [number, number] | undefined;
  readonly exact: boolean;
  readonly perSide: boolean;
}

export function prepareFigure(value: NumberValue, eachAmounts: ReadonlySet<number>): PreparedFigure {
  return {
    value,
    interval: plausibleInterval(value),
    exact: (value.approx ?? 'exact') === 'exact' && value.min === undefined,
    perSide: value.scope === 'each' || (value.amount !== undefined && eachAmounts.has(value.amount) && value.scope !== 'total'),
  };
}

export function relatePrepared(a: PreparedFigure, b: PreparedFigure): NumberRelation {
  const ia = a.interval;
  const ib = b.interval;
  if (!ia || !ib) return 'conflict';
  const same = a.exact && b.exact && a.value.amount === b.value.amount;
  if (same && a.value.scope === b.value.scope) return 'same';
  if (a.perSide !== b.perSide) {
    const [each, total] = a.perSide ? [ia, ib] : [ib, ia];
    if (SIDES.some((k) => overlaps([each[0] * k, each[1] * k], total))) return 'consistent-after-arithmetic';
  }
  if (overlaps(ia, ib)) return same ? 'same' : 'approximately-same';
  return withinOnePercent(ia, ib) ? 'approximately-same' : 'conflict';
}

/** "$349" and "$350", "9,999" and "10,000": a gap of a hundredth is a writer rounding, not a disagreement. */
function withinOnePercent(a: [number, number], b: [number, number]): boolean {
  const gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
  return gap <= 0.01 * Math.max(Math.abs(a[1]), Math.abs(b[1]));
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  const tolerance = 1e-9 * Math.max(Math.abs(a[1]), Math.abs(b[1]), 1);
  return a[0] <= b[1] + tolerance && b[0] <= a[1] + tolerance;
}
