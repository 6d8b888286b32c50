import { Pair, Scalar, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { KEY_ORDER, type Plain } from './canonical';

/**
 * Makes a YAML document say `desired` while touching as little of it as possible: a
 * scalar whose value is unchanged keeps its node (and its comment and quoting style), a
 * mapping keeps its pairs and their order, new keys go where the fixed order puts them,
 * and annotations are matched by id, so a comment stays with the annotation it is about.
 */
/** The comment a new sidecar starts with, so a person opening it knows what it is. */
export const SIDECAR_HEADER = ' Corroborate annotations: what people decided about the article named below.\n Comments and blank lines you add are kept.';

export function syncDocument(doc: Document, desired: { [key: string]: Plain }): void {
  if (isMap(doc.contents)) {
    syncMap(doc, doc.contents, desired);
    return;
  }
  const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
  doc.contents = create(doc, desired, '');
  if (empty && !doc.commentBefore) {
    doc.commentBefore = SIDECAR_HEADER;
  }
}

function sync(doc: Document, node: unknown, desired: Plain, key: string): Node {
  if (Array.isArray(desired)) {
    if (!isSeq(node)) return create(doc, desired, key);
    if (key === 'annotations') syncById(doc, node, desired);
    else syncSeq(doc, node, desired, key);
    return node;
  }
  if (typeof desired === 'object') {
    if (!isMap(node)) return create(doc, desired, key);
    syncMap(doc, node, desired);
    return node;
  }
  if (!isScalar(node)) return create(doc, desired, key);
  if (node.value !== desired) {
    node.value = desired;
    if (typeof desired === 'string' && desired.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    else if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) node.type = undefined;
  }
  return node;
}

function syncMap(doc: Document, map: YAMLMap, desired: { [key: string]: Plain }): void {
  map.items = map.items.filter((pair) => { const k = keyOf(pair); return k !== undefined && Object.prototype.hasOwnProperty.call(desired, k); });
  for (const [key, value] of Object.entries(desired)) {
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      pair.value = sync(doc, pair.value, value, key);
      continue;
    }
    const rank = KEY_ORDER.indexOf(key);
    let at = map.items.length;
    if (rank >= 0) {
      at = 0;
      map.items.forEach((p, index) => { const r = KEY_ORDER.indexOf(keyOf(p) ?? ''); if (r >= 0 && r < rank) at = index + 1; });
    }
    map.items.splice(at, 0, new Pair(doc.createNode(key), create(doc, value, key)));
  }
}

function syncSeq(doc: Document, seq: YAMLSeq, desired: Plain[], key: string): void {
  seq.items = seq.items.slice(0, desired.length);
  desired.forEach((value, index) => {
    seq.items[index] = index < seq.items.length ? sync(doc, seq.items[index], value, key) : create(doc, value, key);
  });
}

function syncById(doc: Document, seq: YAMLSeq, desired: Plain[]): void {
  // YAML files a comment above the first item under the list; it is about that item.
  const first = seq.items[0];
  if (seq.commentBefore && isMap(first)) {
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = undefined;
  }
  const byId = new Map<string, unknown>();
  for (const item of seq.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, item);
  }
  seq.items = desired.map((value) => {
    const id = typeof value === 'object' && !Array.isArray(value) ? value.id : undefined;
    const existing = typeof id === 'string' ? byId.get(id) : undefined;
    return existing === undefined ? create(doc, value, 'annotation') : sync(doc, existing, value, 'annotation');
  });
}

/** A new node in the house style: labels on one line, notes with line breaks as literal blocks. */
function create(doc: Document, value: Plain, key: string): Node {
  const node = doc.createNode(value) as Node;
  style(node, key);
  return node;
}

function style(node: unknown, key: string): void {
  if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
  else if (isSeq(node)) {
    if (key === 'labels') node.flow = true;
    for (const item of node.items) style(item, key);
  } else if (isMap(node)) for (const pair of node.items) style(pair.value, keyOf(pair) ?? '');
}

function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
