import type { Mention, MentionKind, NumberValue } from '../model';
import type { LinkDocument, MentionRef } from '../link/clusters';
import type { WorkspaceLinking } from '../link/workspace-linking';

/** The `corroborate scan --format json` document, as PRODUCT.md specifies it. */
export interface ScanJson {
  readonly version: 1;
  readonly documents: { path: string; documentDate?: string; mentions: ScanMention[] }[];
  readonly clusters: { id: string; kind: MentionKind; label: string; about?: string; type?: string; documents: number; mentions: number }[];
  readonly discrepancies: { cluster: string; about: string; relation: string; mentions: { path: string; id: string }[] }[];
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
  cue?: string;
  score?: number;
}

export interface ScanDocument extends LinkDocument {
  readonly documentDate?: string;
}

/** Mention ids are `m1`, `m2`… in text order, so they are stable for unchanged text. */
export function mentionId(index: number): string {
  return `m${index + 1}`;
}

export function toScanJson(documents: readonly ScanDocument[], linking: WorkspaceLinking): ScanJson {
  const idOf = (ref: MentionRef): string => mentionId(ref.index);
  const clusterStats = new Map<string, { docs: Set<string>; mentions: number }>();
  const out: ScanJson = { version: 1, documents: [], clusters: [], discrepancies: [] };
  for (const doc of documents) {
    const mentions = doc.mentions.map((mention, index) => {
      const cluster = linking.clusterOf({ path: doc.path, index });
      if (cluster) {
        const stats = clusterStats.get(cluster) ?? clusterStats.set(cluster, { docs: new Set(), mentions: 0 }).get(cluster)!;
        stats.docs.add(doc.path);
        stats.mentions++;
      }
      return toScanMention(mention, mentionId(index), cluster);
    });
    out.documents.push({ path: doc.path, ...(doc.documentDate ? { documentDate: doc.documentDate } : {}), mentions });
  }
  for (const cluster of linking.clusters.values()) {
    const stats = clusterStats.get(cluster.id);
    if (!stats) continue;
    out.clusters.push({
      id: cluster.id, kind: cluster.kind, label: cluster.label,
      ...(cluster.about ? { about: cluster.about } : {}), ...(cluster.actorType ? { type: cluster.actorType } : {}),
      documents: stats.docs.size, mentions: stats.mentions,
    });
  }
  out.clusters.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  for (const d of linking.discrepancies) {
    out.discrepancies.push({ cluster: d.cluster, about: d.about, relation: d.relation, mentions: d.mentions.map((m) => ({ path: m.path, id: idOf(m) })) });
  }
  return out;
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
      if (mention.cue) base.cue = mention.cue;
      base.score = mention.score;
      break;
  }
  return base;
}
