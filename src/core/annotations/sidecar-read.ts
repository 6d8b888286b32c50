import type { YAMLMap } from 'yaml';
import { ANNOTATION_ID } from './ids';
import { ANCHOR_STATES, TYPES_OF_KIND, isTypeOfKind, type Annotation, type AnnotationKind, type AnchorHealth, type AnnotationTarget } from './model';
import { LIMITS, TEXT_HASH, TIMESTAMP, type NodeReader } from './node-reader';
import { readBody, readLinks } from './sidecar-read-body';

const KINDS = Object.keys(TYPES_OF_KIND) as AnnotationKind[];
const ANNOTATION_KEYS = ['id', 'kind', 'type', 'target', 'anchor', 'body', 'links', 'author', 'created', 'modified'];

/** One annotation, or undefined when anything in it is wrong (each problem is reported). */
export function readAnnotation(reader: NodeReader, node: unknown, path: string): Annotation | undefined {
  const before = reader.problems.length;
  const map = reader.map(node, path, ANNOTATION_KEYS);
  if (!map) return undefined;
  const id = reader.string(map, 'id', path, { required: true, pattern: ANNOTATION_ID, max: 64 });
  const kind = reader.oneOf(map, 'kind', path, KINDS);
  const type = reader.string(map, 'type', path, { required: true });
  if (kind && type !== undefined && !isTypeOfKind(kind, type)) {
    reader.report(map.get('type', true), `\`${path}.type\` should be one of ${TYPES_OF_KIND[kind].join(', ')} for kind ${kind}`);
  }
  const anchor = readAnchor(reader, reader.field(map, 'anchor'), `${path}.anchor`, map);
  const target = readTarget(reader, reader.field(map, 'target'), `${path}.target`, map, anchor);
  const body = readBody(reader, reader.field(map, 'body'), `${path}.body`, map);
  const links = readLinks(reader, reader.field(map, 'links'), `${path}.links`);
  const author = reader.string(map, 'author', path, { max: 200 });
  const created = reader.string(map, 'created', path, { required: true, pattern: TIMESTAMP, max: 40 });
  const modified = reader.string(map, 'modified', path, { required: true, pattern: TIMESTAMP, max: 40 });
  if (reader.problems.length > before || !id || !kind || !target || !anchor || !body || !created || !modified) return undefined;
  return {
    id, kind, type: type as Annotation['type'], target, anchor, body,
    ...(links && links.length > 0 ? { links } : {}),
    ...(author !== undefined ? { author } : {}),
    created, modified,
  };
}

function readTarget(reader: NodeReader, node: unknown, path: string, parent: YAMLMap, anchor: AnchorHealth | undefined): AnnotationTarget | undefined {
  if (node === undefined) return reader.missing(parent, path);
  const map = reader.map(node, path, ['selector', 'textHash']);
  if (!map) return undefined;
  const textHash = reader.string(map, 'textHash', path, { required: true, pattern: TEXT_HASH });
  const selectorNode = reader.field(map, 'selector');
  if (selectorNode === undefined) return reader.missing(map, `${path}.selector`);
  const selector = reader.map(selectorNode, `${path}.selector`, ['quote', 'position']);
  if (!selector) return undefined;
  const quotePath = `${path}.selector.quote`;
  const quoteNode = reader.field(selector, 'quote');
  if (quoteNode === undefined) return reader.missing(selector, quotePath);
  const quote = reader.map(quoteNode, quotePath, ['exact', 'prefix', 'suffix', 'before', 'after']);
  if (!quote) return undefined;
  const exact = reader.string(quote, 'exact', quotePath, { required: true, max: LIMITS.longText, nonEmpty: true });
  const prefix = reader.string(quote, 'prefix', quotePath, { max: LIMITS.context }) ?? '';
  const suffix = reader.string(quote, 'suffix', quotePath, { max: LIMITS.context }) ?? '';
  const before = reader.string(quote, 'before', quotePath, { max: LIMITS.context });
  const after = reader.string(quote, 'after', quotePath, { max: LIMITS.context });
  const positionNode = reader.field(selector, 'position');
  const position = positionNode === undefined ? undefined : readPosition(reader, positionNode, `${path}.selector.position`);
  if (anchor && (anchor.state === 'orphaned') !== (positionNode === undefined)) {
    reader.report(positionNode ? reader.keyNode(selector, 'position') : selector, anchor.state === 'orphaned'
      ? `\`${path}.selector.position\` should be absent: the annotation is orphaned`
      : `\`${path}.selector.position\` is missing; only an orphaned annotation has none`);
  }
  if (exact === undefined || textHash === undefined) return undefined;
  const outer = { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  return { selector: { quote: { exact, prefix, suffix, ...outer }, ...(position ? { position } : {}) }, textHash };
}

function readPosition(reader: NodeReader, node: unknown, path: string): { start: number; end: number } | undefined {
  const map = reader.map(node, path, ['start', 'end']);
  if (!map) return undefined;
  const start = reader.number(map, 'start', path, { integer: true, min: 0, required: true });
  const end = reader.number(map, 'end', path, { integer: true, min: 0, required: true });
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    reader.report(map, `\`${path}.end\` is before its start`);
    return undefined;
  }
  return { start, end };
}

function readAnchor(reader: NodeReader, node: unknown, path: string, parent: YAMLMap): AnchorHealth | undefined {
  if (node === undefined) return reader.missing(parent, path);
  const map = reader.map(node, path, ['state', 'score']);
  if (!map) return undefined;
  const state = reader.oneOf(map, 'state', path, ANCHOR_STATES);
  const score = reader.number(map, 'score', path, { min: 0, max: 1 });
  if (state === 'fuzzy' && score === undefined && reader.field(map, 'score') === undefined) reader.report(map, `\`${path}.score\` is missing for a fuzzy anchor`);
  if (state && state !== 'fuzzy' && reader.field(map, 'score') !== undefined) reader.report(reader.keyNode(map, 'score'), `\`${path}.score\` belongs only to a fuzzy anchor`);
  if (!state) return undefined;
  return state === 'fuzzy' && score !== undefined ? { state, score } : { state };
}
