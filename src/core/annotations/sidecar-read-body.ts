import { isMap, isScalar, type YAMLMap } from 'yaml';
import { DETECTION_VERDICTS, LINK_RELATIONS, STATUSES, type AnnotationBody, type AnnotationLink, type AnnotationValue } from './model';
import { LIMITS, RELATIVE_PATH, type NodeReader } from './node-reader';

export function readBody(reader: NodeReader, node: unknown, path: string, parent: YAMLMap): AnnotationBody | undefined {
  if (node === undefined) return reader.missing(parent, path);
  const map = reader.map(node, path, ['value', 'status', 'note', 'labels', 'detection']);
  if (!map) return undefined;
  const status = reader.oneOf(map, 'status', path, STATUSES);
  const value = readValue(reader, reader.field(map, 'value'), `${path}.value`);
  const note = reader.string(map, 'note', path, { max: LIMITS.longText });
  const detection = reader.oneOf(map, 'detection', path, DETECTION_VERDICTS, false);
  const labelsNode = reader.field(map, 'labels');
  const labels: string[] = [];
  const seq = labelsNode === undefined ? undefined : reader.seq(labelsNode, `${path}.labels`);
  if (seq && seq.items.length > LIMITS.labels) reader.report(seq, `\`${path}.labels\` has more than ${LIMITS.labels} labels`);
  else for (const item of seq?.items ?? []) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '' && item.value.length <= LIMITS.label) labels.push(item.value);
    else reader.report(item, `each of \`${path}.labels\` should be a short piece of text`);
  }
  if (!status) return undefined;
  return {
    ...(value !== undefined ? { value } : {}),
    status,
    ...(note !== undefined ? { note } : {}),
    ...(labels.length > 0 ? { labels } : {}),
    ...(detection ? { detection } : {}),
  };
}

/** Text, or a flat mapping of text, numbers and booleans such as a normalised figure. */
function readValue(reader: NodeReader, node: unknown, path: string): AnnotationValue | undefined {
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'string') {
    if (node.value.length <= LIMITS.shortText) return node.value;
    reader.report(node, `\`${path}\` is longer than ${LIMITS.shortText} characters`);
    return undefined;
  }
  if (!isMap(node)) {
    reader.report(node, `\`${path}\` should be text or a mapping`);
    return undefined;
  }
  if (node.items.length > LIMITS.valueKeys) {
    reader.report(node, `\`${path}\` has more than ${LIMITS.valueKeys} keys`);
    return undefined;
  }
  // Collected in a Map and made an object by `fromEntries`: a key written "__proto__" is then data, not the prototype.
  const value = new Map<string, string | number | boolean>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const item = isScalar(pair.value) ? pair.value.value : undefined;
    const fits = typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item)) || (typeof item === 'string' && item.length <= LIMITS.shortText);
    if (typeof key !== 'string' || key.length > 100 || !fits) reader.report(pair.value ?? pair.key ?? node, `each entry of \`${path}\` should be a short key with text, a number or true/false`);
    else value.set(key, item as string | number | boolean);
  }
  return Object.fromEntries(value);
}

export function readLinks(reader: NodeReader, node: unknown, path: string): AnnotationLink[] | undefined {
  if (node === undefined) return undefined;
  const seq = reader.seq(node, path);
  if (!seq) return undefined;
  if (seq.items.length > LIMITS.links) {
    reader.report(seq, `\`${path}\` has more than ${LIMITS.links} links`);
    return undefined;
  }
  const links: AnnotationLink[] = [];
  seq.items.forEach((item, index) => {
    const where = `${path}[${index}]`;
    const map = reader.map(item, where, ['path', 'exact', 'relation']);
    if (!map) return;
    const linkPath = reader.string(map, 'path', where, { required: true, pattern: RELATIVE_PATH });
    const exact = reader.string(map, 'exact', where, { required: true, max: LIMITS.longText, nonEmpty: true });
    const relation = reader.oneOf(map, 'relation', where, LINK_RELATIONS);
    if (linkPath !== undefined && exact !== undefined && relation) links.push({ path: linkPath, exact, relation });
  });
  return links;
}
