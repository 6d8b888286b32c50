import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import { isMap, isSeq } from 'yaml';
import {
  checkExitCode, checkLine, checkSidecar, checkSummary, errorLine, parseSidecar, relocateSidecar, retargetLinks, writeSidecar, type AnnotationsFile,
  type AnchorFix, type CheckedAnnotation, type CheckError, type CheckReport, type ParsedSidecar, type ReportPlace,
} from '../core/annotations/index';
import { DEFAULT_EXCLUDE, PathFilter } from '../core/glob';
import { LineIndex } from '../core/text/line-index';
import { parseArgs, single, UsageError } from './args';
import { displayPath } from './article-files';
import type { CliIo } from './cli-io';
import { DEFAULT_MAX_BYTES } from './scan-command';
import { corePath, RenameFinder } from './link-renames';
import { FOLDER_FLAG, sidecarPlace } from './sidecar-place';
import { findSidecars, readArticleText, readSidecarSource, SIDECAR_INCLUDE, writeAtomically } from './sidecar-files';

export const CHECK_USAGE = `usage: corroborate check [PATH...] [--format text|json] [--fix] [--exclude GLOB]... [--max-size BYTES] [--annotations-folder FOLDER]

Looks for every annotation in the sidecars under PATH (sidecars, articles or folders;
default the current folder) in its article as it reads now: exact, shifted (same words,
elsewhere), fuzzy (nearly the same words, with a score) or orphaned (gone). Text output
lists what is not exact and what is wrong; JSON is {"version": 1, "annotations": [...],
"errors": [...]}. --fix writes the positions found back into the sidecars; a sidecar
that does not validate is never written. Exit 0 when every annotation is found, 1 when
some are orphaned, 2 on errors (a sidecar that does not validate, a missing article).
With --fix, an annotation found word for word is written as exact at its new place and
each change is listed; a fuzzy one (words changed inside it) keeps its state until a
person accepts it in the editor. A sidecar moved along with its article (git mv) and
links whose article is missing at the linked path follow the article to its new place:
the file beside the moved sidecar, or else the one article under PATH that holds the
linked text. Without --fix these are reported. Sidecars kept in the folder that
corroborate.annotations.folder (or --annotations-folder) names are found as 'scan' finds them.
`;

interface Checked {
  readonly annotation: CheckedAnnotation;
  readonly at: ReportPlace;
}

export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseArgs(args, ['--format', '--exclude', '--max-size', FOLDER_FLAG], ['--fix']);
  const format = single(flags, '--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not '${format}'`);
  const maxBytes = Number(single(flags, '--max-size') ?? DEFAULT_MAX_BYTES);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size takes a positive number of bytes');
  const filter = new PathFilter(SIDECAR_INCLUDE, [...DEFAULT_EXCLUDE, ...(flags.flags.get('--exclude') ?? [])]);
  const warn = (message: string): void => void io.stderr.write(`corroborate check: ${message}\n`);
  const inputs = flags.positional.length > 0 ? flags.positional : ['.'];
  const { sidecars, missing } = await findSidecars(inputs, io.cwd, filter, warn, await sidecarPlace(io.cwd, single(flags, FOLDER_FLAG)));

  const checked: Checked[] = [];
  const errors: CheckError[] = missing.map((input) => ({ path: input, line: 1, message: 'no such file or folder' }));
  const lines: string[] = errors.map(errorLine);
  const roots = await Promise.all(inputs.map(async (input) => {
    const absolute = path.resolve(io.cwd, input);
    return (await stat(absolute).then((st) => st.isDirectory(), () => false)) ? absolute : path.dirname(absolute);
  }));
  const renames = await RenameFinder.of(sidecars, [...new Set(roots)], maxBytes);
  const options = { io, maxBytes, fix: flags.flags.has('--fix'), warn, renames };
  for (const sidecar of sidecars) {
    const result = await checkOne(sidecar, options);
    errors.push(...result.errors);
    checked.push(...result.checked);
    lines.push(...result.errors.map(errorLine), ...result.checked.filter((c) => c.annotation.anchor !== 'exact').map((c) => checkLine(c.annotation, c.at)));
  }
  const report: CheckReport = { version: 1, annotations: checked.map((c) => c.annotation), errors };
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : [...lines, checkSummary(report, sidecars.length), ''].join('\n'));
  return checkExitCode(report);
}

interface CheckOptions {
  readonly io: CliIo;
  readonly maxBytes: number;
  readonly fix: boolean;
  readonly warn: (message: string) => void;
  readonly renames: RenameFinder;
}

