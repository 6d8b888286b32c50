// actors/ — the workspace's actors file (merge, separate, rename, labels), its commands and pickers, and
// Find Actor. May import src/core, base/, index/, annotations/ and deps.ts (types); not editor/ or views/.
import * as vscode from 'vscode';
import { ACTORS_FILE } from '../../core/actors-file';
import { ActorsFileEditError, mergeActors, renameActor, separateActors } from '../../core/actors-file-edit';
import { ActorsFile } from './actors-file';
import { ActorPicker } from './actor-picker';
import type { FeatureDeps } from '../deps';

/** What a caller may pass instead of picking: tests, other extensions, keybindings. */
interface NamesArgument {
  readonly names: readonly string[];
  readonly label?: string;
}

function isNamesArgument(value: unknown): value is NamesArgument {
  const names = (value as { names?: unknown } | undefined)?.names;
  return Array.isArray(names) && names.every((n) => typeof n === 'string');
}

/**
 * Merge, separate and rename actors. Each command takes `{ names, label? }` to act
 * directly; otherwise it starts from the Actors view item it was run on or the actor
 * under the cursor and asks the rest through quick picks. Every change is a write of
 * `.corroborate/actors.yaml`, so the decision is kept with the workspace.
 */
function registerActorCommands(context: vscode.ExtensionContext, { service }: FeatureDeps, file: ActorsFile): void {
  const picker = new ActorPicker(service, file);
  /** Resolves to whether the file changed, so callers that pass arguments can tell a refusal from a write. */
  const run = async (what: string, change: (text: string) => string): Promise<boolean> => {
    try {
      const changed = await file.edit(change);
      if (changed) vscode.window.setStatusBarMessage(vscode.l10n.t('Corroborate: {0}', what), 4000);
      return changed;
    } catch (error) {
      showEditError(error, file.uri);
      return false;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.mergeActors', async (arg?: unknown, selected?: unknown) => {
      if (isNamesArgument(arg)) return run(vscode.l10n.t('actors merged'), (text) => mergeActors(text, arg.names, arg.label));
      await service.ready;
      const clusters = await picker.clustersToMerge(arg, selected);
      const label = clusters && (await picker.chooseLabel(clusters));
      if (!clusters || !label) return false;
      const names = (await Promise.all(clusters.map((c) => picker.namesOf(c)))).flat();
      return run(vscode.l10n.t('merged as {0}', label), (text) => mergeActors(text, names, label));
    }),
    vscode.commands.registerCommand('corroborate.separateActors', async (arg?: unknown) => {
      if (isNamesArgument(arg)) return run(vscode.l10n.t('actors separated'), (text) => separateActors(text, arg.names));
      await service.ready;
      const cluster = await picker.oneCluster(arg, vscode.l10n.t('Choose the actor to split'));
      const split = cluster && (await picker.chooseLeaving(cluster));
      if (!split) return false;
      // One pair per leaving name: the leaving names stay free to be one actor among themselves.
      return run(vscode.l10n.t('separated from {0}', split.staying), (text) => split.leaving.reduce((t, name) => separateActors(t, [split.staying, name]), text));
    }),
    vscode.commands.registerCommand('corroborate.renameActor', async (arg?: unknown) => {
      if (isNamesArgument(arg)) return run(vscode.l10n.t('actor renamed'), (text) => renameActor(text, arg.names, arg.label ?? ''));
      await service.ready;
      const cluster = await picker.oneCluster(arg, vscode.l10n.t('Choose the actor to rename'));
      const label = cluster && (await vscode.window.showInputBox({
        title: vscode.l10n.t('Rename Actor'), prompt: vscode.l10n.t('The name Corroborate shows for {0} in every source', cluster.label), value: cluster.label,
        validateInput: (value) => {
          if (!value.trim()) return vscode.l10n.t('A name cannot be empty.');
          const other = picker.otherActorNamed(value, cluster);
          return other && { message: vscode.l10n.t('"{0}" is a name of {1}: renaming will merge the two actors.', value.trim(), other.label), severity: vscode.InputBoxValidationSeverity.Warning };
        },
      }));
      if (!cluster || !label?.trim() || label.trim() === cluster.label) return false;
      const names = await picker.namesOf(cluster);
      return run(vscode.l10n.t('renamed to {0}', label.trim()), (text) => renameActor(text, names, label));
    }),
  );
}

/** Not awaited by the command: a test or a keybinding must not wait for someone to dismiss it. */
function showEditError(error: unknown, uri: vscode.Uri | undefined): void {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ActorsFileEditError) || !uri || error.line === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate could not change {0}: {1}', ACTORS_FILE, message));
    return;
  }
  const open = vscode.l10n.t('Open actors.yaml');
  const line = Math.max(0, error.line - 1);
  void vscode.window.showErrorMessage(vscode.l10n.t('Corroborate did not change the actors file: {0}', message), open).then((choice) =>
    choice === open ? vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) }) : undefined);
}

/** The actors feature: the decisions file, read and watched, and the commands that write it. */
export function register(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const file = new ActorsFile(deps.service, deps.log);
  context.subscriptions.push(file);
  registerActorCommands(context, deps, file);
  void file.reload();
}
