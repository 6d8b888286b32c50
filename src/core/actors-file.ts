import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { ActorOverrides } from './link/actor-linker';

/** Where the workspace keeps the user's decisions about who is who. */
export const ACTORS_FILE = '.corroborate/actors.yaml';

export interface FileProblem {
  /** 1-based line, as editors and the Problems panel show it. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedActorsFile {
  readonly overrides: ActorOverrides;
  readonly problems: readonly FileProblem[];
  /** False when the file could not be understood at all: callers must not write over it. */
  readonly usable: boolean;
}

/**
 * Reads the actors file:
 *   version: 1
 *   actors:
 *     - label: Steve Witkoff
 *       names: [Witkoff, Steven Witkoff]
 *   separate:
 *     - [Heller, Mark Heller]
 * Anything unexpected is reported with its line; what can be understood is still used.
 */
export function parseActorsFile(text: string): ParsedActorsFile {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lineOf = lineLocator(text);
  const problems: FileProblem[] = doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: e.message.split('\n')[0] }));
  if (doc.errors.length > 0) return { overrides: {}, problems, usable: false };
  const root = doc.contents;
  if (root === null || root === undefined) return { overrides: {}, problems, usable: true };
  if (!isMap(root)) return { overrides: {}, problems: [{ line: 1, message: 'expected a mapping with `actors` and `separate`' }], usable: false };

  const merges: string[][] = [];
  // A Map, then an object made by `fromEntries`: a name written as "__proto__" is then a key like any other.
  const labels = new Map<string, string>();
  const splits: string[][] = [];
  const actors = root.get('actors', true);
  if (actors !== undefined && actors !== null) {
    if (!isSeq(actors)) problems.push({ line: lineAt(doc, actors, lineOf), message: '`actors` should be a list' });
    else for (const item of actors.items) {
      const entry = isMap(item) ? item.toJSON() as { label?: unknown; names?: unknown } : undefined;
      const names = Array.isArray(entry?.names) ? entry.names.filter((n): n is string => typeof n === 'string') : [];
      const label = typeof entry?.label === 'string' ? entry.label : undefined;
      if (!label && names.length === 0) {
        problems.push({ line: lineAt(doc, item, lineOf), message: 'an actor needs a `label` or `names`' });
        continue;
      }
      const group = label ? [label, ...names] : names;
      merges.push(group);
      if (label) for (const name of group) labels.set(name, label);
    }
  }
  const separate = root.get('separate', true);
  if (separate !== undefined && separate !== null) {
    if (!isSeq(separate)) problems.push({ line: lineAt(doc, separate, lineOf), message: '`separate` should be a list of name lists' });
    else for (const item of separate.items) {
      const names = isSeq(item) ? (item.toJSON() as unknown[]).filter((n): n is string => typeof n === 'string') : [];
      if (names.length < 2) problems.push({ line: lineAt(doc, item, lineOf), message: 'each `separate` entry lists two or more names' });
      else splits.push(names);
    }
  }
  return { overrides: { merges, labels: Object.fromEntries(labels), splits }, problems, usable: true };
}

/** The 1-based line of an offset into `text`, as problems in a decisions file are reported. */
export function lineLocator(text: string): (offset: number) => number {
  return (offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  };
}

function lineAt(_doc: Document, node: unknown, lineOf: (offset: number) => number): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lineOf(range[0]) : 1;
}
