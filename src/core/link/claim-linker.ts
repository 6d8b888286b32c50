import type { ClaimMention } from '../model';
import { ClusterRegistry, type Discrepancy, type MentionRef } from './clusters';
import { quoteWordCount, termId, termTexts, type TextFeatures } from './claim-features';
import { forEachAssessmentPair, forEachCandidatePair, forEachQuotePair, type ClaimItem } from './claim-pairs';
import type { ClaimFeatures } from './document-features';
import type { Relatedness } from './relatedness';
import { slugOnce } from './slug';
import { saysShare, CENTROID_FLOOR, Centroids, TermRows } from './claim-meaning';
import { wordVectors, type WordVectors } from '../meaning/word-vectors';
import { IndexedUnionFind } from './union-find';
import { addTo } from '../multimap';
import { STEP_WORK, WorkBudget, type Steps } from './steps';

/** Weighted overlap two claims need to count as the same statement in other words. */
export const CLAIM_SIMILARITY = 0.3;
/** Share of the shorter statement's weight that must recur in the longer one. */
export const CLAIM_CONTAINMENT = 0.75;
/**
 * Share of each claim's weight the other must say, in the same or close words, to be the same
 * claim. Chosen on ECB+ topics 1-18 for precision first: 0.4 linked P 0.84 R 0.25, 0.45 P 0.88 R 0.20.
 */
export const MEANING_SIMILARITY = 0.45;
/** Own terms a claim may have beyond its rating and still be joined for the rating alone. */
const RATING_TERMS = 8;
/**
 * Claims that count the same thing differently ("23 pirates" / "26 pirates") are more often
 * two events than one told two ways: they are matched only when nearly all else is the same,
 * and then they differ in detail.
 */
export const CLOSE_PARAPHRASE = 0.75;

/** One document's claims, and the cluster of each named actor it has (by position), which claims weigh. */
export interface ClaimDocument {
  readonly path: string;
  readonly claims: readonly ClaimFeatures[];
  readonly actorIds: readonly string[];
}

export interface ClaimContext {
  speakerCluster(path: string, mention: ClaimMention): string | undefined;
}

// Yields come every millisecond or so of work at most: the editor relinks in slices of 4 ms
// between other work, and one long stretch between two yields is a stall the user feels.

/**
 * Links claims across related documents by weighted term overlap (rare shared terms and
 * shared actors weigh most) and quotes by their words. The same quote given to two
 * different speakers is a discrepancy.
 */
