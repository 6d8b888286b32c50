import type { ClaimMention } from '../model';
import { ClusterRegistry, type Discrepancy, type MentionRef } from './clusters';
import { forEachTrigram, termId, termTexts, wordCount, type TextFeatures } from './claim-features';
import type { ClaimFeatures } from './document-features';
import type { Relatedness } from './relatedness';
import { slugify } from './slug';
import { IndexedUnionFind } from './union-find';
import { addTo } from '../multimap';
import type { Steps } from './steps';

/** Weighted overlap two claims need to count as the same statement in other words. */
export const CLAIM_SIMILARITY = 0.3;
/** Share of the shorter statement's weight that must recur in the longer one. */
export const CLAIM_CONTAINMENT = 0.75;
/** Terms in more claims than this share of them are too common to find candidates by. */
const COMMON_TERM_SHARE = 0.2;

interface ClaimItem {
  /** Position in the item list: the union-find works on these. */
  readonly order: number;
  readonly ref: MentionRef;
  readonly mention: ClaimMention;
  /** Its terms by number (see `termId`): its own words, then `@` and each actor it names, then its assessment. */
  readonly terms: readonly number[];
  readonly quoteText?: string;
  readonly assessment?: string;
  /** The claim's own features, cached with its document across relinks. */
  readonly text: TextFeatures;
}

/** One document's claims, and the cluster of each named actor it has (by position), which claims weigh. */
export interface ClaimDocument {
  readonly path: string;
  readonly claims: readonly ClaimFeatures[];
  readonly actorIds: readonly string[];
}

export interface ClaimContext {
  speakerCluster(path: string, mention: ClaimMention): string | undefined;
}

// Yields come every few milliseconds of work at most: the editor relinks in slices of 8 ms
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
  const sets = new IndexedUnionFind(items.length);
  const docOf = items.map((item) => related.indexOfDocument(item.ref.path));
  const tryJoin = (a: ClaimItem, b: ClaimItem): void => {
    if (sets.find(a.order) === sets.find(b.order) || !related.relatedAt(docOf[a.order], docOf[b.order])) return;
    if (sameClaim(a, b, terms)) sets.union(a.order, b.order);
  };
  yield* forEachCandidatePair(items, terms, tryJoin);
  yield* forEachAssessmentPair(items, termOf, (a, b) => {
    if (sets.find(a.order) !== sets.find(b.order) && related.relatedAt(docOf[a.order], docOf[b.order])) sets.union(a.order, b.order);
  });
  yield* forEachQuotePair(items, tryJoin);

  const groups = new Map<number, ClaimItem[]>();
  for (const item of items) {
    addTo(groups, sets.find(item.order), item);
    if (item.order % 2048 === 2047) yield;
  }
  yield;
  let work = 0;
  for (const members of groups.values()) {
    // Counted by members, not groups: one boilerplate sentence may have thousands.
    work += 4 + members.length;
    if (work >= STEP_WORK) {
      work = 0;
      yield;
    }
    const first = members[0];
    const label = first.mention.text.length > 80 ? `${first.mention.text.slice(0, 77)}…` : first.mention.text;
    const cluster = registry.add('claim', claimSlug(first, termOf), label, members.map((m) => m.ref));
    // Most claims stand alone: no set of paths is needed to see they span one document.
    if (members.length > 1 && members.some((m) => m.ref.path !== first.ref.path)) quoteSpeakerConflicts(cluster.id, members, context, discrepancies);
  }
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
    slug = slugify(item.terms.slice(0, 6).map((id) => termOf[id]).join(' '));
    if (own) ownSlugs.set(item.text, slug);
  }
  return slug;
}

/**
 * Units of work (pairs compared, members registered, words read) between two yields: about
 * a millisecond here, a few in a busy extension host. Counting items instead let one step
 * with a long quote or a large group stall the editor for 50 ms.
 */
const STEP_WORK = 512;

/** How many of its rarest terms a claim is found by, and how common such a term may be. */
const ANCHORS = 6;
const MAX_POSTING = 60;

/**
 * Candidate pairs share at least two of their rarest terms. Looking claims up by a few
 * rare terms, never by common ones, keeps linking near-linear in the number of claims.
 */
