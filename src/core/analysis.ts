import type { Mention } from './model';
import { detectActors } from './detect/actors';
import { detectClaims } from './detect/claims';
import type { DetectionContext } from './detect/context';
import { detectNumbersDated, findDocumentDate } from './detect/numbers';
import { prepareText } from './text/prepared-text';
import type { DocumentAnalysis } from './document-analysis';

export type { DocumentAnalysis };


/**
 * Runs the detectors in dependency order: actors and figures first, then claims, which
 * weigh the actors and figures in each sentence. Mentions come back sorted by position,
 * the order their `m1`, `m2`… ids follow.
 */
export function analyzeText(text: string, context: DetectionContext = {}): DocumentAnalysis {
  return analyzeTexts([text], [context])[0];
}

/**
 * `analyzeText` for many texts (each with its context, when given), with each detector run
 * over every text before the next one starts: on FNC-1 (2,587 articles) that took a fifth
 * less time than one text at a time (medians of ten alternated runs, 954 against 1,193 ms),
 * as each detector's code, expressions and word tables stay warm in the processor's caches.
 */
export function analyzeTexts(texts: readonly string[], contexts: readonly DetectionContext[] = []): DocumentAnalysis[] {
  const docs = texts.map(prepareText);
  const dates = docs.map((doc, i) => contexts[i]?.documentDate ?? findDocumentDate(doc));
  const actors = docs.map(detectActors);
  const numbers = docs.map((doc, i) => detectNumbersDated(doc, dates[i]));
  return docs.map((doc, i) => {
    const documentDate = dates[i];
    const mentions = mergeSorted(actors[i], numbers[i], detectClaims(doc, actors[i], numbers[i]));
    return { ...doc, mentions, ...(documentDate ? { documentDate } : {}) };
  });
}

const KIND_ORDER = { claim: 0, actor: 1, number: 2 } as const;

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * `[...a, ...b, ...c].sort(byPosition)`, by merging when each list is already in that order
 * (the detectors return them so): the same result, since the sort is stable and the merge
 * takes the earlier list on ties, at a fraction of the comparisons.
 */
export function mergeSorted(...lists: readonly (readonly Mention[])[]): Mention[] {
  if (!lists.every(isSorted)) return lists.flat().sort(byPosition);
  let merged: Mention[] = [];
  for (const list of lists) merged = mergeTwo(merged, list);
  return merged;
}

function isSorted(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1], list[i]) > 0) return false;
  return true;
}

function mergeTwo(first: readonly Mention[], second: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) out.push(byPosition(second[j], first[i]) < 0 ? second[j++] : first[i++]);
  while (i < first.length) out.push(first[i++]);
  while (j < second.length) out.push(second[j++]);
  return out;
}
