import * as path from 'node:path';
import { createAnnotation, emptySidecar, isSidecarPath, parseSidecar, reanchorFile, SIDECAR_SUFFIX, writeSidecar, type ParsedSidecar } from '../core/annotations/index';
import type { Span } from '../core/text/span';
import { parseArgs, single, UsageError } from './args';
import { displayPath } from './article-files';
import type { CliIo } from './cli-io';
import { DEFAULT_MAX_BYTES } from './scan-command';
import { readArticleText, readSidecarSource, writeAtomically } from './sidecar-files';
import { FOLDER_FLAG, sidecarOf, sidecarPlace } from './sidecar-place';
import { annotationOptions, defaultType } from './sidecar-input';

export const ANNOTATE_USAGE = `usage: corroborate annotate FILE --start N --end M --kind actor|number|claim [--type TYPE]
         [--status unverified|verified|disputed|needs-source] [--note TEXT] [--value V]
         [--label L]... [--detection confirmed|rejected] [--author NAME] [--sidecar PATH] [--max-size BYTES]
         [--annotations-folder FOLDER]

Records a decision about the text of FILE from offset N to M (UTF-16 code units, end
exclusive, as the editor and 'scan' count them) in its sidecar, FILE${SIDECAR_SUFFIX}
(or its mirror in the folder corroborate.annotations.folder or --annotations-folder names,
as 'scan' reads them) unless --sidecar names another, and prints the new annotation's id. The annotations
already there are re-anchored to the text as it reads now; comments in the sidecar stay.
--type defaults to what detection finds on the span (person, count), or quote for a
claim in quotation marks. --value is a name or a mapping such as {amount: 40, unit:
percent}. --detection records a verdict on what the detector found there: a rejected
detection is left out of 'scan', 'report' and the editor. --author defaults to $CORROBORATE_AUTHOR. A sidecar that does not validate is
never written over.
`;

const VALUE_FLAGS = ['--start', '--end', '--kind', '--type', '--status', '--note', '--value', '--label', '--detection', '--author', '--sidecar', '--max-size', FOLDER_FLAG];

export async function runAnnotate(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseArgs(args, VALUE_FLAGS, []);
  if (flags.positional.length !== 1) throw new UsageError('give exactly one article file');
  const options = annotationOptions(flags, single(flags, '--author') ?? (io.env ?? process.env).CORROBORATE_AUTHOR);
  const requested = { start: offset(single(flags, '--start'), '--start'), end: offset(single(flags, '--end'), '--end') };
  const maxBytes = Number(single(flags, '--max-size') ?? DEFAULT_MAX_BYTES);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size takes a positive number of bytes');
  const article = path.resolve(io.cwd, flags.positional[0]);
  const named = single(flags, '--sidecar');
  const sidecar = named !== undefined ? path.resolve(io.cwd, named) : sidecarOf(await sidecarPlace(io.cwd, single(flags, FOLDER_FLAG)), article);
  if (isSidecarPath(article)) throw new UsageError('FILE is a sidecar; give the article it belongs to');
  if (!isSidecarPath(sidecar)) throw new UsageError(`--sidecar must end in ${SIDECAR_SUFFIX}, or 'check' would not find it`);
  const shown = displayPath(io.cwd, article);
  const shownSidecar = displayPath(io.cwd, sidecar);
  const refuse = (message: string): number => {
    io.stderr.write(`corroborate annotate: ${message}\nNothing was written.\n`);
    return 2;
  };

  const decoded = await readArticleText(article, maxBytes).catch((error: Error) => ({ ok: false as const, message: `cannot read it (${error.message})` }));
  if (!decoded.ok) return refuse(`${shown}: ${decoded.message}`);
  const text = decoded.text;
  const span = trimmed(text, requested);
  if (typeof span === 'string') return refuse(`${shown}: ${span}`);

  let source: string | undefined;
  try {
    source = await readSidecarSource(sidecar);
  } catch (error) {
    return refuse(`${shownSidecar} cannot be read (${error instanceof Error ? error.message : String(error)}), so it is left as it is`);
  }
  const parsed: ParsedSidecar | undefined = source === undefined ? undefined : parseSidecar(source);
  if (parsed && !parsed.usable) {
    const problems = parsed.problems.map((p) => `${shownSidecar}:${p.line}: ${p.message}`).join('\n');
    return refuse(`${shownSidecar} does not validate, so it is left as it is; correct it by hand first.\n${problems}`);
  }
  const field = path.relative(path.dirname(sidecar), article).split(path.sep).join('/');
  if (parsed?.file && path.resolve(path.dirname(sidecar), parsed.file.article) !== article) {
    return refuse(`${shownSidecar} holds the annotations of ${parsed.file.article}, not of ${shown}`);
  }

  const current = parsed?.file ? reanchorFile(parsed.file, text).file : emptySidecar(field, text);
  const input = { ...options, type: options.type ?? defaultType(options.kind, text, span) };
  const annotation = createAnnotation(text, span, input, { now: () => new Date(), random: Math.random }, new Set(current.annotations.map((a) => a.id)));
  const output = writeSidecar({ ...current, annotations: [...current.annotations, annotation] }, parsed);
  // The extension or another annotate may have saved in between: better to ask for a rerun than to lose its change.
  if ((await readSidecarSource(sidecar).catch(() => null)) !== source) return refuse(`${shownSidecar} changed while annotating; run the command again`);
  await writeAtomically(sidecar, output);

  const orphans = current.annotations.filter((a) => a.anchor.state === 'orphaned').length;
  if (orphans > 0) io.stderr.write(`corroborate annotate: ${orphans} earlier annotation${orphans === 1 ? '' : 's'} in ${shownSidecar} no longer find their text; 'corroborate check' lists them\n`);
  io.stdout.write(`${annotation.id}\n`);
  return 0;
}

function offset(value: string | undefined, name: string): number {
  if (value === undefined) throw new UsageError(`${name} is required`);
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes an offset: a whole number from 0`);
  return Number(value);
}

/** The span without the white space around it, or why it cannot be annotated. */
function trimmed(text: string, span: Span): Span | string {
  const { length } = text;
  if (span.end > length) return `the range ${span.start}..${span.end} ends beyond the text (${length} UTF-16 code units)`;
  if (span.start >= span.end) return `the range ${span.start}..${span.end} is empty; --end must be greater than --start`;
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) return `the range ${span.start}..${span.end} cuts a character in half (offsets count UTF-16 code units)`;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start === end ? `the range ${span.start}..${span.end} holds only white space` : { start, end };
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
