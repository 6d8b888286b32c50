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
  const doc = prepareText(text);
  const documentDate = context.documentDate ?? findDocumentDate(doc);
  const actors = detectActors(doc);
  const numbers = detectNumbersDated(doc, documentDate);
  const claims = detectClaims(doc, actors, numbers);
  const mentions: Mention[] = [...actors, ...numbers, ...claims].sort(byPosition);
  return { ...doc, mentions, ...(documentDate ? { documentDate } : {}) };
}

const KIND_ORDER = { claim: 0, actor: 1, number: 2 } as const;

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
