import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } from '../core/glob';
import { linkWorkspace, type WorkspaceLinking } from '../core/link/workspace-linking';
import { toScanJson, type ScanDocument } from '../core/report/scan-json';
import { scanToMarkdown } from '../core/report/scan-markdown';
import { analyzeAll, type PoolOptions } from './analysis-pool';
import { parseArgs, single, UsageError, type ParsedArgs } from './args';
import { collectArticles } from './article-files';
import { readActorOverrides } from './actor-overrides';
import type { CliIo } from './run';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export const SCAN_USAGE = `usage: corroborate scan PATH... [--format json|markdown] [--include GLOB]... [--exclude GLOB]... [--max-size BYTES] [-o FILE]

Finds actors, figures, dates and claims in the article files under PATH (files or
folders) and links them across documents. JSON follows the schema in the README.
`;

export interface ScannedWorkspace {
  readonly documents: ScanDocument[];
  readonly linking: WorkspaceLinking;
  readonly flags: ParsedArgs;
}

/** Shared by `scan` and `report`: reads the articles, analyses and links them. */
export async function scanWorkspace(args: readonly string[], io: CliIo, pool?: PoolOptions): Promise<ScannedWorkspace> {
  const flags = parseArgs(args, ['--format', '--include', '--exclude', '--max-size', '-o', '--output'], []);
  if (flags.positional.length === 0) throw new UsageError('give at least one file or folder');
  const maxSize = single(flags, '--max-size');
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : Number(maxSize);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size takes a positive number of bytes');
  const filter = new PathFilter(flags.flags.get('--include') ?? DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, ...(flags.flags.get('--exclude') ?? [])]);
  const warn = (message: string): void => void io.stderr.write(`corroborate: ${message}\n`);
  const articles = await collectArticles(flags.positional, { cwd: io.cwd, filter, maxBytes, warn });
  const analyses = await analyzeAll(articles.map((article) => article.text), pool);
  const documents: ScanDocument[] = articles.map((article, i) => ({ path: article.path, ...analyses[i] }));
  const overrides = await readActorOverrides(io.cwd, warn);
  return { documents, linking: linkWorkspace(documents, overrides), flags };
}

export async function runScan(args: readonly string[], io: CliIo, pool?: PoolOptions): Promise<number> {
  const { documents, linking, flags } = await scanWorkspace(args, io, pool);
  const scan = toScanJson(documents, linking);
  const format = single(flags, '--format') ?? 'json';
  if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format is json or markdown, not '${format}'`);
  const output = format === 'json' ? `${JSON.stringify(scan, null, 2)}\n` : scanToMarkdown(scan);
  await writeOutput(output, single(flags, '-o') ?? single(flags, '--output'), io);
  if (scan.documents.length === 0) io.stderr.write('corroborate: no article files found\n');
  return 0;
}

export async function writeOutput(text: string, file: string | undefined, io: CliIo): Promise<void> {
  if (!file || file === '-') {
    io.stdout.write(text);
    return;
  }
  const { writeFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  await writeFile(resolve(io.cwd, file), text, 'utf8');
  io.stderr.write(`corroborate: wrote ${file}\n`);
}
