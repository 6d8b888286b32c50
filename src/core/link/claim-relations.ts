import type { ActorType, NumberMention } from '../model';
import type { LinkDocument, MentionRef } from './clusters';
import type { Cluster } from './clusters';
import { polarityOf, type ClaimPolarity } from './claim-polarity';
import { termTexts } from './claim-features';
import { forEachWord, termOf } from '../detect/claims/terms';
import { claimRelationship, type ClaimActor, type ClaimRelation } from './claim-relation';
import type { ClaimFeatures, DocumentFeatures } from './document-features';
import { STEP_WORK, WorkBudget, type Steps } from './steps';

/** Two claims of one cluster, in two documents, that do not simply agree (see `claimRelationship`). */
export interface ClaimLink {
  readonly a: MentionRef;
  readonly b: MentionRef;
  readonly relation: ClaimRelation;
  readonly detail?: string;
  readonly confident?: boolean;
}

/** What relating needs of the workspace's linking so far. */
export interface RelationInput {
  readonly documents: readonly LinkDocument[];
  readonly features: readonly DocumentFeatures[];
  /** Each document's named actors' clusters, by position in its features. */
  readonly actorIds: readonly (readonly string[])[];
  readonly actorType: (cluster: string) => ActorType | undefined;
}

/** What a claim brings to every comparison, whatever the rest of the workspace: its polarity and its figures. */
interface OwnSide {
  readonly text: string;
  readonly polarity: ClaimPolarity;
  readonly figures: readonly NumberMention[];
}
const ownSides = new WeakMap<ClaimFeatures, OwnSide>();

/**
 * The pairs of claims a claim cluster holds from two documents that differ or contradict, by
 * cluster id (every other pair agrees: most do, and are not kept). They are shown (hover,
 * CodeLens, Claims view, the scan JSON) but raise no discrepancy yet: of twelve contradictions
 * sampled from the FNC-1 bodies where one source calls the other's claim untrue in nearly the
 * same words, five were real (the other side also doubted it in other words, or the claims were
 * fragments), far below the precision the Problems panel needs.
 * Only linked claims are compared, and each claim's words are read once while its document
 * is unchanged: the cost follows the links, not the workspace.
 */
export function* relateClaimClusters(
  clusters: Iterable<Cluster>, input: RelationInput,
): Steps<ReadonlyMap<string, readonly ClaimLink[]>> {
  const out = new Map<string, ClaimLink[]>();
  const position = new Map(input.documents.map((doc, d) => [doc.path, d]));
  const claimAt = new Map<number, Map<number, ClaimFeatures>>();
  const claimOf = (d: number, index: number): ClaimFeatures | undefined => {
    let byIndex = claimAt.get(d);
    if (!byIndex) claimAt.set(d, (byIndex = new Map(input.features[d].claims.map((c) => [c.ref.index, c]))));
    return byIndex.get(index);
  };
  const numbersAt = new Map<number, NumberMention[]>();
  const numbersOf = (d: number): readonly NumberMention[] => {
    let numbers = numbersAt.get(d);
    if (!numbers) numbersAt.set(d, (numbers = input.documents[d].mentions.filter((m): m is NumberMention => m.kind === 'number')));
    return numbers;
  };
  const budget = new WorkBudget(STEP_WORK);
  for (const cluster of clusters) {
    const { members } = cluster;
    if (cluster.kind !== 'claim' || members.length < 2 || members.every((m) => m.path === members[0].path)) continue;
    const sides = members.map((ref) => {
      const d = position.get(ref.path);
      const claim = d === undefined ? undefined : claimOf(d, ref.index);
      return d === undefined || !claim ? undefined : sideOf(claim, d, input, numbersOf);
    });
    let links: ClaimLink[] | undefined;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = sides[i];
        const b = sides[j];
        if (!a || !b || members[i].path === members[j].path) continue;
        const { relation, detail, confident } = claimRelationship(a, b);
        if (relation === 'agree') continue;
        (links ??= []).push({ a: members[i], b: members[j], relation, detail, confident });
      }
      if (budget.spend(members.length)) yield;
    }
    if (!links) continue;
    out.set(cluster.id, links);
  }
  return out;
}

function sideOf(
  claim: ClaimFeatures, d: number, input: RelationInput, numbersOf: (d: number) => readonly NumberMention[],
): { text: string; polarity: ClaimPolarity; figures: readonly NumberMention[]; actors: ClaimActor[] } {
  let own = ownSides.get(claim);
  if (!own) {
    const { start, end, text, cue } = claim.mention;
    const figures = within(numbersOf(d), start, end);
    const texts = termTexts();
    const terms = new Set<string>();
    for (const id of claim.text.termIds) terms.add(texts[id]);
    ownSides.set(claim, (own = { text, polarity: polarityOf(terms, text, cue, figureTerms(figures)), figures }));
  }
  const { named } = input.features[d];
  const { speakerSpan, viaSpan } = claim.mention;
  const actors: ClaimActor[] = [];
  for (const at of claim.named) {
    const actor = named[at];
    // Who says it, or relays it, is a source, not part of what is said.
    if (speakerSpan?.start === actor.start || viaSpan?.start === actor.start) continue;
    const cluster = input.actorIds[d][at];
    actors.push({ cluster, type: input.actorType(cluster) ?? actor.type, text: actor.text });
  }
  return { text: own.text, polarity: own.polarity, figures: own.figures, actors };
}

/** The figures of a document (in text order) that lie inside `start`..`end`, found by halving. */
function within(numbers: readonly NumberMention[], start: number, end: number): NumberMention[] {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (numbers[middle].start < start) low = middle + 1;
    else high = middle;
  }
  const out: NumberMention[] = [];
  for (let i = low; i < numbers.length && numbers[i].start < end; i++) if (numbers[i].end <= end) out.push(numbers[i]);
  return out;
}

/** The terms of figures written in words ("first", "second"), or undefined when every figure is in digits. */
function figureTerms(figures: readonly NumberMention[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const figure of figures) {
    forEachWord(figure.text.toLowerCase(), (word) => {
      const term = termOf(word);
      if (term) (out ??= new Set()).add(term);
    });
  }
  return out;
}

/** How two claims of one cluster relate, from the cluster's kept links: a pair not kept agrees. */
export function claimLinkBetween(links: readonly ClaimLink[] | undefined, a: MentionRef, b: MentionRef): ClaimLink | undefined {
  if (!links) return undefined;
  const same = (x: MentionRef, y: MentionRef): boolean => x.path === y.path && x.index === y.index;
  return links.find((link) => (same(link.a, a) && same(link.b, b)) || (same(link.a, b) && same(link.b, a)));
}