function* forEachCandidatePair(items: readonly ClaimItem[], table: TermTable, visit: (a: ClaimItem, b: ClaimItem) => void): Steps<void> {
  const maxDf = Math.min(MAX_POSTING, Math.max(5, Math.ceil(items.length * COMMON_TERM_SHARE)));
  const { df, termOf } = table;
  const byRarity = (a: number, b: number): number => df[a] - df[b] || (termOf[a] < termOf[b] ? -1 : 1);
  // Flat arrays throughout, not an array per claim and per posting: they lived through a
  // whole sliced relink, so each small one was copied out of the young generation and
  // became old garbage for a full collection to find.
  const anchors = new Int32Array(items.length * ANCHORS);
  const anchorCount = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    // The ANCHORS rarest, kept in order as they are met: sorting every term of every claim
    // to keep six was a sixth of what a relink allocated.
    const base = i * ANCHORS;
    let count = 0;
    for (const id of table.ids[i]) {
      if (df[id] > maxDf || termOf[id].charCodeAt(0) === 126 /* ~ */) continue;
      if (count === ANCHORS && byRarity(id, anchors[base + ANCHORS - 1]) >= 0) continue;
      let at = count === ANCHORS ? ANCHORS - 1 : count++;
      while (at > 0 && byRarity(id, anchors[base + at - 1]) < 0) {
        anchors[base + at] = anchors[base + at - 1];
        at--;
      }
      anchors[base + at] = id;
    }
    anchorCount[i] = count;
    if (i % 128 === 127) yield;
  }
  const postings = new Postings(anchors, anchorCount, df.length);
  yield;
  // Shared-anchor counts per later claim. The groups found do not depend on the order pairs are compared in.
  const shared = new Int32Array(items.length);
  // The later claims met, in a buffer reused for every claim (emptying an array by setting
  // its length let go of its storage, and every claim allocated a new one).
  const met = new Int32Array(items.length);
  const { offsets, claims } = postings;
  let work = 0;
  for (let i = 0; i < items.length; i++) {
    const count = anchorCount[i];
    if (work >= STEP_WORK) {
      work = 0;
      yield;
    }
    let metCount = 0;
    for (let a = i * ANCHORS, end = a + count; a < end; a++) {
      const t = anchors[a];
      // Postings hold claims in ascending order: only the later ones, from the end back.
      for (let k = offsets[t + 1] - 1; k >= offsets[t] && claims[k] > i; k--) {
        const j = claims[k];
        if (shared[j]++ === 0) met[metCount++] = j;
      }
    }
    work += 1 + metCount;
    for (let m = 0; m < metCount; m++) {
      const j = met[m];
      const n = shared[j];
      shared[j] = 0;
      if (n >= 2 || (n === 1 && count === 1)) visit(items[i], items[j]);
    }
  }
}

/** For each term, the claims that have it as an anchor, in ascending order: `claims[offsets[t]..offsets[t + 1])`. */
class Postings {
  readonly offsets: Int32Array;
  readonly claims: Int32Array;

  constructor(anchors: Int32Array, anchorCount: Uint8Array, terms: number) {
    const offsets = new Int32Array(terms + 1);
    for (let i = 0; i < anchorCount.length; i++) for (let a = i * ANCHORS, end = a + anchorCount[i]; a < end; a++) offsets[anchors[a] + 1]++;
    for (let t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
    const next = offsets.slice(0, terms);
    const claims = new Int32Array(offsets[terms]);
    for (let i = 0; i < anchorCount.length; i++) for (let a = i * ANCHORS, end = a + anchorCount[i]; a < end; a++) claims[next[anchors[a]]++] = i;
    this.offsets = offsets;
    this.claims = claims;
  }
}

/**
 * Evaluations of one topic with one stance. In a small workspace every pair is compared;
 * in a large one only those that also name a common actor, so "the talks were productive"
 * from two different stories never meet.
 */
function* forEachAssessmentPair(items: readonly ClaimItem[], termOf: readonly string[], visit: (a: ClaimItem, b: ClaimItem) => void): Steps<void> {
  const byAssessment = new Map<string, ClaimItem[]>();
  for (const item of items) if (item.assessment) addTo(byAssessment, item.assessment, item);
  let work = 0;
  for (const group of byAssessment.values()) {
    yield;
    if (group.length <= MAX_POSTING) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) visit(group[i], group[j]);
      continue;
    }
    const byActor = new Map<number, ClaimItem[]>();
    for (const item of group) for (const t of item.terms) if (termOf[t].startsWith('@')) addTo(byActor, t, item);
    for (const block of byActor.values()) {
      if (block.length > MAX_POSTING) continue;
      work += block.length * block.length;
      if (work >= STEP_WORK) {
        work = 0;
        yield;
      }
      for (let i = 0; i < block.length; i++) for (let j = i + 1; j < block.length; j++) visit(block[i], block[j]);
    }
  }
}

