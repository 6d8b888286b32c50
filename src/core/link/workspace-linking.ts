import type { ActorMention, ClaimMention } from '../model';
import { linkActors, type ActorLinking, type ActorOverrides } from './actor-linker';
import { NameNodes } from './actor-nodes';
import { linkClaims } from './claim-linker';
import { ClusterRegistry, type Cluster, type Discrepancy, type LinkDocument, type MentionRef } from './clusters';
import { linkNumbers } from './number-linker';
import { Relatedness } from './relatedness';
import { countryOfCapital } from './aliases';
import { slugify } from './slug';
import { addTo } from '../multimap';

export interface WorkspaceLinking {
  readonly clusters: ReadonlyMap<string, Cluster>;
  readonly discrepancies: readonly Discrepancy[];
  readonly actors: ActorLinking;
  clusterOf(ref: MentionRef): string | undefined;
}

/**
 * Links a whole workspace: actors first (everything else leans on them), then which
 * documents tell the same story, then figures and claims within those stories.
 * `names` carries the name-key cache between runs, so relinking after an edit does not
 * recompute keys for names it has seen.
 */
export function linkWorkspace(
  documents: readonly LinkDocument[], overrides: ActorOverrides = {}, names = new NameNodes(),
): WorkspaceLinking {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const actorDocs = sorted.map((doc) => ({ path: doc.path, text: doc.text, actors: doc.mentions.filter(isActor) }));
  const actors = linkActors(actorDocs, overrides, new NameNodes(names.keyCacheForReuse()));
  const registry = new ClusterRegistry();
  const members = new Map<string, MentionRef[]>();
  const actorsByDocument = new Map<string, Set<string>>();
  const actorIdsByDocument = new Map<string, { mention: ActorMention; id: string }[]>();

  for (const doc of sorted) {
    const ids = new Set<string>();
    const located: { mention: ActorMention; id: string }[] = [];
    doc.mentions.forEach((mention, index) => {
      if (mention.kind !== 'actor') return;
      const cluster = actors.clusterOf(mention.name);
      if (!cluster) return;
      ids.add(cluster.id);
      located.push({ mention, id: cluster.id });
      addTo(members, cluster.id, { path: doc.path, index });
    });
    actorsByDocument.set(doc.path, ids);
    actorIdsByDocument.set(doc.path, located);
  }
  for (const cluster of actors.clusters) {
    registry.addCluster({ id: cluster.id, kind: 'actor', label: cluster.label, actorType: cluster.type, members: members.get(cluster.id) ?? [] });
  }

  const related = new Relatedness(actorsByDocument);
  const discrepancies: Discrepancy[] = [];
  const actorsWithin = (path: string, start: number, end: number): string[] =>
    locatedWithin(actorIdsByDocument.get(path) ?? [], start, end).map((a) => a.id);
  // For figures, a capital in the sentence also counts as its country ("Bern pledged" = Switzerland).
  const partiesWithin = (path: string, start: number, end: number): string[] => {
    const ids = new Set<string>();
    for (const a of locatedWithin(actorIdsByDocument.get(path) ?? [], start, end)) {
      ids.add(a.id);
      const country = a.mention.type === 'place' ? countryOfCapital(names.keyOf(a.mention.name).skeleton) : undefined;
      if (country) ids.add(actors.clusterOf(country)?.id ?? `actor:${slugify(country)}`);
    }
    return [...ids];
  };
  linkNumbers(sorted, related, { actorsWithin: partiesWithin }, registry, discrepancies);
  linkClaims(sorted, related, {
    actorsWithin,
    speakerCluster: (path, mention: ClaimMention) => {
      const span = mention.speakerSpan;
      const atSpan = span && (actorIdsByDocument.get(path) ?? []).find((a) => a.mention.start === span.start);
      return atSpan ? atSpan.id : mention.speaker ? actors.clusterOf(mention.speaker)?.id : undefined;
    },
  }, registry, discrepancies);

  return {
    clusters: registry.clusters,
    discrepancies,
    actors,
    clusterOf: (ref) => registry.clusterOf(ref),
  };
}

/** The actors inside [start, end), by binary search: they are sorted by position. */
function locatedWithin<T extends { mention: { start: number; end: number } }>(sorted: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].mention.start < start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].mention.start < end; i++) if (sorted[i].mention.end <= end) out.push(sorted[i]);
  return out;
}

function isActor(mention: { kind: string }): mention is ActorMention {
  return mention.kind === 'actor';
}
