import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { lineLocator, type FileProblem } from '../actors-file';

/** Where the workspace keeps a person's decisions about which articles tell one story. */
export const STORIES_FILE = '.corroborate/stories.yaml';

/** A story a person declared: exactly these documents, taken out of the stories found for them. */
export interface DeclaredStory {
  readonly label?: string;
  readonly documents: readonly string[];
  /** 1-based line of the entry, for problems found when it is applied. */
  readonly line: number;
}

/** An article a person moved into the story of another article. */
export interface StoryMove {
  readonly document: string;
  readonly to: string;
  readonly line: number;
}

export interface StoryOverrides {
  readonly stories?: readonly DeclaredStory[];
  readonly moves?: readonly StoryMove[];
}

export interface ParsedStoriesFile {
  readonly overrides: StoryOverrides;
  readonly problems: readonly FileProblem[];
  /** False when the file could not be understood at all: callers must not write over it. */
  readonly usable: boolean;
}

/**
 * Reads the stories file:
 *   version: 1
 *   stories:            # each entry is one story of exactly these articles (a split, or a new grouping)
 *     - label: Dallas Ebola patient
 *       documents: [news/a.txt, news/b.txt]
 *   move:               # an article goes into whatever story another article is in
 *     - document: news/c.txt
 *       to: news/a.txt
 * Paths are relative to the workspace folder, with `/`. Anything unexpected is reported with
 * its line; what can be understood is still used.
 */
export function parseStoriesFile(text: string): ParsedStoriesFile {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lineOf = lineLocator(text);
  const problems: FileProblem[] = doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: e.message.split('\n')[0] }));
  if (doc.errors.length > 0) return { overrides: {}, problems, usable: false };
  const root = doc.contents;
  if (root === null || root === undefined) return { overrides: {}, problems, usable: true };
  if (!isMap(root)) return { overrides: {}, problems: [{ line: 1, message: 'expected a mapping with `stories` and `move`' }], usable: false };
  const lineAt = (node: unknown): number => lineOf((node as Node | null)?.range?.[0] ?? 0);

  const stories: DeclaredStory[] = [];
  const declared = root.get('stories', true);
  if (declared !== undefined && declared !== null) {
    if (!isSeq(declared)) problems.push({ line: lineAt(declared), message: '`stories` should be a list' });
    else for (const item of declared.items) {
      const entry = isMap(item) ? item.toJSON() as { label?: unknown; documents?: unknown } : undefined;
      const documents = Array.isArray(entry?.documents) ? entry.documents.filter((p): p is string => typeof p === 'string').map(normalisePath) : [];
      if (documents.length === 0) {
        problems.push({ line: lineAt(item), message: 'a story needs `documents`, a list of paths' });
        continue;
      }
      const label = typeof entry?.label === 'string' && entry.label.trim() ? entry.label.trim() : undefined;
      stories.push(label ? { label, documents, line: lineAt(item) } : { documents, line: lineAt(item) });
    }
  }
  const moves: StoryMove[] = [];
  const move = root.get('move', true);
  if (move !== undefined && move !== null) {
    if (!isSeq(move)) problems.push({ line: lineAt(move), message: '`move` should be a list of `document` and `to`' });
    else for (const item of move.items) {
      const entry = isMap(item) ? item.toJSON() as { document?: unknown; to?: unknown } : undefined;
      if (typeof entry?.document !== 'string' || typeof entry.to !== 'string') {
        problems.push({ line: lineAt(item), message: 'each move needs `document` and `to`, two paths' });
        continue;
      }
      moves.push({ document: normalisePath(entry.document), to: normalisePath(entry.to), line: lineAt(item) });
    }
  }
  for (const pair of root.items) {
    const key = (pair.key as { value?: unknown } | null)?.value;
    if (key !== 'version' && key !== 'stories' && key !== 'move') problems.push({ line: lineAt(pair.key), message: `unknown key '${String(key)}' (expected \`stories\` or \`move\`)` });
  }
  return { overrides: { stories, moves }, problems, usable: true };
}

/** As the scan names documents: `/` between folders, no leading `./`. */
export function normalisePath(path: string): string {
  return path.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
