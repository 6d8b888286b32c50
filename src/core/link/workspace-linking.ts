import type { ClaimMention } from '../model';
import { linkActorsSteps, type ActorLinking, type ActorOverrides } from './actor-linker';
import { NameNodes } from './actor-nodes';
import { linkClaims } from './claim-linker';
import { relateClaimClusters, type ClaimLink } from './claim-relations';
import { ClusterRegistry, type Cluster, type Discrepancy, type LinkDocument, type MentionRef } from './clusters';
import { linkNumbers, type KeyedFigure } from './number-linker';
import { documentFeatures, type DocumentFeatures } from './document-features';
import { mayBeSameActor } from './speaker-identity';
import { slugify } from './slug';
import { addTo } from '../multimap';
import { drain, STEP_WORK, WorkBudget, type Steps } from './steps';
import type { FileProblem } from '../actors-file';
import { groupStories } from '../stories/story-grouping';
import type { Stories } from '../stories/stories';
import type { StoryOverrides } from '../stories/stories-file';

export interface WorkspaceLinking {
  readonly clusters: ReadonlyMap<string, Cluster>;
  readonly discrepancies: readonly Discrepancy[];
  /** For each claim cluster with claims from two documents or more: the pairs of them that differ or contradict (the rest agree). */
  readonly claimLinks: ReadonlyMap<string, readonly ClaimLink[]>;
  readonly actors: ActorLinking;
  /** Which story each document is in: figures and claims are linked only inside one. */
  readonly stories: Stories;
  /** Paths in the stories file that name no document of the workspace, by line. */
  readonly storyProblems: readonly FileProblem[];
  clusterOf(ref: MentionRef): string | undefined;
  /** `clusterOf` for every mention of one document at once, by mention index. */
  clustersIn(path: string): readonly (string | undefined)[];
}

/**
 * Links a whole workspace: actors first (everything else leans on them), then which
 * documents tell the same story, then figures and claims within those stories.
 * `names` carries the name-key cache between runs, so relinking after an edit does not
 * recompute keys for names it has seen.
 */
export function linkWorkspace(
  documents: readonly LinkDocument[], overrides: ActorOverrides = {}, names = new NameNodes(), storyOverrides: StoryOverrides = {},
): WorkspaceLinking {
  return drain(linkWorkspaceSteps(documents, overrides, names, storyOverrides));
}

