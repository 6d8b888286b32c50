import * as vscode from 'vscode';
import type { ActorCluster } from '../../core/link/actor-linker';
import { nameKey } from '../../core/link/name-key';
import type { ActorsFile } from './actors-file';
import type { IndexService } from '../index/index-service';

export type { ActorCluster };

interface ClusterItem extends vscode.QuickPickItem {
  readonly cluster: ActorCluster;
}

interface NamesItem extends vscode.QuickPickItem {
  readonly name: string;
}

const anotherName = (): string => vscode.l10n.t('$(edit) Another name…');

/**
 * Which actors a merge, split or rename is about: the Actors view item the command was
 * run on, else the actor under the cursor, else a quick pick over every actor; and the
 * names to write for them.
 */
export class ActorPicker {
  constructor(private readonly service: IndexService, private readonly file: ActorsFile) {}

  async oneCluster(arg: unknown, title: string): Promise<ActorCluster | undefined> {
    const known = this.fromContext(arg);
    if (known) return known;
    const [picked] = (await this.pick(title, this.clusters(), false)) ?? [];
    return picked;
  }

  /** Two or more actors: the selected view items, or a starting actor plus those picked to join it. */
  async clustersToMerge(arg: unknown, selected: unknown): Promise<ActorCluster[] | undefined> {
    const fromView = Array.isArray(selected) ? selected.map((node) => this.fromContext(node)).filter((c) => c !== undefined) : [];
    const start = fromView.length > 0 ? fromView : [this.fromContext(arg)].filter((c) => c !== undefined);
    if (start.length >= 2) return start;
    const title = start[0] ? vscode.l10n.t('Merge {0} with…', start[0].label) : vscode.l10n.t('Choose the actors that are one and the same');
    const others = (await this.pick(title, this.clusters().filter((c) => !start.includes(c)), true)) ?? [];
    const all = [...start, ...others];
    if (all.length >= 2) return all;
    if (others.length > 0) void vscode.window.showInformationMessage(vscode.l10n.t('Choose at least two actors to merge.'));
    return undefined;
  }

  async chooseLabel(clusters: readonly ActorCluster[]): Promise<string | undefined> {
    const labels = [...new Set(clusters.map((c) => c.label))];
    const another = anotherName();
    const choice = await vscode.window.showQuickPick([...labels, another], { title: vscode.l10n.t('Show the merged actor as'), placeHolder: labels[0] });
    if (choice !== another) return choice;
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Show the merged actor as'), value: labels[0], validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A name cannot be empty.')),
    });
    return typed?.trim() || undefined;
  }

  /** The name that stays and the names that leave, one per spelling group (spellings Corroborate cannot tell apart go together). */
  async chooseLeaving(cluster: ActorCluster): Promise<{ staying: string; leaving: string[] } | undefined> {
    const counts = this.mentionCounts(cluster);
    const groups = new Map<string, string[]>();
    for (const name of [...cluster.names].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))) {
      const key = nameKey(name).skeleton || name;
      groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    if (groups.size < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every spelling of {0} is the same name to Corroborate: there is nothing to split.', cluster.label));
      return undefined;
    }
    const items: NamesItem[] = [...groups.values()].map((forms) => ({
      name: forms[0], label: forms.join(' / '), description: mentions(forms.reduce((n, f) => n + (counts.get(f) ?? 0), 0)),
    }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which names of {0} are someone else?', cluster.label), canPickMany: true });
    if (!picked || picked.length === 0) return undefined;
    const staying = items.find((item) => !picked.includes(item));
    if (!staying) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Leave at least one name with the actor: choose only the names that are someone else.'));
      return undefined;
    }
    return { staying: staying.name, leaving: picked.map((item) => item.name) };
  }

  /**
   * The names the actors file already gives this actor, so its entry is extended rather
   * than repeated, plus the label when articles write it (a new label must not drop it
   * from the actor); else the one name that best stands for the actor.
   */
  async namesOf(cluster: ActorCluster): Promise<string[]> {
    await this.file.reload();
    const linking = this.service.index.linking.actors;
    const written = (this.file.overrides?.merges ?? []).flat().filter((name) => linking.clusterOf(name)?.id === cluster.id);
    const spoken = cluster.names.includes(cluster.label) ? [cluster.label] : [];
    if (written.length + spoken.length > 0) return [...new Set([...written, ...spoken])];
    const counts = this.mentionCounts(cluster);
    return [[...cluster.names].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? cluster.label];
  }

  /** Another actor that already answers to `name`: a label is a name too, so using it would merge the two. */
  otherActorNamed(name: string, cluster: ActorCluster): ActorCluster | undefined {
    const other = this.service.index.linking.actors.clusterOf(name.trim());
    return other && other.id !== cluster.id ? other : undefined;
  }

  private clusters(): ActorCluster[] {
    return [...this.service.index.linking.actors.clusters].filter((c) => c.mentions > 0).sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
  }

  /**
   * An Actors view node (the item itself, or a source or mention under it), else the
   * actor under the cursor (the editor's context menu passes the document's URI).
   */
  private fromContext(arg: unknown): ActorCluster | undefined {
    const node = arg as { type?: unknown; id?: unknown; cluster?: unknown } | undefined;
    const id = node?.type === 'cluster' ? node.id : node?.cluster;
    if (typeof id === 'string') return this.clusters().find((c) => c.id === id);
    const editor = vscode.window.activeTextEditor;
    const path = editor && this.service.sync(editor.document);
    const located = path && editor ? this.service.index.mentionAt(path, editor.document.offsetAt(editor.selection.active), (m) => m.kind === 'actor') : undefined;
    return located?.cluster ? this.clusters().find((c) => c.id === located.cluster) : undefined;
  }

  private async pick(title: string, clusters: readonly ActorCluster[], many: boolean): Promise<ActorCluster[] | undefined> {
    const items: ClusterItem[] = clusters.map((cluster) => ({
      cluster, label: cluster.label, description: cluster.names.filter((n) => n !== cluster.label).slice(0, 4).join(', '),
      detail: vscode.l10n.t('{0} in {1}', mentions(cluster.mentions), cluster.documents === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', cluster.documents)),
    }));
    const picked = many
      ? await vscode.window.showQuickPick(items, { title, canPickMany: true, matchOnDescription: true })
      : await vscode.window.showQuickPick(items, { title, matchOnDescription: true }).then((item) => (item ? [item] : undefined));
    return picked?.map((item) => item.cluster);
  }

  private mentionCounts(cluster: ActorCluster): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { mention } of this.service.index.members(cluster.id)) {
      if (mention.kind === 'actor') counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
    }
    return counts;
  }
}

function mentions(count: number): string {
  return count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', count);
}
