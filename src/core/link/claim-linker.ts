import type { ClaimMention } from '../model';
import { ClusterRegistry, type Discrepancy, type MentionRef } from './clusters';
import { quoteWordCount, termId, termTexts, type TextFeatures } from './claim-features';
import { forEachAssessmentPair, forEachCandidatePair, forEachQuotePair, type ClaimItem } from './claim-pairs';
import type { ClaimFeatures } from './document-features';
import type { Relatedness } from './relatedness';
import { slugOnce } from './slug';
import { CENTROID_FLOOR, Centroids, TermRows } from './claim-meaning';
import { MutualBest, shareSaid } from './claim-match';
import { wordVectors, type WordVectors } from '../meaning/word-vectors';
import { IndexedUnionFind } from './union-find';
import { STEP_WORK, WorkBudget, type Steps } from './steps';

/** Weighted overlap two claims need to count as the same statement in other words. */
export const CLAIM_SIMILARITY = 0.3;
/** Share of the shorter statement's weight that must recur in the longer one. */
export const CLAIM_CONTAINMENT = 0.75;
/**
 * Share of each claim's weight the other must say, in the same or close words, to be the same
 * claim. Chosen on ECB+ topics 1-18 for precision first, and kept when pairs became mutual best
 * matches (topics 1-18 / 19-35: 0.4 linked P 0.85 / 0.86, R 0.20 / 0.14; 0.45 P 0.90 / 0.88, R 0.17 / 0.13).
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
  /**
   * The actor cluster of a quote's speaker when the text names a person for it with confidence,
   * and not one the workspace shows relaying others' words (an outlet).
   */
  speakerCluster(path: string, mention: ClaimMention): string | undefined;
  /** Whether two speaker clusters may be one actor under two names (see `mayBeSameActor`). */
  mayBeSameActor(a: string, b: string): boolean;
}

/**
 * Quoted words two sources must share, in order, to be the same quote given to two speakers: a
 * sentence's worth. Shorter runs are titles ("Fox News Sunday"), stock phrases ("crimes of
 * genocide", "our thoughts and prayers are with") and two officials' similar statements.
 */
export const SPECIFIC_QUOTE_WORDS = 8;

// Yields come every millisecond or so of work at most: the editor relinks in slices of 4 ms
// between other work, and one long stretch between two yields is a stall the user feels.

/**
 * Whether two sets of claims, joined, hold at most CLAIMS_PER_SOURCE claims of any one document
 * (`docsA`, `docsB`: each claim's document). A headline and its lead may say the same thing; with
 * no cap, chains of mutual best matches grew on the FNC-1 bodies into one "claim" of 365 sentences
 * from 113 articles, every sentence about a rumour, and "112 sources agree" over most of them.
 */
