import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ACTORS_FILE, parseActorsFile } from '../core/actors-file';
import type { ActorOverrides } from '../core/link/actor-linker';

/** The workspace actors file under the current directory, if there is one. Problems are warnings. */
export async function readActorOverrides(cwd: string, warn: (message: string) => void): Promise<ActorOverrides> {
  const file = path.join(cwd, ...ACTORS_FILE.split('/'));
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseActorsFile(text);
  for (const problem of parsed.problems) warn(`${ACTORS_FILE}:${problem.line}: ${problem.message}`);
  return parsed.overrides;
}