export function* linkClaims(
  documents: readonly ClaimDocument[], related: Relatedness, context: ClaimContext,
  registry: ClusterRegistry, discrepancies: Discrepancy[],
): Steps<void> {
  const items = yield* collect(documents);
  const terms = yield* buildTermTable(items);
  const termOf = terms.termOf;
  const vectors = wordVectors();
  const meaning = vectors ? meaningOf(vectors) : undefined;
  const centroids = meaning ? new Centroids(items.length, meaning) : undefined;
  const sets = new IndexedUnionFind(items.length);
  const docOf = yield* documentPositions(items, related);
  // The days of the week each set's claims date their event to: a chain of matches must not
  // join a Thursday raid to a Saturday one through a claim that dates neither.
  const setDays = new Int32Array(items.length);
  for (const item of items) setDays[item.order] = item.weekdays;
  // And the documents of each set's claims: a set holds one claim a document, what each source
  // says of it. Without that, chains of near matches grew into one "claim" of two dozen
  // sentences, several from each article (the seeds).
  const setDocs: (readonly number[])[] = items.map((item) => [docOf[item.order]]);
  const tryJoin = (a: ClaimItem, b: ClaimItem, rated = false): void => {
    const rootA = sets.find(a.order);
    const rootB = sets.find(b.order);
    if (rootA === rootB || !related.relatedAt(docOf[a.order], docOf[b.order])) return;
    const days = setDays[rootA] | setDays[rootB];
    if (setDays[rootA] !== 0 && setDays[rootB] !== 0 && (setDays[rootA] & setDays[rootB]) === 0) return;
    const docsA = setDocs[rootA];
    const docsB = setDocs[rootB];
    for (const d of docsA) if (docsB.includes(d)) return;
    if (rated ? !sameArguments(a, b, terms) : !sameClaim(a, b, terms, meaning, centroids)) return;
    sets.union(a.order, b.order);
    const root = sets.find(a.order);
    setDays[root] = days;
    setDocs[root] = docsA.concat(docsB);
  };
  yield* forEachCandidatePair(items, terms, tryJoin);
  // Two claims that rate the same topic alike make one claim in any words, when their actors
  // and days agree and each source gives it once: joined with no more than the rating, every
  // sentence of a story that called some talks useful became one claim (15 on the seeds).
  // Only claims that are mostly the rating: a long sentence that calls the talks useful in passing says more.
  yield* forEachAssessmentPair(items, termOf, (a, b) => {
    if (a.text.termIds.length <= RATING_TERMS && b.text.termIds.length <= RATING_TERMS) tryJoin(a, b, true);
  });
  yield* forEachQuotePair(items, tryJoin);

  // Each set's members in order, the sets in the order of their first member: a set's root is
  // its first member (see IndexedUnionFind.union). Arrays, not a Map by root: a Map of 34,000
  // groups (FNC-1) rehashed all of them in one step each time it grew.
  const groups: ClaimItem[][] = [];
  const groupOfRoot = new Int32Array(items.length);
  for (const item of items) {
    const root = sets.find(item.order);
    if (root === item.order) {
      groupOfRoot[root] = groups.length;
      groups.push([item]);
    } else groups[groupOfRoot[root]].push(item);
    if (item.order % 2048 === 2047) yield;
  }
  yield;
  const budget = new WorkBudget(STEP_WORK);
  for (const members of groups) {
    // Counted by members as well as groups: one boilerplate sentence may have thousands; naming
    // a group (slug, id, registry) costs about as much as eight members.
    if (budget.spend(8 + members.length)) yield;
    const first = members[0];
    const label = first.mention.text.length > 80 ? `${first.mention.text.slice(0, 77)}…` : first.mention.text;
    const cluster = registry.add('claim', claimSlug(first, termOf), label, members.map((m) => m.ref));
    // Most claims stand alone: no set of paths is needed to see they span one document.
    if (members.length > 1 && members.some((m) => m.ref.path !== first.ref.path)) quoteSpeakerConflicts(cluster.id, members, context, discrepancies);
  }
}

/** Word rows and word-pair cosines are kept while the table is the same: relinks compare the same words. */
let lastMeaning: TermRows | undefined;
function meaningOf(vectors: WordVectors): TermRows {
  if (lastMeaning?.vectors !== vectors) lastMeaning = new TermRows(vectors);
  return lastMeaning;
}

/** Slugs of claims whose first six terms are their own words, by their cached features. */
const ownSlugs = new WeakMap<TextFeatures, string>();

/**
 * A claim cluster's slug: its first claim's first six terms. When those are all its own words
 * the slug is the same on every relink and is kept; when actors fill in, they may change.
 */
function claimSlug(item: ClaimItem, termOf: readonly string[]): string {
  const own = item.text.termIds.length >= 6;
  let slug = own ? ownSlugs.get(item.text) : undefined;
  if (slug === undefined) {
    let words = '';
    for (let t = 0; t < 6 && t < item.terms.length; t++) words += t === 0 ? termOf[item.terms[t]] : ` ${termOf[item.terms[t]]}`;
    slug = slugOnce(words);
    if (own) ownSlugs.set(item.text, slug);
  }
  return slug;
}

/** Each claim's document position for `relatedAt`, looked up once per document: claims come document by document. */
function* documentPositions(items: readonly ClaimItem[], related: Relatedness): Steps<Int32Array> {
  const out = new Int32Array(items.length);
  let path: string | undefined;
  let position = -1;
  for (let i = 0; i < items.length; i++) {
    if (items[i].ref.path !== path) {
      path = items[i].ref.path;
      position = related.indexOfDocument(path);
    }
    out[i] = position;
    if (i % 8192 === 8191) yield;
  }
  return out;
}

