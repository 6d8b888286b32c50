import type { LocatedMention, WorkspaceIndex } from '../core/index/workspace-index';
import { relateNumbers } from '../core/link/number-relation';
import { isNegated } from '../core/detect/claims/terms';
import type { Mention } from '../core/model';

export type Agreement = 'same' | 'approximately-same' | 'consistent-after-arithmetic' | 'conflict' | 'differs';

export interface CrossSourceMatch extends LocatedMention {
  readonly agreement: Agreement;
}

/**
 * The matches of a mention in other documents, each with how it agrees. Shared by the
 * hover, the CodeLens, references and the views so they never disagree with each other.
 */
export function crossSourceMatches(index: WorkspaceIndex, located: LocatedMention): CrossSourceMatch[] {
  if (!located.cluster) return [];
  const members = index.members(located.cluster).filter((m) => m.path !== located.path);
  const eachAmounts = new Set<number>();
  for (const m of index.members(located.cluster)) {
    if (m.mention.kind === 'number' && m.mention.value.scope === 'each' && m.mention.value.amount !== undefined) eachAmounts.add(m.mention.value.amount);
  }
  return members.map((m) => ({ ...m, agreement: agreementOf(located.mention, m.mention, eachAmounts) }));
}

function agreementOf(a: Mention, b: Mention, eachAmounts: ReadonlySet<number>): Agreement {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.type === 'date' || b.type === 'date') return a.value.iso === b.value.iso && a.value.isoEnd === b.value.isoEnd ? 'same' : 'differs';
    return relateNumbers(a.value, b.value, eachAmounts);
  }
  if (a.kind === 'claim' && b.kind === 'claim') {
    if (a.type === 'quote' && b.type === 'quote' && a.speaker && b.speaker && a.speaker !== b.speaker) return 'differs';
    return isNegated(a.text) === isNegated(b.text) ? 'same' : 'conflict';
  }
  return 'same';
}

export const AGREEMENT_LABEL: Record<Agreement, string> = {
  same: 'agrees',
  'approximately-same': 'roughly agrees',
  'consistent-after-arithmetic': 'agrees after arithmetic',
  conflict: 'conflicts',
  differs: 'differs',
};

export const AGREEMENT_ICON: Record<Agreement, string> = {
  same: '$(pass)',
  'approximately-same': '$(pass)',
  'consistent-after-arithmetic': '$(symbol-operator)',
  conflict: '$(error)',
  differs: '$(warning)',
};