/** Quotes that share a run of three words are compared word for word. */
function* forEachQuotePair(items: readonly ClaimItem[], visit: (a: ClaimItem, b: ClaimItem) => void): Steps<void> {
  const byTrigram = new Map<string, ClaimItem[]>();
  let work = 0;
  for (let i = 0; i < items.length; i++) {
    const quote = items[i].quoteText;
    // A quote's trigrams go in one after another, so one that repeats in it finds itself last.
    if (quote) {
      forEachTrigram(quote, (trigram) => {
        const posting = byTrigram.get(trigram);
        if (!posting) byTrigram.set(trigram, [items[i]]);
        else if (posting[posting.length - 1] !== items[i]) posting.push(items[i]);
      });
    }
    // About a word a trigram: a long quote counts for its words.
    work += 1 + (quote ? quote.length >> 3 : 0);
    if (work >= STEP_WORK) {
      work = 0;
      yield;
    }
  }
  work = 0;
  for (const posting of byTrigram.values()) {
    work += 1 + posting.length * posting.length;
    if (work >= STEP_WORK) {
      work = 0;
      yield;
    }
    if (posting.length < 2 || posting.length > MAX_POSTING) continue;
    for (let i = 0; i < posting.length; i++) for (let j = i + 1; j < posting.length; j++) visit(posting[i], posting[j]);
  }
}

function* collect(documents: readonly ClaimDocument[]): Steps<ClaimItem[]> {
  const items: ClaimItem[] = [];
  const actorTerms = new Map<string, number>();
  const actorTerm = (id: string): number => actorTerms.get(id) ?? actorTerms.set(id, termId(`@${id}`)).get(id)!;
  for (const [d, doc] of documents.entries()) {
    if (d % 16 === 15) yield;
    for (const { ref, mention, text, named } of doc.claims) {
      const own = text.termIds;
      // A plain array, not a typed one: tens of thousands of small typed arrays per relink each
      // had a buffer outside the heap, and that churn set off full garbage collections.
      const terms = own.slice();
      for (const position of named) terms.push(actorTerm(doc.actorIds[position]));
      if (text.assessment) terms.push(termId(text.assessment));
      // One shape for every item, without spreads: each spread was a throwaway object.
      items.push({ order: items.length, ref, mention, terms, quoteText: text.quoteText, assessment: text.assessment, text });
    }
  }
  return items;
}

/**
 * Each claim's terms as small integers with their weights, and each claim's total weight,
 * computed once: comparing two claims is then array work, no string hashing.
 */
class TermTable {
  /** `mark[term] === stamp` while the claim `stamp - 1` is being compared. */
  private readonly mark: Int32Array;
  private marked = -1;

  constructor(
    readonly ids: readonly (readonly number[])[],
    /** Each term's text, and in how many claims it occurs (counted once per occurrence, as before). */
    readonly termOf: readonly string[],
    readonly df: Int32Array,
    readonly weightOf: Float64Array,
    readonly totals: Float64Array,
  ) {
    this.mark = new Int32Array(termOf.length);
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
  const weightOf = Float64Array.from(counts, (n) => Math.log(1 + items.length / n));
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

function sameClaim(a: ClaimItem, b: ClaimItem, table: TermTable): boolean {
  if (a.quoteText && b.quoteText) {
    const aShorter = a.quoteText.length <= b.quoteText.length;
    const short = aShorter ? a.quoteText : b.quoteText;
    if (wordCount(short) >= 3 && (aShorter ? b.quoteText : a.quoteText).includes(short)) return true;
  }
  if (a.mention.type !== b.mention.type) return false;
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

function quoteSpeakerConflicts(clusterId: string, members: readonly ClaimItem[], context: ClaimContext, out: Discrepancy[]): void {
  const quotes = members.filter((m) => m.quoteText && wordCount(m.quoteText) >= 3);
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