async function checkOne(sidecar: string, options: CheckOptions): Promise<{ checked: Checked[]; errors: CheckError[] }> {
  const shown = displayPath(options.io.cwd, sidecar);
  const failed = (message: string, line = 1): { checked: Checked[]; errors: CheckError[] } => ({ checked: [], errors: [{ path: shown, line, message }] });
  let source: string | undefined;
  try {
    source = await readSidecarSource(sidecar);
  } catch (error) {
    return failed(`cannot read the sidecar (${error instanceof Error ? error.message : String(error)})`);
  }
  if (source === undefined) return failed('the sidecar is gone');
  const parsed = parseSidecar(source);
  if (!parsed.usable) return { checked: [], errors: parsed.problems.map((p) => ({ path: shown, line: p.line, message: p.message })) };
  if (!parsed.file) return { checked: [], errors: [] };

  let file = parsed.file;
  let article = path.resolve(path.dirname(sidecar), file.article);
  const notes: string[] = [];
  const along = options.renames.movedAlong(article);
  if (along && !options.fix) {
    return failed(`the article ${file.article} is missing; it seems to have moved to ${displayPath(options.io.cwd, along)} with this sidecar ('check --fix' follows it)`);
  }
  if (along) {
    const recorded = file.article;
    file = relocateSidecar(file, corePath(article), corePath(along), corePath(sidecar));
    notes.push(`article: ${recorded} → ${file.article}`);
    article = along;
  }
  file = await followLinks(file, article, options, notes);
  const decoded = await readArticleText(article, options.maxBytes).catch((error: NodeJS.ErrnoException) => ({
    ok: false as const,
    message: error.code === 'ENOENT' ? 'missing' : `unreadable (${error.message})`,
  }));
  if (!decoded.ok) return failed(decoded.message === 'missing' ? `the article ${file.article} is missing` : `the article ${file.article} is ${decoded.message}`);
  if (decoded.warning) options.warn(`${displayPath(options.io.cwd, article)}: ${decoded.warning}`);

  const shownArticle = displayPath(options.io.cwd, article);
  const result = checkSidecar(file, decoded.text, shownArticle);
  const articleLines = new LineIndex(decoded.text);
  const sidecarLines = annotationLines(parsed);
  const checked = result.annotations.map((annotation): Checked => {
    if (annotation.start === undefined) return { annotation, at: { path: shown, line: sidecarLines.get(annotation.id) ?? 1, column: 1 } };
    const { line, character } = articleLines.positionAt(annotation.start);
    return { annotation, at: { path: shownArticle, line: line + 1, column: character + 1 } };
  });
  if (options.fix) {
    const output = writeSidecar(result.fixed, parsed);
    if (output !== source) {
      // Someone may have saved in between: their change wins, and the next check sees it.
      if ((await readSidecarSource(sidecar)) !== source) return { checked, errors: [{ path: shown, line: 1, message: 'the sidecar changed while it was checked; not fixed, run again' }] };
      await writeAtomically(sidecar, output);
      options.warn(`updated ${shown}`);
      for (const note of notes) options.warn(`  ${note}`);
      for (const fix of result.fixes) options.warn(`  ${fixLine(fix, shownArticle, articleLines)}`);
    }
  }
  return { checked, errors: [] };
}

/**
 * Links whose article is missing at the linked path: rewritten to where it went with --fix
 * (each rewrite added to `notes`), reported otherwise. Links that still reach a file are
 * left alone.
 */
async function followLinks(file: AnnotationsFile, article: string, options: CheckOptions, notes: string[]): Promise<AnnotationsFile> {
  const folder = path.dirname(article);
  const seen = new Set<string>();
  let current = file;
  for (const link of file.annotations.flatMap((a) => a.links ?? [])) {
    const target = path.resolve(folder, link.path);
    if (seen.has(target) || (await stat(target).then(() => true, () => false))) continue;
    seen.add(target);
    const place = await options.renames.newPlaceOf(target, link.exact, article);
    const from = displayPath(options.io.cwd, target);
    if (!place) {
      options.warn(`${displayPath(options.io.cwd, article)}: a link reaches ${from}, which is missing, and no single article holds its text`);
      continue;
    }
    const to = displayPath(options.io.cwd, place);
    if (!options.fix) {
      options.warn(`${displayPath(options.io.cwd, article)}: a link reaches ${from}, which is missing; it seems to have moved to ${to} ('check --fix' follows it)`);
      continue;
    }
    current = retargetLinks(current, corePath(article), corePath(target), corePath(place)) ?? current;
    notes.push(`links to ${from} → ${to}`);
  }
  return current;
}

/** What `--fix` wrote for one annotation, in the words of the states. */
function fixLine(fix: AnchorFix, article: string, lines: LineIndex): string {
  if (fix.start === undefined) return `${fix.id}: orphaned, its old position removed; re-attach it in the editor`;
  const { line, character } = lines.positionAt(fix.start);
  const at = `${article}:${line + 1}:${character + 1}`;
  if (fix.now === 'fuzzy') return `${fix.id}: fuzzy at ${at}, left for a person to confirm`;
  return `${fix.id}: ${fix.found === fix.now ? fix.now : `${fix.found} → ${fix.now}`} at ${at}`;
}

/** The line of each annotation's entry in the sidecar, where an orphan is best looked at. */
function annotationLines(parsed: ParsedSidecar): Map<string, number> {
  const lines = new Map<string, number>();
  const root = parsed.document?.contents;
  const list = isMap(root) ? root.get('annotations', true) : undefined;
  if (!isSeq(list)) return lines;
  const index = new LineIndex(parsed.source);
  for (const item of list.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string' && isMap(item) && item.range) lines.set(id, index.positionAt(item.range[0]).line + 1);
  }
  return lines;
}