function* collect(documents: readonly ClaimDocument[]): Steps<ClaimItem[]> {
  const items: ClaimItem[] = [];
  const actorTerms = new Map<string, number>();
  const actorTerm = (id: string): number => actorTerms.get(id) ?? actorTerms.set(id, termId(`@${id}`)).get(id)!;
  // Counted by claims: sixteen long articles in one step held the extension host for 20 ms.
  const budget = new WorkBudget(STEP_WORK);
  for (let d = 0; d < documents.length; d++) {
    const doc = documents[d];
    if (budget.spend(1 + doc.claims.length)) yield;
    for (const claim of doc.claims) {
      const { ref, mention, text, named } = claim;
      const own = text.termIds;
      // A claim naming no actor and rating nothing has only its own terms: those are shared, not copied.
      // Otherwise a plain array, not a typed one: tens of thousands of small typed arrays per
      // relink each had a buffer outside the heap, and that churn set off full collections.
      let terms = own;
      if (named.length > 0 || text.assessment) {
        const kept = claim.linkTerms;
        if (kept && sameActorTerms(kept, own.length, named, doc.actorIds, actorTerm, text.assessment !== undefined)) terms = kept;
        else {
          const added: number[] = [];
          for (const position of named) added.push(actorTerm(doc.actorIds[position]));
          if (text.assessment) added.push(termId(text.assessment));
          // One array of exactly its length (concat), as it is kept with the claim's features.
          claim.linkTerms = terms = own.concat(added);
        }
      }
      items.push({ order: items.length, ref, mention, terms, text, weekdays: claim.weekdays, counts: claim.counts });
    }
  }
  return items;
}

/**
 * Whether a claim's kept terms still name its actors' current clusters. The claim's own terms
 * and assessment come from its features, so they are the same while the features are.
 */
function sameActorTerms(
  kept: readonly number[], ownCount: number, named: readonly number[], actorIds: readonly string[], actorTerm: (id: string) => number,
  assessed: boolean,
): boolean {
  if (kept.length !== ownCount + named.length + (assessed ? 1 : 0)) return false;
  for (let k = 0; k < named.length; k++) if (kept[ownCount + k] !== actorTerm(actorIds[named[k]])) return false;
  return true;
}

/**
 * Each claim's terms as small integers with their weights, and each claim's total weight,
 * computed once: comparing two claims is then array work, no string hashing.
 */
class TermTable {
  /** `mark[term] === stamp` while the claim `stamp - 1` is being compared. */
  private readonly mark: Int32Array;
  private marked = -1;
  /** 1 for the terms that stand for an actor's cluster (`@id`). */
  readonly isActor: Uint8Array;

  constructor(
    readonly ids: readonly (readonly number[])[],
    /** Each term's text, and in how many claims it occurs (counted once per occurrence, as before). */
    readonly termOf: readonly string[],
    readonly df: Int32Array,
    readonly weightOf: Float64Array,
    readonly totals: Float64Array,
  ) {
    this.mark = new Int32Array(termOf.length);
    this.isActor = new Uint8Array(termOf.length);
    for (let t = 0; t < termOf.length; t++) if (termOf[t].charCodeAt(0) === 64 /* @ */) this.isActor[t] = 1;
  }

  /** Marks claim `order`'s terms, so `has` answers for it until another claim is marked. */
  markClaim(order: number): void {
    if (this.marked === order) return;
    this.marked = order;
    const stamp = order + 1;
    for (const id of this.ids[order]) this.mark[id] = stamp;
  }

  has(order: number, id: number): boolean {
    return this.mark[id] === order + 1;
  }
}

function* buildTermTable(items: readonly ClaimItem[]): Steps<TermTable> {
  const ids = items.map((item) => item.terms);
  const termOf = termTexts();
  const counts = new Int32Array(termOf.length);
  for (let order = 0; order < ids.length; order++) {
    for (const id of ids[order]) counts[id]++;
    if (order % 2048 === 2047) yield;
  }
  yield;
  // A loop, not Float64Array.from with a mapping function: that is several times slower, and
  // the term list is the whole process's vocabulary.
  const weightOf = new Float64Array(counts.length);
  for (let t = 0; t < counts.length; t++) {
    weightOf[t] = Math.log(1 + items.length / counts[t]);
    if (t % 8192 === 8191) yield;
  }
  yield;
  const totals = new Float64Array(items.length);
  for (let order = 0; order < ids.length; order++) {
    let sum = 0;
    for (const id of ids[order]) sum += weightOf[id];
    totals[order] = sum;
    if (order % 2048 === 2047) yield;
  }
  return new TermTable(ids, termOf, counts, weightOf, totals);
}

