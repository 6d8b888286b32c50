import { contentHash } from '../index/content-hash';
import type { Span } from '../text/span';
import { locate, type AnchorOutcome } from './anchor';
import { sameNeighbours } from './edited-in-place';
import { newAnnotationId, type RandomSource } from './ids';
import { SIDECAR_VERSION, type Annotation, type AnnotationBody, type AnnotationKind, type AnnotationLink, type AnnotationsFile, type AnnotationType, type TextQuoteSelector } from './model';
import { prepareSearchText, type SearchText } from './search-text';
import { outerContext } from './quote-context';
import { selectorAt } from './selector';

/** What the person chose when annotating; everything else is read from the text. */
export interface AnnotationInput {
  readonly kind: AnnotationKind;
  readonly type: AnnotationType;
  readonly body?: Partial<AnnotationBody>;
  readonly links?: readonly AnnotationLink[];
  readonly author?: string;
}

/** Time and randomness come from outside, so tests and merges are reproducible. */
export interface AnnotationDeps {
  readonly now: () => Date;
  readonly random: RandomSource;
}

/** A sidecar with no annotations yet, for an article that reads `text`. */
export function emptySidecar(article: string, text: string): AnnotationsFile {
  return { version: SIDECAR_VERSION, article, textHash: contentHash(text), annotations: [] };
}

/**
 * A new annotation on `span`, without the white space a selection often takes along.
 * Pass a `SearchText` to annotate a long article many times. A span with no text in it
 * is a caller's mistake and throws.
 */
export function createAnnotation(text: string | SearchText, span: Span, input: AnnotationInput, deps: AnnotationDeps, taken: ReadonlySet<string> = new Set()): Annotation {
  const stamp = deps.now().toISOString();
  return {
    id: newAnnotationId(deps.random, taken),
    kind: input.kind,
    type: input.type,
    ...targetAt(text, span),
    body: { ...input.body, status: input.body?.status ?? 'unverified' },
    ...(input.links && input.links.length > 0 ? { links: input.links } : {}),
    ...(input.author ? { author: input.author } : {}),
    created: stamp,
    modified: stamp,
  };
}

/**
 * Puts an annotation on `span` as the text reads now: re-attaching an orphan at the
 * selection, or accepting a fuzzy match. The quote is taken afresh, so it is a change the
 * person made and `modified` moves.
 */
export function retarget(annotation: Annotation, text: string | SearchText, span: Span, now: () => Date): Annotation {
  return { ...annotation, ...targetAt(text, span), modified: now().toISOString() };
}

function targetAt(text: string | SearchText, span: Span): Pick<Annotation, 'target' | 'anchor'> {
  const original = typeof text === 'string' ? text : text.original;
  let { start, end } = span;
  if (!(start >= 0 && end <= original.length && start < end)) throw new RangeError(`no text to annotate at ${start}..${end}`);
  while (start < end && /\s/.test(original[start])) start++;
  while (end > start && /\s/.test(original[end - 1])) end--;
  if (start === end) throw new RangeError(`only white space to annotate at ${span.start}..${span.end}`);
  const quote = selectorAt(text, { start, end });
  return {
    target: { selector: { quote, position: { start, end } }, textHash: contentHash(quote.exact) },
    anchor: { state: 'exact' },
  };
}

/**
 * Records where an annotation was found. The quote the person annotated is kept as it
 * was, so a fuzzy match keeps showing what changed; exact and shifted matches take the
 * current context, so slow drift around them never adds up to a lost anchor.
 */
export function applyOutcome(annotation: Annotation, outcome: AnchorOutcome, text: string | SearchText): Annotation {
  const quote = annotation.target.selector.quote;
  if (outcome.state === 'orphaned') {
    return { ...annotation, target: { ...annotation.target, selector: { quote } }, anchor: { state: 'orphaned' } };
  }
  const position = { start: outcome.start, end: outcome.end };
  // A fuzzy match keeps the quote and its context as annotated, to show what changed, but
  // takes the neighbouring sentences of the place it now holds, as exact and shifted do.
  const fresh = outcome.state === 'fuzzy' ? withNeighbours(quote, text, position) : { ...selectorAt(text, position), exact: quote.exact };
  const refreshed = fresh.prefix === quote.prefix && fresh.suffix === quote.suffix && neighboursHold(quote, fresh) ? quote : fresh;
  const anchor = outcome.state === 'fuzzy' ? { state: outcome.state, score: Math.round(outcome.score * 100) / 100 } : { state: outcome.state };
  return { ...annotation, target: { ...annotation.target, selector: { quote: refreshed, position } }, anchor };
}

function withNeighbours(quote: TextQuoteSelector, text: string | SearchText, span: Span): TextQuoteSelector {
  const { before: _before, after: _after, ...inSentence } = quote;
  return { ...inSentence, ...outerContext(typeof text === 'string' ? text : text.original, span) };
}

/**
 * The stored neighbouring sentences still fit, so rewriting them would only churn the
 * sidecar. A quote stored before neighbours were recorded has neither, and keeps it so
 * until its own context changes.
 */
function neighboursHold(stored: TextQuoteSelector, fresh: TextQuoteSelector): boolean {
  if (stored.before === undefined && stored.after === undefined) return true;
  return sameNeighbours(stored.before, fresh.before) && sameNeighbours(stored.after, fresh.after);
}

export interface Reanchored {
  readonly annotation: Annotation;
  readonly outcome: AnchorOutcome;
}

/** One annotation against the current text; pass a `SearchText` when anchoring many. */
export function reanchor(annotation: Annotation, text: string | SearchText): Reanchored {
  const search = typeof text === 'string' ? prepareSearchText(text) : text;
  const outcome = locate(annotation.target.selector.quote, annotation.target.selector.position, search);
  return { annotation: applyOutcome(annotation, outcome, search), outcome };
}

/**
 * Re-anchors a whole sidecar against the article as it reads now, preparing the text
 * once. When the article is the one the sidecar was anchored against, nothing moves.
 */
export function reanchorFile(file: AnnotationsFile, text: string): { file: AnnotationsFile; outcomes: readonly AnchorOutcome[] } {
  const textHash = contentHash(text);
  if (textHash === file.textHash) return { file, outcomes: file.annotations.map(currentOutcome) };
  const search = prepareSearchText(text);
  const results = file.annotations.map((a) => reanchor(a, search));
  return { file: { ...file, textHash, annotations: results.map((r) => r.annotation) }, outcomes: results.map((r) => r.outcome) };
}

function currentOutcome(annotation: Annotation): AnchorOutcome {
  const position = annotation.target.selector.position;
  const { state, score } = annotation.anchor;
  if (state === 'orphaned' || !position) return { state: 'orphaned', reason: 'not-found' };
  if (state === 'fuzzy') return { state, start: position.start, end: position.end, score: score ?? 0 };
  return { state, start: position.start, end: position.end };
}
