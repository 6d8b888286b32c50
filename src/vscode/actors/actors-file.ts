import * as vscode from 'vscode';
import { ACTORS_FILE, parseActorsFile } from '../../core/actors-file';
import type { ActorOverrides } from '../../core/link/actor-linker';
import { DecisionsFile } from '../base/decisions-file';
import type { IndexService } from '../index/index-service';

/**
 * The workspace's `.corroborate/actors.yaml`, the user's merge, split and label decisions,
 * handed to the index, whose clusters are relinked in slices at once.
 */
export class ActorsFile extends DecisionsFile<ActorOverrides> {
  constructor(service: IndexService, log: vscode.LogOutputChannel) {
    super({
      path: ACTORS_FILE,
      diagnostics: 'corroborate-actors',
      noFolder: vscode.l10n.t('Open a folder first: merge and split decisions are kept in its .corroborate/actors.yaml.'),
      parse: parseActorsFile,
      apply: async (overrides) => {
        service.index.setOverrides(overrides ?? {});
        await service.relinkSoon();
      },
      describe: (overrides) => `${overrides.merges?.length ?? 0} actors, ${overrides.splits?.length ?? 0} separations`,
    }, log);
  }
}
