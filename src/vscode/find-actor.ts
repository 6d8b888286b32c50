import * as vscode from 'vscode';
import { ActorSearch, type SearchableActor } from '../core/search/actor-search';
import type { FeatureDeps } from './deps';
import { OPEN_MENTION_COMMAND } from './open-mention';

const ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location' };

interface ActorItem extends vscode.QuickPickItem {
  readonly id: string;
}

/**
 * "Find Actor": type a name as you remember it, misspelt or partial, and jump to the
 * actor's first mention. The quick pick's own matching is exact-subsequence, so results
 * come from a typo-tolerant search and are always shown.
 */
export function register(context: vscode.ExtensionContext, { service }: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.findActor', async (initial?: unknown) => {
      await service.ready;
      const actors = actorsOf(service);
      const search = new ActorSearch(actors);
      const pick = vscode.window.createQuickPick<ActorItem>();
      pick.placeholder = 'Type a name, even misspelt: people, organisations, places';
      pick.matchOnDescription = false;
      const show = (query: string): void => {
        const hits = query.trim() ? search.search(query) : actors.slice(0, 50).map((actor) => ({ actor, matched: actor.label }));
        pick.items = hits.map(({ actor, matched }) => ({
          id: actor.id,
          label: `$(${ICONS[actor.type ?? ''] ?? 'person'}) ${actor.label}`,
          description: matched !== actor.label ? `matched "${matched}"` : undefined,
          detail: `${service.index.members(actor.id).length} mentions in ${new Set(service.index.members(actor.id).map((m) => m.path)).size} sources`,
          alwaysShow: true,
        }));
      };
      pick.onDidChangeValue(show);
      if (typeof initial === 'string') pick.value = initial;
      show(pick.value);
      const chosen = await new Promise<ActorItem | undefined>((resolve) => {
        pick.onDidAccept(() => resolve(pick.selectedItems[0]));
        pick.onDidHide(() => resolve(undefined));
        pick.show();
      });
      pick.dispose();
      const first = chosen ? service.index.members(chosen.id)[0] : undefined;
      if (first) await vscode.commands.executeCommand(OPEN_MENTION_COMMAND, first.path, first.mention.start, first.mention.end);
    }),
  );
}

function actorsOf(service: FeatureDeps['service']): SearchableActor[] {
  const out: SearchableActor[] = [];
  for (const cluster of service.index.linking.clusters.values()) {
    if (cluster.kind !== 'actor') continue;
    const names = new Set(service.index.members(cluster.id).map((m) => m.mention.text));
    if (names.size === 0) continue;
    out.push({ id: cluster.id, label: cluster.label, names: [...names], ...(cluster.actorType ? { type: cluster.actorType } : {}) });
  }
  return out.sort((a, b) => service.index.members(b.id).length - service.index.members(a.id).length);
}
