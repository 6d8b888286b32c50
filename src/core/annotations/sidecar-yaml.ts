import { Document, LineCounter, isMap, isScalar, parseDocument, type ToStringOptions } from 'yaml';
import type { FileProblem } from '../actors-file';
import { plainFile } from './canonical';
import { SIDECAR_VERSION, type Annotation, type AnnotationsFile } from './model';
import { NodeReader, RELATIVE_PATH, TEXT_HASH } from './node-reader';
import { readAnnotation } from './sidecar-read';
import { syncDocument } from './sidecar-sync';

/** Larger sidecars are not read: no one writes that many notes on one article. */
export const MAX_SIDECAR_CHARS = 10_000_000;

export interface ParsedSidecar {
  /** False when the file cannot be trusted: show the problems, never write over it. */
  readonly usable: boolean;
  readonly problems: readonly FileProblem[];
  /** What could be read: every valid annotation. Complete only when `usable`; absent for an empty file. */
  readonly file?: AnnotationsFile;
  readonly source: string;
  /** The parsed YAML, which `writeSidecar` updates (a copy of) so comments and layout survive. */
  readonly document?: Document;
}

export const STRINGIFY: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true };

export function parseSidecar(source: string): ParsedSidecar {
  if (source.length > MAX_SIDECAR_CHARS) return unusable(source, 1, `the sidecar is larger than ${MAX_SIDECAR_CHARS} characters`);
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return unusable(source, 1, `the sidecar could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lineAt = (offset: number): number => Math.max(1, lines.linePos(offset).line);
  const syntax = [...doc.errors, ...doc.warnings].map((e) => ({ line: lineAt(e.pos[0]), message: readable(e.message) }));
  if (syntax.length > 0) return { usable: false, problems: syntax, source };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { usable: true, problems: [], source, document: doc };

  const reader = new NodeReader(lines);
  const root = reader.map(doc.contents, 'sidecar', ['version', 'article', 'textHash', 'annotations']);
  if (!root) return { usable: false, problems: reader.problems, source };
  const version = reader.number(root, 'version', 'sidecar', { integer: true, min: 1, required: true });
  if (version !== undefined && version !== SIDECAR_VERSION) {
    return { usable: false, problems: [{ line: reader.lineOf(root.get('version', true)), message: `this sidecar is version ${version}, written by a newer Corroborate; it is left as it is` }], source };
  }
  const article = reader.string(root, 'article', 'sidecar', { required: true, pattern: RELATIVE_PATH });
  const textHash = reader.string(root, 'textHash', 'sidecar', { required: true, pattern: TEXT_HASH });
  const annotations: Annotation[] = [];
  const listNode = reader.field(root, 'annotations');
  const list = listNode === undefined ? undefined : reader.seq(listNode, 'annotations');
  const seen = new Set<string>();
  list?.items.forEach((item, index) => {
    const annotation = readAnnotation(reader, item, `annotations[${index}]`);
    if (!annotation) return;
    if (seen.has(annotation.id)) reader.report(isMap(item) ? item.get('id', true) : item, `the id ${annotation.id} is used twice`);
    else annotations.push(annotation);
    seen.add(annotation.id);
  });
  const file: AnnotationsFile = { version: SIDECAR_VERSION, article: article ?? '', textHash: textHash ?? '', annotations };
  const problems = [...reader.problems].sort((a, b) => a.line - b.line);
  return { usable: problems.length === 0, problems, file, source, document: doc };
}

/**
 * The sidecar text for `next`. Given the sidecar as read, the same document is updated in
 * place: only values that changed are touched, new annotations are added and removed ones
 * dropped, so comments, blank lines and hand-made layout stay; when nothing changed, the
 * text comes back byte for byte. Without it, a fresh file is written in the fixed order.
 */
export function writeSidecar(next: AnnotationsFile, previous?: ParsedSidecar): string {
  if (previous && !previous.usable) throw new Error('refusing to write over a sidecar that did not validate');
  const desired = plainFile(next);
  if (previous?.file && JSON.stringify(plainFile(previous.file)) === JSON.stringify(desired)) return previous.source;
  const doc = previous?.document ? previous.document.clone() : new Document();
  syncDocument(doc, desired);
  const text = inLayoutOf(previous?.source ?? '', doc.toString(STRINGIFY));
  const check = parseSidecar(text);
  if (!check.usable) throw new Error(`the sidecar written would not validate: ${check.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return text;
}

/** A file saved with CRLF line ends or a byte-order mark keeps them, or every line would differ. */
function inLayoutOf(source: string, text: string): string {
  const crlf = source.includes('\r\n') && !/(^|[^\r])\n/.test(source);
  const bom = source.startsWith('\uFEFF') && !text.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}

function readable(message: string): string {
  return /call stack/i.test(message) ? 'the YAML is nested too deeply to read' : message.split('\n')[0];
}

function unusable(source: string, line: number, message: string): ParsedSidecar {
  return { usable: false, problems: [{ line, message }], source };
}
