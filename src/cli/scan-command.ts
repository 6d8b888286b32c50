import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } from '../core/glob';
import { NameNodes } from '../core/link/actor-nodes';
import { documentFeaturesOfAll } from '../core/link/document-features';
import { linkWorkspace, type WorkspaceLinking } from '../core/link/workspace-linking';
import { toLazyScanJson, toScanJson, type LazyScanJson, type ScanDocument } from '../core/report/scan-json';
import { scanToMarkdown } from '../core/report/scan-markdown';
import { analyzeAll, type PoolOptions } from './analysis-pool';
import { parseArgs, single, UsageError, type ParsedArgs } from './args';
import { collectArticles } from './article-files';
import { encodedBatches, jsonChunks } from './json-chunks';
import { readActorOverrides, readStoryOverrides } from './workspace-decisions';
import { STORIES_FILE } from '../core/stories/stories-file';
import type { CliIo } from './cli-io';
import { readDecisions } from './decisions-input';
import { FOLDER_FLAG, sidecarPlace } from './sidecar-place';
import type { Shown } from '../core/annotations/decisions';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Above this many documents JSON is written compact unless --pretty asks otherwise: it is for programs, and much smaller. */
export const COMPACT_JSON_DOCUMENTS = 500;

export const SCAN_USAGE = `usage: corroborate scan PATH... [--format json|markdown] [--pretty|--compact] [--include GLOB]... [--exclude GLOB]... [--max-size BYTES] [--detections-as-detected] [--annotations-folder FOLDER] [-o FILE]

Finds actors, figures, dates and claims in the article files under PATH (files or
folders) and links them across documents. JSON follows the schema in the README; it is
indented up to ${COMPACT_JSON_DOCUMENTS} documents and compact beyond (--pretty, --compact choose).
A detection a person rejected in the article's sidecar is left out of its document, the
clusters' counts and the discrepancies, as in the editor; --detections-as-detected shows
everything as detected. Sidecars are read where the editor keeps them: beside each article
(a.txt.annotations.yaml), or in the folder that corroborate.annotations.folder names in the
workspace's .vscode/settings.json (the nearest one at or above the working directory);
--annotations-folder FOLDER overrides it (--annotations-folder= for beside the articles).
`;

/** Shows what the detectors found, whatever people decided about it in the sidecars. */
export const AS_DETECTED = '--detections-as-detected';

export interface ScannedWorkspace {
  readonly documents: ScanDocument[];
  readonly linking: WorkspaceLinking;
  readonly flags: ParsedArgs;
  /** Which detections stand after the sidecars' rejections; undefined when none is rejected or with --detections-as-detected. */
  readonly stands: Shown | undefined;
}

/** Shared by `scan` and `report`: reads the articles, analyses and links them. */
export async function scanWorkspace(args: readonly string[], io: CliIo, pool?: PoolOptions): Promise<ScannedWorkspace> {
  const flags = parseArgs(args, ['--format', '--include', '--exclude', '--max-size', '-o', '--output', FOLDER_FLAG], ['--pretty', '--compact', AS_DETECTED]);
  if (flags.positional.length === 0) throw new UsageError('give at least one file or folder');
  const maxSize = single(flags, '--max-size');
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : Number(maxSize);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size takes a positive number of bytes');
  const filter = new PathFilter(flags.flags.get('--include') ?? DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, ...(flags.flags.get('--exclude') ?? [])]);
  const warn = (message: string): void => void io.stderr.write(`corroborate: ${message}\n`);
  const articles = await collectArticles(flags.positional, { cwd: io.cwd, filter, maxBytes, warn });
  const analyses = await analyzeAll(articles.map((article) => article.text), pool);
  const names = new NameNodes();
  const documents: ScanDocument[] = articles.map((article, i) => ({ path: article.path, ...analyses[i] }));
  // Each document's linking features, with the name keys linking then reuses (it finds the features cached).
  documentFeaturesOfAll(documents, names);
  const overrides = await readActorOverrides(io.cwd, warn);
  const storyOverrides = await readStoryOverrides(io.cwd, warn);
  const linking = linkWorkspace(documents, overrides, names, storyOverrides);
  for (const problem of linking.storyProblems) warn(`${STORIES_FILE}:${problem.line}: ${problem.message}`);
  const stands = flags.flags.has(AS_DETECTED) ? undefined : await readDecisions(articles, io.cwd, warn, await sidecarPlace(io.cwd, single(flags, FOLDER_FLAG)));
  return { documents, linking, flags, stands };
}

function jsonIndent(flags: ParsedArgs, documents: number): 0 | 2 {
  if (flags.flags.has('--pretty') && flags.flags.has('--compact')) throw new UsageError('give --pretty or --compact, not both');
  if (flags.flags.has('--pretty')) return 2;
  return flags.flags.has('--compact') || documents > COMPACT_JSON_DOCUMENTS ? 0 : 2;
}

export async function runScan(args: readonly string[], io: CliIo, pool?: PoolOptions): Promise<number> {
  const { documents, linking, flags, stands } = await scanWorkspace(args, io, pool);
  const format = single(flags, '--format') ?? 'json';
  if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format is json or markdown, not '${format}'`);
  const output = format === 'json' ? jsonOutput(toLazyScanJson(documents, linking, stands), flags) : scanToMarkdown(toScanJson(documents, linking, stands));
  await writeOutput(output, single(flags, '-o') ?? single(flags, '--output'), io);
  if (documents.length === 0) io.stderr.write('corroborate: no article files found\n');
  return 0;
}

/**
 * Each document's mentions are built as it is written and dropped after: a large scan never
 * holds a second copy of every mention as JSON-shaped objects.
 */
export function jsonOutput(scan: LazyScanJson, flags: ParsedArgs): Iterable<Uint8Array> {
  return encodedBatches(withNewline(jsonChunks(scan, jsonIndent(flags, scan.documents.length))));
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/** Writes text, or text or UTF-8 bytes in pieces (waiting when the stream asks to), to a file or stdout. */
export async function writeOutput(text: string | Iterable<string | Uint8Array>, file: string | undefined, io: CliIo): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  if (!file || file === '-') {
    for (const piece of pieces) {
      if (!io.stdout.write(piece)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    return;
  }
  const { open } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const handle = await open(resolve(io.cwd, file), 'w');
  try {
    for (const piece of pieces) await (typeof piece === 'string' ? handle.write(piece, null, 'utf8') : handle.write(piece));
  } finally {
    await handle.close();
  }
  io.stderr.write(`corroborate: wrote ${file}\n`);
}