function sameClaim(a: ClaimItem, b: ClaimItem, table: TermTable, meaning: TermRows | undefined, centroids: Centroids | undefined): boolean {
  const quoteA = a.text.quoteText;
  const quoteB = b.text.quoteText;
  if (quoteA && quoteB) {
    const aShorter = quoteA.length <= quoteB.length;
    if (quoteWordCount(aShorter ? a.text : b.text) >= 3 && (aShorter ? quoteB : quoteA).includes(aShorter ? quoteA : quoteB)) return true;
  }
  if (a.mention.type !== b.mention.type) return false;
  if (!sameArguments(a, b, table)) return false;
  if (meaning && centroids) {
    const rows = meaning.rowsFor(table.termOf);
    const ids = table.ids;
    if (centroids.similarity(a.order, b.order, ids, table.weightOf, rows) < CENTROID_FLOOR) return false;
    // Both ways: a short headline inside a long sentence is not the sentence's whole claim.
    const share = sameCounts(a, b) ? MEANING_SIMILARITY : CLOSE_PARAPHRASE;
    const { weightOf, totals } = table;
    return saysShare(ids[a.order], ids[b.order], totals[a.order], share, weightOf, rows, meaning)
      && saysShare(ids[b.order], ids[a.order], totals[b.order], share, weightOf, rows, meaning);
  }
  table.markClaim(b.order);
  let shared = 0;
  let sharedCount = 0;
  for (const t of table.ids[a.order]) {
    if (!table.has(b.order, t)) continue;
    shared += table.weightOf[t];
    sharedCount++;
  }
  const weightA = table.totals[a.order];
  const weightB = table.totals[b.order];
  const total = weightA + weightB - shared;
  const smaller = Math.min(weightA, weightB);
  // Either most of both statements is shared, or nearly all of the shorter one is.
  return sharedCount >= 2 && total > 0 && (shared / total >= CLAIM_SIMILARITY || (smaller > 0 && shared / smaller >= CLAIM_CONTAINMENT && shared / total >= CLAIM_SIMILARITY / 3));
}

/** Whether the two claims give no different amount for the same counted thing. */
function sameCounts(a: ClaimItem, b: ClaimItem): boolean {
  if (a.counts.length === 0 || b.counts.length === 0) return true;
  for (const x of a.counts) {
    const unit = x.slice(0, x.lastIndexOf(' ') + 1);
    for (const y of b.counts) if (y !== x && y.startsWith(unit) && !b.counts.includes(x)) return false;
  }
  return true;
}

/**
 * The actors two claims name must agree: one claim's actors all among the other's. "Lohan
 * checks into rehab" and "Reid checks into rehab" say the same words of two events; so do
 * "the Angels offered Teixeira eight years" and "the Red Sox offered Teixeira eight years".
 * Nor may they date the event to different days of the week.
 */
function sameArguments(a: ClaimItem, b: ClaimItem, table: TermTable): boolean {
  if (a.weekdays !== 0 && b.weekdays !== 0 && (a.weekdays & b.weekdays) === 0) return false;
  let onlyA = 0;
  table.markClaim(b.order);
  for (const t of table.ids[a.order]) if (table.isActor[t] && !table.has(b.order, t)) onlyA++;
  if (onlyA === 0) return true;
  table.markClaim(a.order);
  for (const t of table.ids[b.order]) if (table.isActor[t] && !table.has(a.order, t)) return false;
  return true;
}

function quoteSpeakerConflicts(clusterId: string, members: readonly ClaimItem[], context: ClaimContext, out: Discrepancy[]): void {
  const quotes = members.filter((m) => quoteWordCount(m.text) >= 3);
  const bySpeaker = new Map<string, MentionRef[]>();
  for (const q of quotes) {
    const speaker = context.speakerCluster(q.ref.path, q.mention);
    if (speaker) addTo(bySpeaker, speaker, q.ref);
  }
  if (bySpeaker.size < 2) return;
  const mentions = [...bySpeaker.values()].flat();
  if (new Set(mentions.map((m) => m.path)).size < 2) return;
  out.push({ cluster: clusterId, about: 'the same quote attributed to different speakers', relation: 'conflict', mentions });
}
