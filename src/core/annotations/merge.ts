import { canonicalOrder } from './canonical';
import type { Annotation, AnnotationBody, AnnotationsFile } from './model';

/** One field both sides changed differently: the later `modified` won, this is what lost. */
export interface MergeConflict {
  readonly id: string;
  /** `body.status`, `body.note`, …, `place` (target and anchor), or `annotation` when one side deleted it. */
  readonly field: string;
  readonly kept: 'ours' | 'theirs';
  readonly lost: unknown;
}

export interface MergeResult {
  readonly file: AnnotationsFile;
  readonly conflicts: readonly MergeConflict[];
}

interface Unit {
  readonly name: string;
  readonly get: (a: Annotation) => unknown;
  readonly set: (a: Annotation, value: unknown) => Annotation;
}

const bodyUnit = (key: keyof AnnotationBody): Unit => ({
  name: `body.${key}`,
  get: (a) => a.body[key],
  set: (a, value) => {
    const body: Record<string, unknown> = { ...a.body, [key]: value };
    if (value === undefined) delete body[key];
    return { ...a, body: body as unknown as AnnotationBody };
  },
});

/** Target and anchor move together: a position without its state (or the reverse) means nothing. */
const UNITS: readonly Unit[] = [
  { name: 'kind', get: (a) => a.kind, set: (a, v) => ({ ...a, kind: v as Annotation['kind'] }) },
  { name: 'type', get: (a) => a.type, set: (a, v) => ({ ...a, type: v as Annotation['type'] }) },
  { name: 'place', get: (a) => ({ target: a.target, anchor: a.anchor }), set: (a, v) => ({ ...a, ...(v as Pick<Annotation, 'target' | 'anchor'>) }) },
  bodyUnit('value'), bodyUnit('status'), bodyUnit('note'), bodyUnit('labels'), bodyUnit('detection'),
  { name: 'links', get: (a) => a.links, set: (a, v) => withOptional(a, 'links', v) },
  { name: 'author', get: (a) => a.author, set: (a, v) => withOptional(a, 'author', v) },
  { name: 'created', get: (a) => a.created, set: (a, v) => ({ ...a, created: v as string }) },
];

/**
 * Three-way merge of two versions of a sidecar that share `base` (undefined when they
 * share nothing), annotation by annotation and field by field. A change on one side wins
 * over no change; when both changed a field, the later `modified` wins (ours on a tie) and
 * the other value is reported. A deletion loses to a change the person made on the other
 * side, so nothing anyone decided disappears without a report. Callers re-anchor afterwards.
 */
export function mergeById(base: AnnotationsFile | undefined, ours: AnnotationsFile, theirs: AnnotationsFile): MergeResult {
  const baseById = byId(base?.annotations ?? []);
  const oursById = byId(ours.annotations);
  const theirsById = byId(theirs.annotations);
  const ids = [...new Set([...oursById.keys(), ...theirsById.keys()])];
  const conflicts: MergeConflict[] = [];
  const merged: Annotation[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) merged.push(mergeAnnotation(b, o, t, conflicts));
    else {
      const present = (o ?? t) as Annotation;
      const side = o ? 'ours' : 'theirs';
      if (!b) merged.push(present);
      else if (present.modified !== b.modified) {
        merged.push(present);
        conflicts.push({ id, field: 'annotation', kept: side, lost: 'deleted' });
      }
    }
  }
  return {
    file: {
      version: ours.version,
      article: pick(base?.article, ours.article, theirs.article),
      textHash: pick(base?.textHash, ours.textHash, theirs.textHash),
      annotations: canonicalOrder(merged),
    },
    conflicts,
  };
}

function mergeAnnotation(base: Annotation | undefined, ours: Annotation, theirs: Annotation, conflicts: MergeConflict[]): Annotation {
  const theirsLater = Date.parse(theirs.modified) > Date.parse(ours.modified);
  let result: Annotation = { ...ours, modified: theirsLater ? theirs.modified : ours.modified };
  for (const unit of UNITS) {
    const o = unit.get(ours);
    const t = unit.get(theirs);
    if (same(o, t)) continue;
    const b = base ? unit.get(base) : undefined;
    if (base && same(o, b)) result = unit.set(result, t);
    else if (base && same(t, b)) continue;
    else {
      if (theirsLater) result = unit.set(result, t);
      conflicts.push({ id: ours.id, field: unit.name, kept: theirsLater ? 'theirs' : 'ours', lost: theirsLater ? o : t });
    }
  }
  return result;
}

function pick<T>(base: T | undefined, ours: T, theirs: T): T {
  return base !== undefined && ours === base ? theirs : ours;
}

function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with keys sorted, so a value read from YAML equals the same value built in code. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function byId(annotations: readonly Annotation[]): Map<string, Annotation> {
  return new Map(annotations.map((a) => [a.id, a]));
}

function withOptional<K extends 'links' | 'author'>(a: Annotation, key: K, value: unknown): Annotation {
  const copy: Record<string, unknown> = { ...a, [key]: value };
  if (value === undefined) delete copy[key];
  return copy as unknown as Annotation;
}
