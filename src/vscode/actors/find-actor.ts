import * as vscode from 'vscode';
import { ActorSearch, type SearchableActor } from '../../core/search/actor-search';
import { membersShown, type MembersOf } from '../annotations/annotation-decisions';
import type { FeatureDeps } from '../deps';
import { OPEN_MENTION_COMMAND } from '../base/open-mention';

const ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location' };
const iconOf = (type: string | undefined): string => ICONS[type ?? ''] ?? 'person';

interface ActorItem extends vscode.QuickPickItem {
  readonly id: string;
}

/**
 * "Find Actor": type a name as you remember it, misspelt or partial, and jump to the
 * actor's first mention. The quick pick's own matching is exact-subsequence, so results
 * come from a typo-tolerant search and are always shown.
 */
export function register(context: vscode.ExtensionContext, { service, annotations }: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.findActor', async (initial?: unknown) => {
      await service.ready;
      const membersOf = membersShown(service.index, annotations);
      const { actors, detail } = actorsOf(service, membersOf);
      const search = new ActorSearch(actors);
      const pick = vscode.window.createQuickPick<ActorItem>();
      pick.placeholder = vscode.l10n.t('Type a name, even misspelt: people, organisations, places');
      pick.matchOnDescription = false;
      const show = (query: string): void => {
        const hits = query.trim() ? search.search(query) : actors.slice(0, 50).map((actor) => ({ actor, matched: actor.label }));
        pick.items = hits.map(({ actor, matched }) => ({
          id: actor.id,
          label: `$(${iconOf(actor.type)}) ${actor.label}`,
          description: matched !== actor.label ? vscode.l10n.t('matched "{0}"', matched) : undefined,
          detail: detail.get(actor.id),
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
      const first = chosen ? membersOf(chosen.id)[0] : undefined;
      if (first) await vscode.commands.executeCommand(OPEN_MENTION_COMMAND, first.path, first.mention.start, first.mention.end);
    }),
  );
}

/**
 * The actors to search, most mentioned first, and each one's line of counts: worked out once
 * per command, not again for every item each time the query changes.
 */
function actorsOf(service: FeatureDeps['service'], membersOf: MembersOf): { actors: SearchableActor[]; detail: ReadonlyMap<string, string> } {
  const out: (SearchableActor & { readonly mentions: number })[] = [];
  const detail = new Map<string, string>();
  for (const cluster of service.index.linking.clusters.values()) {
    if (cluster.kind !== 'actor') continue;
    const members = membersOf(cluster.id);
    const names = new Set(members.map((m) => m.mention.text));
    if (names.size === 0) continue;
    out.push({ id: cluster.id, label: cluster.label, names: [...names], mentions: members.length, ...(cluster.actorType ? { type: cluster.actorType } : {}) });
    detail.set(cluster.id, vscode.l10n.t('{0} mentions in {1} sources', members.length, new Set(members.map((m) => m.path)).size));
  }
  return { actors: out.sort((a, b) => b.mentions - a.mentions), detail };
}
