import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isSidecarPath, SIDECAR_SUFFIX } from '../core/annotations/index';
import { PathFilter } from '../core/glob';
import { walkFolder } from './folder-walk';
import { mirrorOf, sidecarOf, type SidecarPlace } from './sidecar-place';
import { decodeArticle, tooLarge, type DecodedArticle } from '../core/text/decode';

/**
 * The sidecar's text (a byte-order mark kept), or undefined when there is none yet; any
 * other failure to read throws. Bytes that are not UTF-8 throw too: read with replacement
 * characters, a sidecar written back would lose what they stood for.
 */
export async function readSidecarSource(absolute: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('the file is not UTF-8 text');
  }
}

/** The article decoded as the extension decodes it, so offsets agree with the editor's. */
export async function readArticleText(absolute: string, maxBytes: number): Promise<DecodedArticle> {
  const { size } = await fs.stat(absolute);
  return size > maxBytes ? tooLarge(size, maxBytes) : decodeArticle(await fs.readFile(absolute), maxBytes);
}

/**
 * Writes through a temporary file in the same folder and one rename, so a reader (the
 * extension, git, another `annotate`) sees the old sidecar or the new one, never half of it.
 * The temporary name does not end in the sidecar suffix, so a folder walk never picks it up.
 */
export async function writeAtomically(absolute: string, text: string): Promise<void> {
  const folder = path.dirname(absolute);
  await fs.mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${path.basename(absolute)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = await fs.stat(absolute).then((s) => s.mode & 0o777, () => undefined);
  await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', ...(mode === undefined ? {} : { mode }) });
  try {
    await fs.rename(temp, absolute);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export interface SidecarSearch {
  /** Absolute sidecar paths in a stable order, each once. */
  readonly sidecars: string[];
  /** Inputs that name nothing on disk. */
  readonly missing: string[];
}

/**
 * Expands `check`'s inputs: a sidecar stands for itself, an article for its sidecar where
 * `place` says it is (if it has one: an article nobody annotated is not an error), a folder
 * for every sidecar under it, and under its mirror in the sidecar folder, outside the
 * excluded folders.
 */
export async function findSidecars(inputs: readonly string[], cwd: string, filter: PathFilter, warn: (message: string) => void, place: SidecarPlace = { folder: '' }): Promise<SidecarSearch> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) missing.push(input);
    // The filter's include side is every sidecar (SIDECAR_INCLUDE), so the walk finds only sidecars.
    else if (stat.isDirectory()) {
      for (const folder of [absolute, mirrorOf(place, absolute)]) {
        if (folder === undefined || !(await fs.stat(folder).then((s) => s.isDirectory(), () => false))) continue;
        found.push(...(await walkFolder(folder, filter, (where, message) => warn(`${where}: cannot list folder (${message})`))));
      }
    } else if (isSidecarPath(absolute)) found.push(absolute);
    else if (await fs.stat(sidecarOf(place, absolute)).then((s) => s.isFile(), () => false)) found.push(sidecarOf(place, absolute));
  }
  return { sidecars: [...new Set(found)], missing };
}

/** The include side of the filter: every sidecar; the exclude side is scan's. */
export const SIDECAR_INCLUDE = [`**/*${SIDECAR_SUFFIX}`];
