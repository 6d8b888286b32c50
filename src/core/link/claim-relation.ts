import { isNegated } from '../detect/claims/terms';
import type { NumberMention } from '../model';
import { relateNumbers } from './number-relation';
import { unitClass } from './number-subject';

export type ClaimRelation = 'agree' | 'differ-in-detail' | 'contradict';

export interface ClaimSide {
  readonly text: string;
  /** The figures and dates inside the claim. */
  readonly figures: readonly NumberMention[];
}

/**
 * How two linked claims relate: one denies what the other asserts (contradict); both
 * assert it but give different figures or dates for the same thing (differ in detail);
 * or they agree. Explainable on purpose: each verdict points at a word or a figure.
 */
export function relateClaims(a: ClaimSide, b: ClaimSide): ClaimRelation {
  if (isNegated(a.text) !== isNegated(b.text)) return 'contradict';
  for (const x of a.figures) {
    for (const y of b.figures) {
      if (x.type !== y.type) continue;
      if (x.type === 'date') {
        if (sameDay(x, y) === false) return 'differ-in-detail';
        continue;
      }
      const unit = unitClass(x.value.unit);
      if (unit && unit === unitClass(y.value.unit) && relateNumbers(x.value, y.value) === 'conflict') return 'differ-in-detail';
    }
  }
  return 'agree';
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
