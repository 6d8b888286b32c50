import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ACTORS_FILE, parseActorsFile } from '../core/actors-file';
import type { ActorOverrides } from '../core/link/actor-linker';
import { parseStoriesFile, STORIES_FILE, type StoryOverrides } from '../core/stories/stories-file';

interface ParsedDecisions<T> {
  readonly overrides: T;
  readonly problems: readonly { readonly line: number; readonly message: string }[];
  readonly usable: boolean;
}

/**
 * A person's decisions file under `.corroborate/`, read the way the editor reads it. The CLI only
 * reads these files, so every problem is a warning and a file that does not parse counts as absent.
 */
async function readDecisions<T>(cwd: string, relative: string, parse: (text: string) => ParsedDecisions<T>, empty: T, warn: (message: string) => void): Promise<T> {
  const text = await readFile(path.join(cwd, ...relative.split('/')), 'utf8').catch(() => undefined);
  if (text === undefined) return empty;
  const parsed = parse(text);
  for (const problem of parsed.problems) warn(`${relative}:${problem.line}: ${problem.message}`);
  if (!parsed.usable) warn(`${relative} could not be read as YAML; it is left out of this run`);
  return parsed.overrides;
}

export function readActorOverrides(cwd: string, warn: (message: string) => void): Promise<ActorOverrides> {
  return readDecisions(cwd, ACTORS_FILE, parseActorsFile, {}, warn);
}

export function readStoryOverrides(cwd: string, warn: (message: string) => void): Promise<StoryOverrides> {
  return readDecisions(cwd, STORIES_FILE, parseStoriesFile, {}, warn);
}
