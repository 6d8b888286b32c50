import type { Annotation, AnnotationsFile } from './model';

/** A plain value in the sidecar's fixed key order, with empty and absent fields left out. */
export type Plain = string | number | boolean | Plain[] | { [key: string]: Plain };

/**
 * Annotations by position, then id; orphans, which have no position, after the rest by id.
 * Sorting by position keeps the sidecar in reading order, so a diff reads like the article.
 */
export function canonicalOrder(annotations: readonly Annotation[]): Annotation[] {
  const key = (a: Annotation): [number, number] => {
    const position = a.target.selector.position;
    return position ? [position.start, position.end] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  };
  return [...annotations].sort((a, b) => {
    const [as, ae] = key(a);
    const [bs, be] = key(b);
    return as - bs || ae - be || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function plainFile(file: AnnotationsFile): { [key: string]: Plain } {
  return {
    version: file.version,
    article: file.article,
    textHash: file.textHash,
    annotations: canonicalOrder(file.annotations).map(plainAnnotation),
  };
}

export function plainAnnotation(a: Annotation): { [key: string]: Plain } {
  const { quote, position } = a.target.selector;
  const out: { [key: string]: Plain } = {
    id: a.id,
    kind: a.kind,
    type: a.type,
    target: {
      selector: {
        quote: compact({ exact: quote.exact, prefix: quote.prefix || undefined, suffix: quote.suffix || undefined, before: quote.before || undefined, after: quote.after || undefined }),
        ...(position ? { position: { start: position.start, end: position.end } } : {}),
      },
      textHash: a.target.textHash,
    },
    anchor: compact({ state: a.anchor.state, score: a.anchor.state === 'fuzzy' ? a.anchor.score ?? 0 : undefined }),
    body: compact({
      value: a.body.value === undefined ? undefined : typeof a.body.value === 'string' ? a.body.value : { ...a.body.value },
      status: a.body.status,
      note: a.body.note === '' ? undefined : a.body.note,
      labels: a.body.labels && a.body.labels.length > 0 ? [...a.body.labels] : undefined,
      detection: a.body.detection,
    }),
  };
  if (a.links && a.links.length > 0) out.links = a.links.map((l) => ({ path: l.path, exact: l.exact, relation: l.relation }));
  if (a.author) out.author = a.author;
  out.created = a.created;
  out.modified = a.modified;
  return out;
}

function compact(entries: { [key: string]: Plain | undefined }): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

/** Where a key goes in a mapping the writer creates or extends. */
export const KEY_ORDER = [
  'version', 'article', 'textHash', 'annotations',
  'id', 'kind', 'type', 'target', 'selector', 'quote', 'exact', 'prefix', 'suffix', 'before', 'after', 'position', 'start', 'end',
  'anchor', 'state', 'score', 'body', 'value', 'status', 'note', 'labels', 'detection', 'links', 'path', 'relation',
  'author', 'created', 'modified',
];
