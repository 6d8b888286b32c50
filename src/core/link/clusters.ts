import type { ActorType, Mention, MentionKind } from '../model';
import type { Span } from '../text/span';
import { ShardedMap } from '../sharded-map';

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

/** Whether a discrepancy sets sources against each other (a conflict of figures or quotes), not reconciles them. */
export function isConflicting(relation: DiscrepancyRelation): boolean {
  return relation !== 'consistent-after-arithmetic';
}

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
  /** Sharded: a relink makes 60,000 clusters on FNC-1, and one Map of them rehashed in one step. */
  readonly clusters = new ShardedMap<Cluster>();
  readonly byMention = new Map<string, string[]>();

  /** For an id that was taken, the last number its later namesakes got: ids are never freed, so the search resumes there. */
  private readonly lastSuffix = new Map<string, number>();

  add(kind: MentionKind, slug: string, label: string, members: MentionRef[], about?: string): Cluster {
    const base = `${kind}:${slug || 'unnamed'}`;
    let id = base;
    if (this.clusters.has(id)) {
      // The smallest free `-n`, as counting from 2 each time finds it, without recounting
      // the hundreds of namesakes that boilerplate sentences repeated across a newsroom get.
      let n = (this.lastSuffix.get(base) ?? 1) + 1;
      for (id = `${kind}:${slug}-${n}`; this.clusters.has(id); n++) id = `${kind}:${slug}-${n + 1}`;
      this.lastSuffix.set(base, n);
    }
    // By case, not with a spread: an object per spread, for every cluster of a workspace.
    return this.addCluster(about ? { id, kind, label, members, about } : { id, kind, label, members });
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

