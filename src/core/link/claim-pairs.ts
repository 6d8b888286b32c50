import type { ClaimMention } from '../model';
import type { MentionRef } from './clusters';
import { forEachTrigram, type TextFeatures } from './claim-features';
import { addTo } from '../multimap';
import { STEP_WORK, WorkBudget, type Steps } from './steps';
import { TrigramPostings } from './trigram-postings';

// Which claims are compared at all: those sharing rare terms, an assessment and an actor, or a
// run of quoted words. Each finder visits candidate pairs; the linker decides on each pair.

/** Terms in more claims than this share of them are too common to find candidates by. */
const COMMON_TERM_SHARE = 0.2;

/** A claim as linking sees it. */
export interface ClaimItem {
  /** Position in the item list: the union-find works on these. */
  readonly order: number;
  readonly ref: MentionRef;
  readonly mention: ClaimMention;
  /** Its terms by number (see `termId`): its own words, then `@` and each actor it names, then its assessment. */
  readonly terms: readonly number[];
  /** The claim's own features (quote words, assessment), cached with its document across relinks. */
  readonly text: TextFeatures;
  /** The days of the week it dates its event to, as bits; 0 when none. */
  readonly weekdays: number;
  /** Its counts as "unit amount" (see `ClaimFeatures.counts`). */
  readonly counts: readonly string[];
}

/** What `forEachCandidatePair` reads of the term table: each claim's terms, each term's text and claim count. */
export interface TermCounts {
  readonly ids: readonly (readonly number[])[];
  readonly termOf: readonly string[];
  readonly df: Int32Array;
}

/** How many of its rarest terms a claim is found by, and how common such a term may be. */
const ANCHORS = 6;
const MAX_POSTING = 60;

/**
 * Candidate pairs share at least one of their rarest terms and a group (`groupOf`, by claim
 * order: claims of one story; -1 pairs with nothing). Looking claims up by a few rare terms,
 * never by common ones, keeps linking near-linear in the number of claims; skipping the
 * other groups' claims in the postings left a quarter of the pairs to visit on FNC-1.
 */
export function* forEachCandidatePair(
  items: readonly ClaimItem[], table: TermCounts, groupOf: Int32Array, visit: (a: ClaimItem, b: ClaimItem) => void,
): Steps<void> {
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
  const postings = yield* buildPostings(anchors, anchorCount, df.length);
  yield;
  // Shared-anchor counts per later claim. The groups found do not depend on the order pairs are compared in.
  const shared = new Int32Array(items.length);
  // The later claims met, in a buffer reused for every claim (emptying an array by setting
  // its length let go of its storage, and every claim allocated a new one).
  const met = new Int32Array(items.length);
  const { offsets, claims } = postings;
  const budget = new WorkBudget(STEP_WORK);
  for (let i = 0; i < items.length; i++) {
    const group = groupOf[i];
    const count = group < 0 ? 0 : anchorCount[i];
    let metCount = 0;
    for (let a = i * ANCHORS, end = a + count; a < end; a++) {
      const t = anchors[a];
      // Postings hold claims in ascending order: only the later ones, from the end back.
      for (let k = offsets[t + 1] - 1; k >= offsets[t] && claims[k] > i; k--) {
        const j = claims[k];
        if (groupOf[j] !== group) continue;
        if (shared[j]++ === 0) met[metCount++] = j;
      }
    }
    for (let m = 0; m < metCount; m++) {
      const j = met[m];
      shared[j] = 0;
      // One rare term in common is enough to compare: paraphrases share few words.
      visit(items[i], items[j]);
    }
    if (budget.spend(1 + metCount)) yield;
  }
}

/** For each term, the claims that have it as an anchor, in ascending order: `claims[offsets[t]..offsets[t + 1])`. */
interface Postings {
  readonly offsets: Int32Array;
  readonly claims: Int32Array;
}

