import type { ClaimMention } from '../model';
import { assessmentOf, claimTerms } from '../detect/claims/terms';
import { ClusterRegistry, type Discrepancy, type LinkDocument, type MentionRef } from './clusters';
import type { Relatedness } from './relatedness';
import { slugify } from './slug';
import { UnionFind } from './union-find';

/** Weighted overlap two claims need to count as the same statement in other words. */
export const CLAIM_SIMILARITY = 0.3;
/** Share of the shorter statement's weight that must recur in the longer one. */
export const CLAIM_CONTAINMENT = 0.75;
/** Terms in more claims than this share of them are too common to find candidates by. */
const COMMON_TERM_SHARE = 0.2;

interface ClaimItem {
  readonly key: string;
  readonly ref: MentionRef;
  readonly mention: ClaimMention;
  readonly terms: readonly string[];
  readonly quoteText?: string;
  readonly assessment?: string;
}

export interface ClaimContext {
  /** Actor cluster ids inside a span: shared actors are strong evidence of the same claim. */
  actorsWithin(path: string, start: number, end: number): readonly string[];
  speakerCluster(path: string, mention: ClaimMention): string | undefined;
}

/**
 * Links claims across related documents by weighted term overlap (rare shared terms and
 * shared actors weigh most) and quotes by their words. The same quote given to two
 * different speakers is a discrepancy.
 */
export function linkClaims(
  documents: readonly LinkDocument[], related: Relatedness, context: ClaimContext,
  registry: ClusterRegistry, discrepancies: Discrepancy[],
): void {
  const items = collect(documents, context);
  const weight = inverseFrequency(items);
  const sets = new UnionFind();
  const byTerm = new Map<string, ClaimItem[]>();
  const maxShare = Math.max(3, items.length * COMMON_TERM_SHARE);
  for (const item of items) {
    sets.find(item.key);
    for (const term of item.terms) (byTerm.get(term) ?? byTerm.set(term, []).get(term)!).push(item);
  }
  for (const item of items) {
    const checked = new Set<string>();
    for (const term of item.terms) {
      const posting = byTerm.get(term)!;
      if (posting.length > maxShare) continue;
      for (const other of posting) {
        if (other.key <= item.key || checked.has(other.key)) continue;
        checked.add(other.key);
        if (!related.related(item.ref.path, other.ref.path)) continue;
        if (sameClaim(item, other, weight)) sets.union(item.key, other.key);
      }
    }
  }
  const groups = new Map<string, ClaimItem[]>();
  for (const item of items) {
    const root = sets.find(item.key);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(item);
  }
  for (const members of groups.values()) {
    const first = members[0];
    const label = first.mention.text.length > 80 ? `${first.mention.text.slice(0, 77)}…` : first.mention.text;
    const cluster = registry.add('claim', slugify(first.terms.slice(0, 6).join(' ')), label, members.map((m) => m.ref));
    if (new Set(members.map((m) => m.ref.path)).size > 1) quoteSpeakerConflicts(cluster.id, members, context, discrepancies);
  }
}

function collect(documents: readonly LinkDocument[], context: ClaimContext): ClaimItem[] {
  const items: ClaimItem[] = [];
  for (const doc of documents) {
    doc.mentions.forEach((mention, index) => {
      if (mention.kind !== 'claim') return;
      const asserted = mention.content ?? mention;
      const folded = doc.folded.slice(asserted.start, asserted.end);
      const actors = context.actorsWithin(doc.path, asserted.start, asserted.end).map((id) => `@${id}`);
      const quoteText = mention.type === 'quote' ? normaliseQuote(folded) : undefined;
      const assessment = mention.type === 'claim' ? assessmentOf(claimTerms(doc.folded.slice(mention.start, mention.end))) : undefined;
      items.push({
        key: `${doc.path}\u0000${String(index).padStart(6, '0')}`, ref: { path: doc.path, index }, mention,
        terms: [...claimTerms(folded), ...actors, ...(assessment ? [assessment] : [])],
        ...(quoteText ? { quoteText } : {}), ...(assessment ? { assessment } : {}),
      });
    });
  }
  return items;
}

function inverseFrequency(items: readonly ClaimItem[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const item of items) for (const term of item.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = items.length;
  return (term) => Math.log(1 + n / (df.get(term) ?? 1));
}

function sameClaim(a: ClaimItem, b: ClaimItem, weight: (term: string) => number): boolean {
  if (a.quoteText && b.quoteText) {
    const [short, long] = a.quoteText.length <= b.quoteText.length ? [a.quoteText, b.quoteText] : [b.quoteText, a.quoteText];
    if (short.split(' ').length >= 3 && long.includes(short)) return true;
  }
  if (a.mention.type !== b.mention.type) return false;
  if (a.assessment && a.assessment === b.assessment) return true;
  const inB = new Set(b.terms);
  let shared = 0;
  let total = 0;
  let sharedCount = 0;
  for (const t of a.terms) {
    const w = weight(t);
    total += w;
    if (inB.has(t)) {
      shared += w;
      sharedCount++;
    }
  }
  for (const t of b.terms) if (!a.terms.includes(t)) total += weight(t);
  const smaller = Math.min(weightOf(a.terms, weight), weightOf(b.terms, weight));
  // Either most of both statements is shared, or nearly all of the shorter one is.
  return sharedCount >= 2 && total > 0 && (shared / total >= CLAIM_SIMILARITY || (smaller > 0 && shared / smaller >= CLAIM_CONTAINMENT && shared / total >= CLAIM_SIMILARITY / 3));
}

function weightOf(terms: readonly string[], weight: (term: string) => number): number {
  let sum = 0;
  for (const t of terms) sum += weight(t);
  return sum;
}

function normaliseQuote(folded: string): string {
  return folded.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function quoteSpeakerConflicts(clusterId: string, members: readonly ClaimItem[], context: ClaimContext, out: Discrepancy[]): void {
  const quotes = members.filter((m) => m.quoteText && m.quoteText.split(' ').length >= 3);
  const bySpeaker = new Map<string, MentionRef[]>();
  for (const q of quotes) {
    const speaker = context.speakerCluster(q.ref.path, q.mention);
    if (speaker) (bySpeaker.get(speaker) ?? bySpeaker.set(speaker, []).get(speaker)!).push(q.ref);
  }
  if (bySpeaker.size < 2) return;
  const mentions = [...bySpeaker.values()].flat();
  if (new Set(mentions.map((m) => m.path)).size < 2) return;
  out.push({ cluster: clusterId, about: 'the same quote attributed to different speakers', relation: 'conflict', mentions });
}

