import type { Mention, MentionKind, NumberValue } from '../model';
import type { LinkDocument, MentionRef } from '../link/clusters';
import type { WorkspaceLinking } from '../link/workspace-linking';
import type { ClaimLink } from '../link/claim-relations';

/** The `corroborate scan --format json` document, as PRODUCT.md specifies it. */
export interface ScanJson {
  readonly version: 1;
  readonly stories: { id: string; label: string; documents: readonly string[] }[];
  readonly documents: { path: string; story?: string; documentDate?: string; mentions: ScanMention[] }[];
  readonly clusters: {
    id: string; kind: MentionKind; label: string; about?: string; type?: string; documents: number; mentions: number; relations?: ScanClaimRelation[];
  }[];
  readonly discrepancies: { cluster: string; about: string; relation: string; mentions: { path: string; id: string }[] }[];
}

/**
 * Two claims of a cluster, in two documents, that do not simply agree: `differ-in-detail`
 * (another figure, date, place or actor) or `contradict` (one denies what the other says),
 * with what shows it ("314 prisoners vs 300 prisoners", "denied"). Pairs not listed agree.
 */
export interface ScanClaimRelation {
  mentions: [{ path: string; id: string }, { path: string; id: string }];
  relation: string;
  detail?: string;
}

export interface ScanMention {
  id: string;
  kind: MentionKind;
  type: string;
  start: number;
  end: number;
  text: string;
  cluster?: string;
  value?: NumberValue;
  name?: string;
  role?: string;
  speaker?: string;
  via?: string;
  cue?: string;
  score?: number;
}

export interface ScanDocument extends LinkDocument {
  readonly documentDate?: string;
}

/** Mention ids are `m1`, `m2`… in text order, so they are stable for unchanged text. */
export function mentionId(index: number): string {
  // Made once per position and shared: every document has an m1 (FNC-1: 125,000 mentions, 2,600
  // positions). Filled in order, so the array never has holes.
  while (MENTION_IDS.length <= index) MENTION_IDS.push(`m${MENTION_IDS.length + 1}`);
  return MENTION_IDS[index];
}

const MENTION_IDS: string[] = [];

export type ScanJsonDocument = ScanJson['documents'][number];

/**
 * A list whose entries are built only while it is iterated, so a writer can stringify a
 * large scan one document at a time instead of holding every mention object at once.
 */
export interface LazyList<T> extends Iterable<T> {
  readonly length: number;
}

/** `ScanJson` with its documents built on demand; written out it is the same JSON text. */
export interface LazyScanJson extends Omit<ScanJson, 'documents'> {
  readonly documents: LazyList<ScanJsonDocument>;
}

/** Whether a mention stands; `scan` leaves out what a person rejected (see `shownByDecisions`). */
export type StandsFilter = (path: string, mention: Mention) => boolean;

export function toScanJson(documents: readonly ScanDocument[], linking: WorkspaceLinking, stands?: StandsFilter): ScanJson {
  const lazy = toLazyScanJson(documents, linking, stands);
  return { ...lazy, documents: [...lazy.documents] };
}

/**
 * With `stands`, a rejected mention is left out of its document, its cluster's counts (a
 * cluster left with none is left out) and the discrepancies (one left with a single source
 * is left out, as the editor and `report` do). Mention ids stay those of the full list.
 */
