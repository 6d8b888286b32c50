import type { LocatedMention, WorkspaceIndex } from '../../core/index/workspace-index';
import { relateNumbers } from '../../core/link/number-relation';
import { sameDay } from '../../core/link/claim-relation';
import { claimLinkBetween } from '../../core/link/claim-relations';
import type { Mention } from '../../core/model';
import type { MembersOf } from './annotation-decisions';

export type Agreement = 'same' | 'approximately-same' | 'consistent-after-arithmetic' | 'conflict' | 'differs' | 'contradicts';

export interface CrossSourceMatch extends LocatedMention {
  readonly agreement: Agreement;
  /** What differs or contradicts, in the texts' words ("314 prisoners vs 300 prisoners", "denied"). */
  readonly detail?: string;
}

/** Whether a match says something else than the mention: another value, another detail, or the contrary. */
export function disagrees(agreement: Agreement): boolean {
  return agreement === 'conflict' || agreement === 'differs' || agreement === 'contradicts';
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
  if (located.mention.kind === 'claim') {
    // Claims relate as linking worked it out once for the whole cluster (see relateClaimClusters).
    const links = index.linking.claimLinks.get(located.cluster);
    return members.map((m) => {
      const a = located.mention;
      const b = m.mention;
      // Only named speakers differ: "he" in one source and a name in another may be the same person.
      if (a.kind === 'claim' && b.kind === 'claim' && a.type === 'quote' && b.type === 'quote' && a.speakerSpan && b.speakerSpan && a.speaker !== b.speaker) {
        return { ...m, agreement: 'differs' as const };
      }
      const link = claimLinkBetween(links, located, m);
      if (!link) return { ...m, agreement: 'same' as const };
      const agreement: Agreement = link.relation === 'contradict' ? 'contradicts' : 'differs';
      return link.detail ? { ...m, agreement, detail: orientedDetail(link.detail, link.a.path === located.path) } : { ...m, agreement };
    });
  }
  const eachAmounts = new Set<number>();
  for (const m of all) {
    if (m.mention.kind === 'number' && m.mention.value.scope === 'each' && m.mention.value.amount !== undefined) eachAmounts.add(m.mention.value.amount);
  }
  return members.map((m) => ({ ...m, agreement: agreementOf(located.mention, m.mention, eachAmounts) }));
}

/**
 * How many other sources agree, differ or contradict, each source counted once by its most
 * serious disagreement: a source agrees only when none of its matches differs.
 */
export function sourceVerdicts(matches: readonly CrossSourceMatch[]): { agree: number; differ: number; contradict: number } {
  const worst = new Map<string, number>();
  for (const m of matches) {
    const rank = m.agreement === 'contradicts' ? 2 : disagrees(m.agreement) ? 1 : 0;
    worst.set(m.path, Math.max(rank, worst.get(m.path) ?? 0));
  }
  const counts = [0, 0, 0];
  for (const rank of worst.values()) counts[rank]++;
  return { agree: counts[0], differ: counts[1], contradict: counts[2] };
}

/** "300 vs 314" read from the other side is "314 vs 300": the mention hovered comes first. */
function orientedDetail(detail: string, hereFirst: boolean): string {
  const parts = detail.split(' vs ');
  return hereFirst || parts.length !== 2 ? detail : `${parts[1]} vs ${parts[0]}`;
}

function agreementOf(a: Mention, b: Mention, eachAmounts: ReadonlySet<number>): Agreement {
  if (a.kind === 'number' && b.kind === 'number') {
    if (a.type === 'date' || b.type === 'date') return sameDay(a, b) === false ? 'differs' : 'same';
    return relateNumbers(a.value, b.value, eachAmounts);
  }
  return 'same';
}

export const AGREEMENT_ICON: Record<Agreement, string> = {
  same: '$(pass)',
  'approximately-same': '$(pass)',
  'consistent-after-arithmetic': '$(symbol-operator)',
  conflict: '$(error)',
  differs: '$(warning)',
  contradicts: '$(error)',
};
