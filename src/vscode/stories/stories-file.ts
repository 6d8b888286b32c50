import * as vscode from 'vscode';
import { parseStoriesFile, STORIES_FILE, type StoryOverrides } from '../../core/stories/stories-file';
import { DecisionsFile } from '../base/decisions-file';
import type { IndexService } from '../index/index-service';

/**
 * The workspace's `.corroborate/stories.yaml`: articles a person moved to another story and
 * stories a person split off. They win over the automatic grouping at the next relink.
 */
export class StoriesFile extends DecisionsFile<StoryOverrides> {
  constructor(service: IndexService, log: vscode.LogOutputChannel) {
    super({
      path: STORIES_FILE,
      diagnostics: 'corroborate-stories',
      noFolder: vscode.l10n.t('Open a folder first: story decisions are kept in its .corroborate/stories.yaml.'),
      parse: parseStoriesFile,
      apply: async (overrides) => {
        service.index.setStoryOverrides(overrides ?? {});
        await service.relinkSoon();
      },
      describe: (overrides) => `${overrides.stories?.length ?? 0} declared stories, ${overrides.moves?.length ?? 0} moved articles`,
    }, log);
  }
}
