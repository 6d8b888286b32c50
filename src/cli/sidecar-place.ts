import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../core/annotations/index';
import { annotationsFolderIn, checkedFolder, MAX_SETTINGS_BYTES } from '../core/annotations/settings-folder';
import { UsageError } from './args';

/** The flag that says where sidecars are, over the workspace's setting. */
export const FOLDER_FLAG = '--annotations-folder';

/** A workspace's settings file that cannot be trusted to say where sidecars are. */
export class SettingsError extends Error {}

/**
 * Where the sidecars of a workspace are, as the editor places them: `root` is the workspace
 * folder (the nearest folder at or above the working directory with `.vscode/settings.json`),
 * `folder` its `corroborate.annotations.folder` ('' for beside each article).
 */
export interface SidecarPlace {
  readonly root?: string;
  readonly folder: string;
}

/** Reads the setting, or takes `--annotations-folder` over it (relative to the workspace folder, or to `cwd` without one). */
export async function sidecarPlace(cwd: string, override: string | undefined): Promise<SidecarPlace> {
  const root = await workspaceRoot(cwd);
  if (override !== undefined) {
    const checked = checkedFolder(override);
    if ('problem' in checked) throw new UsageError(`${FOLDER_FLAG}: ${checked.problem.replace(/^"[^"]+" /, '')}`);
    return { root: root ?? cwd, folder: checked.folder };
  }
  if (!root) return { folder: '' };
  const file = path.join(root, '.vscode', 'settings.json');
  const shown = path.relative(cwd, file) || file;
  const fix = `; correct it, or give ${FOLDER_FLAG} FOLDER (${FOLDER_FLAG}= for sidecars beside their articles)`;
  let text: string;
  try {
    const bytes = await fs.readFile(file);
    if (bytes.length > MAX_SETTINGS_BYTES) throw new SettingsError(`${shown} is larger than ${MAX_SETTINGS_BYTES} bytes and was not read${fix}`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof SettingsError) throw error;
    throw new SettingsError(`${shown} cannot be read (${error instanceof Error ? error.message : String(error)})${fix}`);
  }
  const setting = annotationsFolderIn(text);
  if ('problem' in setting) throw new SettingsError(`${shown} ${setting.problem}${fix}`);
  return { root, folder: setting.folder };
}

async function workspaceRoot(cwd: string): Promise<string | undefined> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (await fs.stat(path.join(folder, '.vscode', 'settings.json')).then((s) => s.isFile(), () => false)) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** The sidecar of an article (an absolute path), where the editor would keep it. */
export function sidecarOf(place: SidecarPlace, article: string): string {
  const relative = place.root === undefined ? undefined : path.relative(place.root, article);
  if (!place.folder || relative === undefined || relative.startsWith('..') || path.isAbsolute(relative)) return article + SIDECAR_SUFFIX;
  return path.join(place.root!, ...sidecarPathFor(relative.split(path.sep).join('/'), place.folder).split('/'));
}

/** The folder that mirrors `folder` (absolute) in the sidecar folder; undefined when sidecars sit beside their articles. */
export function mirrorOf(place: SidecarPlace, folder: string): string | undefined {
  if (!place.folder || place.root === undefined) return undefined;
  const mirrored = sidecarOf(place, folder);
  return mirrored === folder + SIDECAR_SUFFIX ? undefined : mirrored.slice(0, -SIDECAR_SUFFIX.length);
}
