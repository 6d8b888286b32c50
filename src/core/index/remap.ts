import type { DocumentAnalysis } from '../document-analysis';
import type { WorkspaceLinking } from '../link/workspace-linking';
import type { Mention } from '../model';

/**
 * Gives a re-analysed document's mentions the clusters their earlier selves had, so
 * hovers and highlights stay right between a keystroke and the next relink. A mention
 * is "the same" when its kind and its text are; an actor name new to the document is
 * looked up in the current actor clusters; anything else waits for the relink.
 */
export function remapClusters(
  previous: DocumentAnalysis | undefined,
  previousIds: readonly (string | undefined)[] | undefined,
  next: DocumentAnalysis,
  linking: WorkspaceLinking,
): (string | undefined)[] {
  const known = new Map<string, string>();
  if (previous && previousIds) {
    previous.mentions.forEach((mention, index) => {
      const id = previousIds[index];
      if (id && !known.has(identity(mention))) known.set(identity(mention), id);
    });
  }
  return next.mentions.map((mention) => {
    const id = known.get(identity(mention));
    if (id) return id;
    return mention.kind === 'actor' ? linking.actors.clusterOf(mention.name)?.id : undefined;
  });
}

function identity(mention: Mention): string {
  return `${mention.kind}\u0000${mention.kind === 'actor' ? mention.name : mention.text}`;
}
