import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseStoriesFile, STORIES_FILE, type StoryOverrides } from '../core/stories/stories-file';

/** The workspace stories file under the current directory, if there is one. Problems are warnings; the file is only read. */
export async function readStoryOverrides(cwd: string, warn: (message: string) => void): Promise<StoryOverrides> {
  const file = path.join(cwd, ...STORIES_FILE.split('/'));
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseStoriesFile(text);
  for (const problem of parsed.problems) warn(`${STORIES_FILE}:${problem.line}: ${problem.message}`);
  if (!parsed.usable) warn(`${STORIES_FILE} could not be read as YAML; stories are grouped without it`);
  return parsed.overrides;
}