function* buildPostings(anchors: Int32Array, anchorCount: Uint8Array, terms: number): Steps<Postings> {
  const offsets = new Int32Array(terms + 1);
  for (let i = 0; i < anchorCount.length; i++) {
    for (let a = i * ANCHORS, end = a + anchorCount[i]; a < end; a++) offsets[anchors[a] + 1]++;
    if (i % 4096 === 4095) yield;
  }
  for (let t = 0; t < terms; t++) offsets[t + 1] += offsets[t];
  yield;
  const next = offsets.slice(0, terms);
  const claims = new Int32Array(offsets[terms]);
  for (let i = 0; i < anchorCount.length; i++) {
    for (let a = i * ANCHORS, end = a + anchorCount[i]; a < end; a++) claims[next[anchors[a]]++] = i;
    if (i % 4096 === 4095) yield;
  }
  return { offsets, claims };
}

/**
 * Evaluations of one topic with one stance. In a small workspace every pair is compared;
 * in a large one only those that also name a common actor, so "the talks were productive"
 * from two different stories never meet.
 */
export function* forEachAssessmentPair(items: readonly ClaimItem[], termOf: readonly string[], visit: (a: ClaimItem, b: ClaimItem) => void): Steps<void> {
  const byAssessment = new Map<string, ClaimItem[]>();
  for (const item of items) if (item.text.assessment) addTo(byAssessment, item.text.assessment, item);
  const budget = new WorkBudget(STEP_WORK);
  for (const group of byAssessment.values()) {
    yield;
    if (group.length <= MAX_POSTING) {
      yield* forEachPairIn(group, budget, visit);
      continue;
    }
    const byActor = new Map<number, ClaimItem[]>();
    for (const item of group) for (const t of item.terms) if (termOf[t].startsWith('@')) addTo(byActor, t, item);
    for (const block of byActor.values()) {
      if (block.length <= MAX_POSTING) yield* forEachPairIn(block, budget, visit);
    }
  }
}

/**
 * Every pair of a list, yielding by rows: sixty claims are 1,770 comparisons, several
 * milliseconds when all made in one step.
 */
function* forEachPairIn(
  list: ArrayLike<ClaimItem>, budget: WorkBudget, visit: (a: ClaimItem, b: ClaimItem) => void,
): Steps<void> {
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) visit(list[a], list[b]);
    if (budget.spend(list.length - a)) yield;
  }
}

/** Quotes that share a run of three words are compared word for word. */
export function* forEachQuotePair(items: readonly ClaimItem[], visit: (a: ClaimItem, b: ClaimItem) => void): Steps<void> {
  let runs = 0;
  for (const item of items) runs += Math.max(0, (item.text.quoteWords?.length ?? 0) - 2);
  yield;
  const postings = new TrigramPostings(runs);
  const wide = new Map<string, number>();
  const reading = new WorkBudget(STEP_WORK);
  for (let i = 0; i < items.length; i++) {
    const words = items[i].text.quoteWords;
    if (words) forEachTrigram(words, wide, (key) => postings.add(key, i));
    // A run a word: a long quote counts for its words.
    if (reading.spend(1 + (words ? words.length : 0))) yield;
  }
  const quotes = new Int32Array(MAX_POSTING);
  const quoted: ClaimItem[] = [];
  const comparing = new WorkBudget(STEP_WORK);
  for (let slot = 0; slot < postings.slots; slot++) {
    const length = postings.count(slot);
    // Empty slots cost next to nothing; a step still ends every 16,384 of them.
    if (comparing.spend(length === 0 ? 0 : 1) || (slot & 16383) === 16383) yield;
    if (length < 2 || length > MAX_POSTING) continue;
    postings.quotesAt(slot, quotes);
    quoted.length = 0;
    for (let q = 0; q < length; q++) quoted.push(items[quotes[q]]);
    yield* forEachPairIn(quoted, comparing, visit);
  }
}
