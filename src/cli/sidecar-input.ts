import { parse } from 'yaml';
import { DETECTION_VERDICTS, isTypeOfKind, STATUSES, TYPES_OF_KIND, type AnnotationInput, type AnnotationKind, type AnnotationStatus, type AnnotationType, type DetectionVerdict, type AnnotationValue } from '../core/annotations/index';
import { analyzeText } from '../core/analysis';
import type { Span } from '../core/text/span';
import { single, UsageError, type ParsedArgs } from './args';

const KINDS = Object.keys(TYPES_OF_KIND) as AnnotationKind[];

/**
 * What `annotate`'s options ask for, checked before anything is read or written. The type
 * is left out when not given: choosing it needs the text (`defaultType`).
 */
export function annotationOptions(flags: ParsedArgs, author: string | undefined): Omit<AnnotationInput, 'type'> & { type?: AnnotationType } {
  const kind = single(flags, '--kind');
  if (kind === undefined) throw new UsageError(`--kind is required (${KINDS.join(', ')})`);
  if (!(KINDS as string[]).includes(kind)) throw new UsageError(`--kind is ${KINDS.join(', ')}, not '${kind}'`);
  const known = kind as AnnotationKind;
  const type = single(flags, '--type');
  if (type !== undefined && !isTypeOfKind(known, type)) throw new UsageError(`--type for ${kind} is ${TYPES_OF_KIND[known].join(', ')}, not '${type}'`);
  const status = single(flags, '--status') ?? 'unverified';
  if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status is ${STATUSES.join(', ')}, not '${status}'`);
  const note = single(flags, '--note');
  const value = single(flags, '--value');
  const labels = (flags.flags.get('--label') ?? []).map((l) => l.trim()).filter((l) => l !== '');
  const detection = single(flags, '--detection');
  if (detection !== undefined && !(DETECTION_VERDICTS as readonly string[]).includes(detection)) throw new UsageError(`--detection is ${DETECTION_VERDICTS.join(' or ')}, not '${detection}'`);
  return {
    kind: known,
    ...(type === undefined ? {} : { type }),
    body: {
      status: status as AnnotationStatus,
      ...(value === undefined || value.trim() === '' ? {} : { value: parseValue(value) }),
      ...(note === undefined || note === '' ? {} : { note }),
      ...(labels.length > 0 ? { labels } : {}),
      ...(detection === undefined ? {} : { detection: detection as DetectionVerdict }),
    },
    ...(author ? { author } : {}),
  };
}

/** A name stays a string; `{amount: 40, unit: percent}` (YAML or JSON) becomes a flat value. */
function parseValue(text: string): AnnotationValue {
  if (!text.trimStart().startsWith('{')) return text;
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new UsageError(`--value could not be read as a mapping: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const scalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every(scalar)) {
    throw new UsageError('--value is a name, or a flat mapping such as {amount: 40, unit: percent}');
  }
  return value as AnnotationValue;
}

/**
 * The type a person would most likely pick: for actors and figures, what detection found
 * on the span (the mention overlapping it most); for claims, a quote when the words are
 * in quotation marks. Otherwise the commonest type of the kind.
 */
export function defaultType(kind: AnnotationKind, text: string, span: Span): AnnotationType {
  if (kind === 'claim') return quoted(text, span) ? 'quote' : 'claim';
  let best: AnnotationType | undefined;
  let bestOverlap = 0;
  for (const mention of analyzeText(text).mentions) {
    if (mention.kind !== kind) continue;
    const overlap = Math.min(mention.end, span.end) - Math.max(mention.start, span.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [mention.type, overlap];
  }
  return best ?? (kind === 'actor' ? 'person' : 'count');
}

const OPENING = '"\u201C\u201E\u00AB\u00BB\u2018\u201A\u2039\'';
const CLOSING = '"\u201D\u201C\u00BB\u00AB\u2019\u2018\u203A\'';

/** Quotation marks at both ends of the span, or just outside it (a selection of the words only). */
function quoted(text: string, span: Span): boolean {
  const inner = text.slice(span.start, span.end).trim();
  if (inner.length >= 2 && OPENING.includes(inner[0]) && CLOSING.includes(inner[inner.length - 1])) return true;
  const before = text.slice(Math.max(0, span.start - 3), span.start).trimEnd();
  const after = text.slice(span.end, span.end + 3).trimStart();
  return before.length > 0 && after.length > 0 && OPENING.includes(before[before.length - 1]) && CLOSING.includes(after[0]);
}
