import { STEP_WORK, WorkBudget, type Steps } from '../link/steps';
import type { StoryTerms } from './story-terms';

/** What story grouping reads of one document: its terms, and the actor cluster of each named mention. */
export interface StoryDocument {
  readonly terms: StoryTerms;
  readonly actors: readonly string[];
}

/**
 * Each document as its most telling features (terms, and actor clusters after linking), weighted by
 * TF-IDF and normalised to length 1. Features are numbered: terms by `termId`, actor clusters from
 * `actorBase` on.
 */
export interface StoryVectors {
  readonly features: readonly Int32Array[];
  readonly weights: readonly Float64Array[];
  readonly actorBase: number;
  /** Actor cluster ids, by feature number minus `actorBase`. */
  readonly actorIds: readonly string[];
}

/**
 * Features kept per document: the usual size of a document profile in topic detection and tracking;
 * more adds words every article of a newsroom shares, fewer loses the rarer names of an event.
 */
export const TOP_FEATURES = 40;

/**
 * How many articles on other subjects a workspace is read among when weighing how rare an actor
 * is. A workspace's own counts tell its stories apart only when it holds many: in a folder of
 * twenty articles on one event, the event's people and places are named in most of them, and
 * counted alone they weighed less than a word two articles share by chance, so the folder fell
 * apart into several stories. A name is rare in the news at large, so it is weighed as if these
 * articles, none naming it, stood beside the workspace; a word is not ("killed", "people"), so
 * words keep the workspace's own counts. Beside a newsroom folder of thousands, 50 changes nothing.
 * Chosen on ECB+ topics 1-18, checked on topics 19-35 and on FNC-1
 * (`scripts/measure-ecb-stories.mjs --sweep`, `scripts/measure-fnc1-stories.mjs --sweep`).
 */
export const BACKGROUND_DOCUMENTS = 50;

/** Inverse document frequency, as if `background` documents without the feature stood beside the workspace's `total`. */
export function storyIdf(total: number, documentFrequency: number, background: number): number {
  return Math.log(1 + (total + background) / documentFrequency);
}

export function* storyVectors(documents: readonly StoryDocument[], topFeatures = TOP_FEATURES, background = BACKGROUND_DOCUMENTS): Steps<StoryVectors> {
  const actorOrdinal = new Map<string, number>();
  const actorCounts: Map<number, number>[] = [];
  let actorBase = 0;
  const budget = new WorkBudget(STEP_WORK);
  for (const doc of documents) {
    const counts = new Map<number, number>();
    for (const id of doc.actors) {
      let n = actorOrdinal.get(id);
      if (n === undefined) actorOrdinal.set(id, (n = actorOrdinal.size));
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    actorCounts.push(counts);
    for (const id of doc.terms.ids) if (id >= actorBase) actorBase = id + 1;
    if (budget.spend(1 + doc.actors.length)) yield;
  }
  const documentFrequency = new Int32Array(actorBase + actorOrdinal.size);
  for (const [d, doc] of documents.entries()) {
    for (const id of doc.terms.ids) documentFrequency[id]++;
    for (const n of actorCounts[d].keys()) documentFrequency[actorBase + n]++;
    if (budget.spend(1 + doc.terms.ids.length)) yield;
  }
  const total = documents.length;
  const features: Int32Array[] = [];
  const weights: Float64Array[] = [];
  // The best features of one document so far, best first, in typed arrays reused from document
  // to document: an object per term and document, then sorting all of them to keep forty, was
  // most of what grouping allocated and a sixth of its time.
  const topFeature = new Int32Array(topFeatures);
  const topWeight = new Float64Array(topFeatures);
  for (const [d, doc] of documents.entries()) {
    let kept = 0;
    let considered = 0;
    const add = (feature: number, count: number): void => {
      const df = documentFrequency[feature];
      // A feature of one document alone can join it to nothing; left out, it does not dilute the rest.
      if (df <= 1) return;
      considered++;
      const weight = (1 + Math.log(count)) * storyIdf(total, df, feature >= actorBase ? background : 0);
      const ahead = (at: number): boolean => topWeight[at] > weight || (topWeight[at] === weight && topFeature[at] < feature);
      if (kept === topFeatures && ahead(kept - 1)) return;
      let at = kept < topFeatures ? kept++ : kept - 1;
      for (; at > 0 && !ahead(at - 1); at--) {
        topFeature[at] = topFeature[at - 1];
        topWeight[at] = topWeight[at - 1];
      }
      topFeature[at] = feature;
      topWeight[at] = weight;
    };
    const { ids, counts } = doc.terms;
    for (let i = 0; i < ids.length; i++) add(ids[i], counts[i]);
    for (const [n, count] of actorCounts[d]) add(actorBase + n, count);
    let positive = 0;
    while (positive < kept && topWeight[positive] > 0) positive++;
    const norm = Math.hypot(...topWeight.subarray(0, positive)) || 1;
    features.push(topFeature.slice(0, positive));
    weights.push(Float64Array.from(topWeight.subarray(0, positive), (w) => w / norm));
    if (budget.spend(1 + considered)) yield;
  }
  return { features, weights, actorBase, actorIds: [...actorOrdinal.keys()] };
}