function withinClaimsPerSource(docsA: readonly number[], docsB: readonly number[]): boolean {
  for (const d of docsB) {
    let count = 0;
    for (const e of docsA) if (e === d) count++;
    for (const e of docsB) if (e === d) count++;
    if (count > CLAIMS_PER_SOURCE) return false;
  }
  return true;
}
const CLAIMS_PER_SOURCE = 2;

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
  const groupOf = docOf.map((d) => related.groupAt(d));
  // The days of the week each set's claims date their event to: a chain of matches must not
  // join a Thursday raid to a Saturday one through a claim that dates neither.
  const setDays = new Int32Array(items.length);
  for (const item of items) setDays[item.order] = item.weekdays;
  // And the documents of each set's claims, for the joins that must keep one claim a document.
  const setDocs: (readonly number[])[] = items.map((item) => [docOf[item.order]]);
  // How a pair came to be joined: matched by what it says (mutual best, see MutualBest), or
  // directly, for the rating alone or a shared quote.
  const tryJoin = (a: ClaimItem, b: ClaimItem, how: 'matched' | 'rated' | 'quoted'): void => {
    const rootA = sets.find(a.order);
    const rootB = sets.find(b.order);
    if (rootA === rootB || !related.relatedAt(docOf[a.order], docOf[b.order])) return;
    const days = setDays[rootA] | setDays[rootB];
    if (setDays[rootA] !== 0 && setDays[rootB] !== 0 && (setDays[rootA] & setDays[rootB]) === 0) return;
    const docsA = setDocs[rootA];
    const docsB = setDocs[rootB];
    // Joins made without a mutual best match hold one claim a document: without that, chains of
    // near matches grew into one "claim" of two dozen sentences, several from each article (the
    // seeds). Mutual best matches may bring a headline and its lead into one cluster: a cap of
    // one claim a document held ECB+ link recall under 0.46 even given the gold clusters.
    if (how === 'rated') {
      for (const d of docsA) if (docsB.includes(d)) return;
    } else if (how === 'matched' && !withinClaimsPerSource(docsA, docsB)) return;
    if (how === 'rated' ? !sameArguments(a, b, terms) : how === 'quoted' && claimMatch(a, b, terms, meaning, centroids) === 0) return;
    sets.union(a.order, b.order);
    const root = sets.find(a.order);
    setDays[root] = days;
    setDocs[root] = docsA.concat(docsB);
  };
  let documentSlots = 0;
  for (const d of docOf) if (d >= documentSlots) documentSlots = d + 1;
  const best = new MutualBest(documentSlots);
  yield* forEachCandidatePair(items, terms, groupOf, (a, b) => {
    // Matches are between sources: two sentences of one article join only through another's.
    if (docOf[a.order] === docOf[b.order] || !related.relatedAt(docOf[a.order], docOf[b.order])) return;
    if (a.weekdays !== 0 && b.weekdays !== 0 && (a.weekdays & b.weekdays) === 0) return;
    // A pair that cannot beat what either claim already has in the other's document cannot be mutual: not scored in full.
    const score = claimMatch(a, b, terms, meaning, centroids, best.bar(a.order, docOf[a.order], b.order, docOf[b.order]));
    if (score > 0) best.offer(a.order, docOf[a.order], b.order, docOf[b.order], score);
  });
  yield;
  for (const [a, b] of best.mutual()) tryJoin(items[a], items[b], 'matched');
  // Two claims that rate the same topic alike make one claim in any words, when their actors
  // and days agree and each source gives it once: joined with no more than the rating, every
  // sentence of a story that called some talks useful became one claim (15 on the seeds).
  // Only claims that are mostly the rating: a long sentence that calls the talks useful in passing says more.
  yield* forEachAssessmentPair(items, termOf, (a, b) => {
    if (a.text.termIds.length <= RATING_TERMS && b.text.termIds.length <= RATING_TERMS) tryJoin(a, b, 'rated');
  });
  yield* forEachQuotePair(items, (a, b) => tryJoin(a, b, 'quoted'));

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
    if (members.length > 1 && members.some((m) => m.ref.path !== first.ref.path)) {
      const conflict = quoteSpeakerConflict(
        members, context, (a, b) => related.relatedAt(docOf[a.order], docOf[b.order]), (item) => item.terms.filter((t) => termOf[t].charCodeAt(0) === 64 /* @ */),
      );
      if (conflict) discrepancies.push({ cluster: cluster.id, about: 'the same quote attributed to different speakers', relation: 'conflict', mentions: conflict });
    }
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
  /**
   * Each claim's actor terms, in term order (shared when none): the actors of two claims are
   * compared over these few, not by marking and walking all of both claims' terms.
   */
  readonly actorsOf: (readonly number[])[];

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
    this.actorsOf = ids.map((terms) => {
      let actors: number[] | undefined;
      for (const t of terms) if (this.isActor[t]) (actors ??= []).push(t);
      return actors ?? NO_ACTORS;
    });
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

/**
 * How closely two claims say the same thing, 0 when they do not: 1 for one quote inside the
 * other; otherwise the smaller of the shares each says of the other (both ways: a short
 * headline inside a long sentence is not the sentence's whole claim), when both reach the floor.
 */