/** `linkWorkspace` in steps of a few milliseconds at most, for a caller that must stay responsive. */
export function* linkWorkspaceSteps(
  documents: readonly LinkDocument[], overrides: ActorOverrides, names: NameNodes, storyOverrides: StoryOverrides = {},
): Steps<WorkspaceLinking> {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const features: DocumentFeatures[] = [];
  for (const doc of sorted) {
    features.push(documentFeatures(doc, names));
    if (features.length % 16 === 0) yield;
  }
  const actorDocs = sorted.map((doc, i) => ({ path: doc.path, text: doc.text, actors: features[i].named, keys: features[i].nameKeys, acronyms: features[i].acronyms }));
  const actors = yield* linkActorsSteps(actorDocs, overrides, new NameNodes(names.keyCacheForReuse()));
  const registry = new ClusterRegistry();
  const members = new Map<string, MentionRef[]>();
  // The cluster of each named actor, by its position in the document's features.
  const actorIds: string[][] = [];
  for (const [d, f] of features.entries()) {
    const ids = f.nameKeys.map((key, position) => {
      const id = actors.clusterOfSkeleton(key.skeleton)!.id;
      addTo(members, id, f.namedRefs[position]);
      return id;
    });
    actorIds.push(ids);
    if (d % 32 === 31) yield;
  }
  yield;
  const budget = new WorkBudget(STEP_WORK);
  for (const cluster of actors.clusters) {
    const clusterMembers = members.get(cluster.id) ?? [];
    registry.addCluster({ id: cluster.id, kind: 'actor', label: cluster.label, actorType: cluster.type, members: clusterMembers });
    if (budget.spend(1 + clusterMembers.length)) yield;
  }

  yield;
  const actorLabels = new Map(actors.clusters.map((cluster) => [cluster.id, cluster.label]));
  const storyDocs = features.map((f, d) => ({ terms: f.storyTerms, actors: actorIds[d] }));
  const { stories, problems: storyProblems } = yield* groupStories(sorted.map((doc) => doc.path), storyDocs, (id) => actorLabels.get(id), storyOverrides);
  const related = stories;
  const discrepancies: Discrepancy[] = [];
  const figures = yield* keyedFigures(features, actorIds, actors);
  yield;
  yield* linkNumbers(figures, related, registry, discrepancies);
  const claimDocs = sorted.map((doc, d) => ({ path: doc.path, claims: features[d].claims, actorIds: actorIds[d] }));
  const byPath = new Map(sorted.map((doc, d) => [doc.path, d]));
  const actorAt = (d: number, span: { start: number } | undefined): number => (span ? features[d].named.findIndex((a) => a.start === span.start) : -1);
  const channels = yield* channelClusters(features, actorIds, actorAt);
  const namesOf = new Map(actors.clusters.map((c) => [c.id, c.names]));
  const typeOf = new Map(actors.clusters.map((c) => [c.id, c.type]));
  yield* linkClaims(claimDocs, related, {
    speakerCluster: (path, mention: ClaimMention) => {
      const d = byPath.get(path);
      if (d === undefined) return undefined;
      const at = actorAt(d, mention.speakerSpan);
      // Only a named person counts: not a pronoun left unresolved or "officials"; and not an
      // organisation, as its spokesperson says its words too ("Votaw said" and "the PGA Tour said").
      if (at < 0 || features[d].named[at].type !== 'person') return undefined;
      const id = actorIds[d][at];
      return channels.has(id) || typeOf.get(id) !== 'person' ? undefined : id;
    },
    mayBeSameActor: (a, b) => mayBeSameActor(namesOf.get(a) ?? [], namesOf.get(b) ?? []),
  }, registry, discrepancies);
  yield;
  const claimLinks = yield* relateClaimClusters(registry.clusters.values(), { documents: sorted, features, actorIds, actorType: (id) => typeOf.get(id) });

  return {
    clusters: registry.clusters,
    discrepancies,
    claimLinks,
    actors,
    stories,
    storyProblems,
    clusterOf: (ref) => registry.clusterOf(ref),
    clustersIn: (path) => registry.clustersIn(path),
  };
}

/**
 * The actors some claim of the workspace names as the channel that relayed words ("told CNN"):
 * an outlet, wherever else it stands ("CNN reported"), is not a speaker.
 */
function* channelClusters(
  features: readonly DocumentFeatures[], actorIds: readonly (readonly string[])[],
  actorAt: (d: number, span: { start: number } | undefined) => number,
): Steps<Set<string>> {
  const out = new Set<string>();
  const budget = new WorkBudget(STEP_WORK);
  for (let d = 0; d < features.length; d++) {
    const { claims } = features[d];
    if (budget.spend(1 + claims.length)) yield;
    for (const claim of claims) {
      const at = claim.mention.viaSpan ? actorAt(d, claim.mention.viaSpan) : -1;
      if (at >= 0) out.add(actorIds[d][at]);
    }
  }
  return out;
}

/** Each figure with the actors its sentence names; a capital also counts as its country ("Bern pledged" = Switzerland). */
function* keyedFigures(
  features: readonly DocumentFeatures[], actorIds: readonly (readonly string[])[], actors: ActorLinking,
): Steps<KeyedFigure[]> {
  const countryIds = new Map<string, string>();
  const countryId = (country: string): string => {
    let id = countryIds.get(country);
    if (id === undefined) countryIds.set(country, (id = actors.clusterOf(country)?.id ?? `actor:${slugify(country)}`));
    return id;
  };
  const out: KeyedFigure[] = [];
  const budget = new WorkBudget(STEP_WORK);
  for (let d = 0; d < features.length; d++) {
    const { figures, capitalOf } = features[d];
    if (budget.spend(1 + figures.length)) yield;
    for (const figure of figures) {
      const ids = new Set<string>();
      for (const position of figure.named) {
        ids.add(actorIds[d][position]);
        const country = capitalOf[position];
        if (country) ids.add(countryId(country));
      }
      out.push({ ref: figure.ref, mention: figure.mention, key: figure.key, aggregate: figure.aggregate, actors: [...ids], dates: figure.dates, contextOf: figure.contextOf });
    }
  }
  return out;
}
