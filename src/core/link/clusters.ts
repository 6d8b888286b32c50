import type { ActorType, Mention, MentionKind } from '../model';
import type { Span } from '../text/span';

/** A mention by document and position in that document's mention list. */
export interface MentionRef {
  readonly path: string;
  readonly index: number;
}

export interface Cluster {
  readonly id: string;
  readonly kind: MentionKind;
  readonly label: string;
  /** What the mentions are about, in words ("prisoners exchanged"). */
  readonly about?: string;
  /** For actor clusters: the type most of their mentions have. */
  readonly actorType?: ActorType;
  readonly members: MentionRef[];
}

export type DiscrepancyRelation = 'conflict' | 'consistent-after-arithmetic';

export interface Discrepancy {
  readonly cluster: string;
  readonly about: string;
  readonly relation: DiscrepancyRelation;
  /** The mentions on each side, from at least two documents. */
  readonly mentions: readonly MentionRef[];
}

/** What the linkers need of an analysed document. */
export interface LinkDocument {
  readonly path: string;
  readonly text: string;
  readonly folded: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
}

/** Collects clusters with unique ids and records each mention's cluster. */
export class ClusterRegistry {
  readonly clusters = new Map<string, Cluster>();
  readonly byMention = new Map<string, string[]>();

  add(kind: MentionKind, slug: string, label: string, members: MentionRef[], about?: string): Cluster {
    let id = `${kind}:${slug || 'unnamed'}`;
    for (let n = 2; this.clusters.has(id); n++) id = `${kind}:${slug}-${n}`;
    return this.addCluster({ id, kind, label, members, ...(about ? { about } : {}) });
  }

  addCluster(cluster: Cluster): Cluster {
    const { id, members } = cluster;
    this.clusters.set(id, cluster);
    for (const ref of members) this.assign(ref, id);
    return cluster;
  }

  private assign(ref: MentionRef, id: string): void {
    let ids = this.byMention.get(ref.path);
    if (!ids) {
      ids = [];
      this.byMention.set(ref.path, ids);
    }
    ids[ref.index] = id;
  }

  clusterOf(ref: MentionRef): string | undefined {
    return this.byMention.get(ref.path)?.[ref.index];
  }

  /** Each mention's cluster in one document, by mention index (holes for mentions in none). */
  clustersIn(path: string): readonly (string | undefined)[] {
    return this.byMention.get(path) ?? NO_CLUSTERS;
  }
}

const NO_CLUSTERS: readonly (string | undefined)[] = [];

