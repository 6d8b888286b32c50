import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isSidecarPath, SIDECAR_SUFFIX } from '../core/annotations/index';
import { PathFilter } from '../core/glob';
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
 * Expands `check`'s inputs: a sidecar stands for itself, an article for its default sidecar
 * (if it has one: an article nobody annotated is not an error), a folder for every sidecar
 * under it outside the excluded folders.
 */
export async function findSidecars(inputs: readonly string[], cwd: string, filter: PathFilter, warn: (message: string) => void): Promise<SidecarSearch> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) await walk(absolute, absolute, { filter, warn }, found);
    else if (isSidecarPath(absolute)) found.push(absolute);
    else if (await fs.stat(absolute + SIDECAR_SUFFIX).then((s) => s.isFile(), () => false)) found.push(absolute + SIDECAR_SUFFIX);
  }
  return { sidecars: [...new Set(found)], missing };
}

async function walk(root: string, folder: string, options: { filter: PathFilter; warn: (message: string) => void }, out: string[]): Promise<void> {
  const { filter } = options;
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: Error) => {
    options.warn(`${folder}: cannot list folder (${error.message})`);
    return [];
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (!filter.excludesFolder(relative)) await walk(root, absolute, options, out);
    } else if (entry.isFile() && isSidecarPath(entry.name) && filter.matches(relative)) out.push(absolute);
  }
}

/** The include side of the filter: every sidecar; the exclude side is scan's. */
export const SIDECAR_INCLUDE = [`**/*${SIDECAR_SUFFIX}`];
