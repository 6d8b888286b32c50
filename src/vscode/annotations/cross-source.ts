import type { LocatedMention, WorkspaceIndex } from '../../core/index/workspace-index';
import { relateNumbers } from '../../core/link/number-relation';
import { relateClaims, sameDay } from '../../core/link/claim-relation';
import type { Mention, NumberMention } from '../../core/model';
import type { MembersOf } from './annotation-decisions';

export type Agreement = 'same' | 'approximately-same' | 'consistent-after-arithmetic' | 'conflict' | 'differs';

export interface CrossSourceMatch extends LocatedMention {
  readonly agreement: Agreement;
}

/**
 * The matches of a mention in other documents, each with how it agrees. Shared by the
 * hover, the CodeLens, references and the views so they never disagree with each other.
 * `membersOf` is required, so no caller can forget it: `membersShown` leaves out what a person
 * rejected before agreements are worked out (a rejected "120 each" must not explain a total).
 */
export function crossSourceMatches(index: WorkspaceIndex, located: LocatedMention, membersOf: MembersOf): CrossSourceMatch[] {
  if (!located.cluster) return [];
  const all = membersOf(located.cluster);
  const members = all.filter((m) => m.path !== located.path);
  const eachAmounts = new Set<number>();
  for (const m of all) {
    if (m.mention.kind === 'number' && m.mention.value.scope === 'each' && m.mention.value.amount !== undefined) eachAmounts.add(m.mention.value.amount);
  }
  const figuresOf = (path: string, m: Mention): NumberMention[] =>
    (index.document(path)?.mentions ?? []).filter((x): x is NumberMention => x.kind === 'number' && x.start >= m.start && x.end <= m.end);
  const here = figuresOf(located.path, located.mention);
  return members.map((m) => ({ ...m, agreement: agreementOf(located.mention, m.mention, eachAmounts, here, () => figuresOf(m.path, m.mention)) }));
}

function agreementOf(
  a: Mention, b: Mention, eachAmounts: ReadonlySet<number>, figuresA: NumberMention[], figuresB: () => NumberMention[],
): Agreement {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.type === 'date' || b.type === 'date') return sameDay(a, b) === false ? 'differs' : 'same';
    return relateNumbers(a.value, b.value, eachAmounts);
  }
  if (a.kind === 'claim' && b.kind === 'claim') {
    // Only named speakers differ: "he" in one source and a name in another may be the same person.
    if (a.type === 'quote' && b.type === 'quote' && a.speakerSpan && b.speakerSpan && a.speaker !== b.speaker) return 'differs';
    const relation = relateClaims({ text: a.text, figures: figuresA }, { text: b.text, figures: figuresB() });
    return relation === 'contradict' ? 'conflict' : relation === 'differ-in-detail' ? 'differs' : 'same';
  }
  return 'same';
}

export const AGREEMENT_ICON: Record<Agreement, string> = {
  same: '$(pass)',
  'approximately-same': '$(pass)',
  'consistent-after-arithmetic': '$(symbol-operator)',
  conflict: '$(error)',
  differs: '$(warning)',
};
