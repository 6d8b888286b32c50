/** Clusters of one story, as the figure and claim views list them when grouped by story. */
export interface StoryClusters<C> {
  /** The story's id, or undefined for clusters whose articles were added since the stories were last worked out. */
  readonly story: string | undefined;
  readonly clusters: C[];
}

/**
 * Groups clusters under the story of their articles, keeping the clusters' order inside each
 * story and the stories' order of `storyOrder` (largest first in the index). Figures and claims
 * are compared only within a story, so one article of a cluster names its story; a cluster none of
 * whose articles has a story yet is listed last rather than left out.
 */
export function clustersByStory<C>(
  clusters: readonly C[], pathsOf: (cluster: C) => readonly string[], storyOf: (path: string) => string | undefined, storyOrder: readonly string[],
): StoryClusters<C>[] {
  const byStory = new Map<string | undefined, C[]>();
  for (const cluster of clusters) {
    let story: string | undefined;
    for (const path of pathsOf(cluster)) if ((story = storyOf(path)) !== undefined) break;
    (byStory.get(story) ?? byStory.set(story, []).get(story)!).push(cluster);
  }
  const ordered: StoryClusters<C>[] = [];
  for (const story of storyOrder) {
    const listed = byStory.get(story);
    if (listed) ordered.push({ story, clusters: listed });
  }
  const unplaced = byStory.get(undefined);
  if (unplaced) ordered.push({ story: undefined, clusters: unplaced });
  return ordered;
}