export function toLazyScanJson(documents: readonly ScanDocument[], linking: WorkspaceLinking, stands?: StandsFilter): LazyScanJson {
  const idOf = (ref: MentionRef): string => mentionId(ref.index);
  const byPath = stands ? new Map(documents.map((d) => [d.path, d])) : undefined;
  const refStands = (ref: MentionRef): boolean => {
    const mention = byPath?.get(ref.path)?.mentions[ref.index];
    return !stands || mention === undefined || stands(ref.path, mention);
  };
  // Documents come one after another, so a cluster meets a new document when its last one differs: no set of paths needed.
  const clusterStats = new Map<string, { lastPath: string; docs: number; mentions: number }>();
  for (const doc of documents) {
    const clusterOf = linking.clustersIn(doc.path);
    for (let index = 0; index < doc.mentions.length; index++) {
      const cluster = clusterOf[index];
      if (!cluster || (stands && !stands(doc.path, doc.mentions[index]))) continue;
      const stats = clusterStats.get(cluster);
      if (!stats) clusterStats.set(cluster, { lastPath: doc.path, docs: 1, mentions: 1 });
      else {
        if (stats.lastPath !== doc.path) {
          stats.lastPath = doc.path;
          stats.docs++;
        }
        stats.mentions++;
      }
    }
  }
  const clusters: ScanJson['clusters'] = [];
  for (const cluster of linking.clusters.values()) {
    const stats = clusterStats.get(cluster.id);
    if (!stats) continue;
    // By case rather than with spreads (an object per spread, for FNC-1's 33,000 clusters); the fields keep the schema's order.
    const { id, kind, label, about, actorType: type } = cluster;
    const documents = stats.docs;
    const mentions = stats.mentions;
    if (about) clusters.push(type ? { id, kind, label, about, type, documents, mentions } : { id, kind, label, about, documents, mentions });
    else if (kind === 'claim' && documents > 1) clusters.push({ id, kind, label, documents, mentions, relations: relationsOf(linking.claimLinks.get(id), idOf, refStands) });
    else clusters.push(type ? { id, kind, label, type, documents, mentions } : { id, kind, label, documents, mentions });
  }
  clusters.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const standing = stands
    ? linking.discrepancies.map((d) => ({ ...d, mentions: d.mentions.filter(refStands) })).filter((d) => new Set(d.mentions.map((m) => m.path)).size > 1)
    : linking.discrepancies;
  const discrepancies = standing.map((d) => (
    { cluster: d.cluster, about: d.about, relation: d.relation, mentions: d.mentions.map((m) => ({ path: m.path, id: idOf(m) })) }
  ));
  const entries: LazyList<ScanJsonDocument> = {
    length: documents.length,
    *[Symbol.iterator]() {
      for (const doc of documents) yield scanDocument(doc, linking, stands);
    },
  };
  const stories = linking.stories.list.map(({ id, label, documents }) => ({ id, label, documents }));
  return { version: 1, stories, documents: entries, clusters, discrepancies };
}

function relationsOf(links: readonly ClaimLink[] | undefined, idOf: (ref: MentionRef) => string, stands: (ref: MentionRef) => boolean): ScanClaimRelation[] {
  const out: ScanClaimRelation[] = [];
  for (const { a, b, relation, detail } of links ?? []) {
    // Only pairs that do not agree are kept (see `relateClaimClusters`): tens of thousands
    // of agreeing pairs made FNC-1's JSON a third larger.
    if (!stands(a) || !stands(b)) continue;
    const mentions: ScanClaimRelation['mentions'] = [{ path: a.path, id: idOf(a) }, { path: b.path, id: idOf(b) }];
    out.push(detail ? { mentions, relation, detail } : { mentions, relation });
  }
  return out;
}

function scanDocument(doc: ScanDocument, linking: WorkspaceLinking, stands: StandsFilter | undefined): ScanJsonDocument {
  const clusterOf = linking.clustersIn(doc.path);
  const mentions: ScanMention[] = [];
  doc.mentions.forEach((mention, index) => {
    if (!stands || stands(doc.path, mention)) mentions.push(toScanMention(mention, mentionId(index), clusterOf[index]));
  });
  const story = linking.stories.storyOf(doc.path)?.id;
  return { path: doc.path, ...(story ? { story } : {}), ...(doc.documentDate ? { documentDate: doc.documentDate } : {}), mentions };
}

function toScanMention(mention: Mention, id: string, cluster: string | undefined): ScanMention {
  const base: ScanMention = { id, kind: mention.kind, type: mention.type, start: mention.start, end: mention.end, text: mention.text };
  if (cluster) base.cluster = cluster;
  switch (mention.kind) {
    case 'actor':
      if (mention.name !== mention.text) base.name = mention.name;
      if (mention.role) base.role = mention.role;
      break;
    case 'number':
      base.value = mention.value;
      break;
    case 'claim':
      if (mention.speaker) base.speaker = mention.speaker;
      if (mention.via) base.via = mention.via;
      if (mention.cue) base.cue = mention.cue;
      base.score = mention.score;
      break;
  }
  return base;
}