function claimMatch(
  a: ClaimItem, b: ClaimItem, table: TermTable, meaning: TermRows | undefined, centroids: Centroids | undefined, bar = 0,
): number {
  const quoteA = a.text.quoteText;
  const quoteB = b.text.quoteText;
  if (quoteA && quoteB) {
    const aShorter = quoteA.length <= quoteB.length;
    if (quoteWordCount(aShorter ? a.text : b.text) >= 3 && (aShorter ? quoteB : quoteA).includes(aShorter ? quoteA : quoteB)) return 1;
  }
  if (a.mention.type !== b.mention.type) return 0;
  // The same sentence in two copies of a story (wire copy, FNC-1) says all of the other: not worked out word by word.
  if (a.terms.length > 0 && sameTerms(a.terms, b.terms) && sameCounts(a, b)) return 1;
  if (!sameArguments(a, b, table)) return 0;
  if (meaning && centroids) {
    const rows = meaning.rowsFor(table.termOf);
    const ids = table.ids;
    if (centroids.similarity(a.order, b.order, ids, table.weightOf, rows) < CENTROID_FLOOR) return 0;
    const floor = Math.max(bar, sameCounts(a, b) ? MEANING_SIMILARITY : CLOSE_PARAPHRASE);
    const { weightOf, totals } = table;
    const ab = shareSaid(ids[a.order], ids[b.order], totals[a.order], floor, weightOf, rows, meaning);
    return ab > 0 ? Math.min(ab, shareSaid(ids[b.order], ids[a.order], totals[b.order], floor, weightOf, rows, meaning)) : 0;
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
  const same = sharedCount >= 2 && total > 0 && (shared / total >= CLAIM_SIMILARITY || (smaller > 0 && shared / smaller >= CLAIM_CONTAINMENT && shared / total >= CLAIM_SIMILARITY / 3));
  return same ? shared / total : 0;
}

function sameTerms(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  const actorsA = table.actorsOf[a.order];
  const actorsB = table.actorsOf[b.order];
  return actorsA.every((t) => actorsB.includes(t)) || actorsB.every((t) => actorsA.includes(t));
}

const NO_ACTORS: readonly number[] = [];

/**
 * The quotes of one cluster that sources give to different speakers, or undefined when none do
 * for sure: both speakers named with confidence and not one actor under two names, in two
 * related documents, the quote specific enough to tell, and not boilerplate (words that recur in
 * documents of unrelated stories, "people familiar with the matter").
 */
function quoteSpeakerConflict(
  members: readonly ClaimItem[], context: ClaimContext, related: (a: ClaimItem, b: ClaimItem) => boolean,
  actorsNamed: (item: ClaimItem) => readonly number[],
): MentionRef[] | undefined {
  const sides: { item: ClaimItem; speaker: string }[] = [];
  for (const item of members) {
    if (quoteWordCount(item.text) < SPECIFIC_QUOTE_WORDS) continue;
    const speaker = context.speakerCluster(item.ref.path, item.mention);
    if (speaker) sides.push({ item, speaker });
  }
  if (new Set(sides.map((s) => s.speaker)).size < 2 || !oneStory(members, related)) return undefined;
  const kept = new Set<ClaimItem>();
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const a = sides[i];
      const b = sides[j];
      if (a.speaker === b.speaker || a.item.ref.path === b.item.ref.path || context.mayBeSameActor(a.speaker, b.speaker)) continue;
      // Clusters join quotes by overlap, transitively: the two sides must share the words themselves.
      if (!related(a.item, b.item) || !sameQuote(a.item.text.quoteWords!, b.item.text.quoteWords!)) continue;
      if (!sameActorsNamed(actorsNamed(a.item), actorsNamed(b.item))) continue;
      kept.add(a.item);
      kept.add(b.item);
    }
  }
  return kept.size > 0 ? sides.filter((s) => kept.has(s.item)).map((s) => s.item.ref) : undefined;
}

/**
 * Whether two quotes are the same words: a sentence's worth in order, and nearly all of the
 * shorter one, so two statements cut from one template ("…the murder of U.S. citizen James
 * Foley" and "…Steven Sotloff") stay apart.
 */
function sameQuote(a: readonly number[], b: readonly number[]): boolean {
  const shorter = Math.min(a.length, b.length);
  return shorter >= SPECIFIC_QUOTE_WORDS && sharedInOrder(a, b) >= Math.max(SPECIFIC_QUOTE_WORDS, SAME_QUOTE_SHARE * shorter);
}

/** Whether one quote names every actor the other does: "citizen James Foley" and "citizen Steven Sotloff" differ. */
function sameActorsNamed(a: readonly number[], b: readonly number[]): boolean {
  return a.every((t) => b.includes(t)) || b.every((t) => a.includes(t));
}

/** Share of the shorter quote's words the other must hold in order. */
const SAME_QUOTE_SHARE = 0.8;

/**
 * How many of two quotes' words are the same, in the same order: one copy may
 * drop or add a word ("see our animals in" / "see our animals again in") and stay the same quote.
 */
function sharedInOrder(a: readonly number[], b: readonly number[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Whether the documents holding a quote all hang together by relatedness: a quote shared across stories is boilerplate. */
function oneStory(members: readonly ClaimItem[], related: (a: ClaimItem, b: ClaimItem) => boolean): boolean {
  const byPath = new Map<string, ClaimItem>();
  for (const m of members) if (!byPath.has(m.ref.path)) byPath.set(m.ref.path, m);
  const documents = [...byPath.values()];
  const reached = [documents[0]];
  const left = new Set(documents.slice(1));
  for (let i = 0; i < reached.length && left.size > 0; i++) {
    for (const other of left) {
      if (!related(reached[i], other)) continue;
      left.delete(other);
      reached.push(other);
    }
  }
  return left.size === 0;
}
