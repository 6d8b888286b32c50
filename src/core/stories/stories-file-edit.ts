import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { inStyleOf } from '../file-style';
import { normalisePath, parseStoriesFile, STORIES_FILE } from './stories-file';

/** Why an edit of the stories file was refused; `line` is 1-based when the file itself is at fault. */
export class StoriesFileEditError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'StoriesFileEditError';
  }
}

const HEADER = [
  ' Corroborate: which articles tell one story. Each entry under `stories` is a story of exactly',
  ' those articles; each entry under `move` puts an article into the story of another one.',
].join('\n');

/**
 * Puts `document` into whatever story `to` is in. Earlier decisions about `document` (a move,
 * or a place in a declared story) give way, so the file never says two things about it.
 */
export function moveToStory(text: string, document: string, to: string): string {
  const from = normalisePath(document);
  const target = normalisePath(to);
  if (!from || !target) throw new StoriesFileEditError('Moving an article needs the article and one of the target story\'s articles.');
  if (from === target) return text;
  return edit(text, (file) => {
    if (file.moves().some((m) => m.document === from && m.to === target) && !file.declaredHolding(from)) return false;
    file.forget([from]);
    file.list('move').items.push(file.doc.createNode({ document: from, to: target }));
    return true;
  });
}

/**
 * Declares a story of exactly `documents` (a split of a found story, or an article on its own),
 * shown as `label` when given. The documents leave any story or move the file gave them before.
 */
export function declareStory(text: string, documents: readonly string[], label?: string): string {
  const members = [...new Set(documents.map(normalisePath).filter(Boolean))].sort();
  if (members.length === 0) throw new StoriesFileEditError('A story needs at least one article.');
  const shown = label?.trim();
  return edit(text, (file) => {
    file.forget(members);
    const entry = new YAMLMap();
    if (shown) entry.set('label', shown);
    const list = new YAMLSeq();
    list.flow = true;
    list.items = members.map((path) => file.doc.createNode(path));
    entry.set('documents', list);
    file.list('stories').items.push(entry);
    return true;
  });
}

/** Parses `text`, refusing a file that cannot be edited safely, applies `change` and prints the result. */
function edit(text: string, change: (file: StoriesDocument) => boolean): string {
  const parsed = parseStoriesFile(text);
  if (!parsed.usable) {
    const problem = parsed.problems[0];
    throw new StoriesFileEditError(
      `${STORIES_FILE} line ${problem?.line ?? 1} cannot be read (${problem?.message ?? 'not a mapping'}); fix or remove it, then try again.`,
      problem?.line ?? 1,
    );
  }
  const file = new StoriesDocument(text);
  if (!change(file)) return text;
  file.dropEmpty();
  // Long lines stay on one line and line endings and a byte-order mark are kept, so a diff shows the decision only.
  const printed = file.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return inStyleOf(text, printed);
}

/** The YAML document of the stories file, with the few operations the edits need. */
class StoriesDocument {
  readonly doc: Document;
  private readonly root: YAMLMap;

  constructor(text: string) {
    this.doc = parseDocument(text, { uniqueKeys: true });
    if (this.doc.contents === null || this.doc.contents === undefined) {
      const root = new YAMLMap();
      root.set('version', 1);
      this.doc.contents = root;
      if (!text.trim()) this.doc.commentBefore = HEADER;
    }
    this.root = this.doc.contents as YAMLMap;
    if (this.root.items.length === 0) this.root.flow = false;
  }

  /** The list under `key`, made when missing (or when a person left the key empty). */
  list(key: 'stories' | 'move'): YAMLSeq {
    const found = this.root.get(key, true);
    if (isSeq(found)) {
      if (found.items.length === 0) found.flow = false;
      return found;
    }
    const fresh = new YAMLSeq();
    this.root.set(key, fresh);
    return fresh;
  }

  moves(): { document: string; to: string }[] {
    const found = this.root.get('move', true);
    if (!isSeq(found)) return [];
    return found.items.filter(isMap).map((item) => ({ document: stringAt(item, 'document'), to: stringAt(item, 'to') }));
  }

  declaredHolding(path: string): boolean {
    const found = this.root.get('stories', true);
    return isSeq(found) && found.items.some((item) => isMap(item) && documentsOf(item).some((node) => sameString(node, path)));
  }

  /** Takes `paths` out of every declared story and drops every move of them. */
  forget(paths: readonly string[]): void {
    const gone = new Set(paths);
    const stories = this.root.get('stories', true);
    if (isSeq(stories)) {
      for (const item of stories.items) {
        const list = isMap(item) ? item.get('documents', true) : undefined;
        if (isSeq(list)) list.items = list.items.filter((node) => !(isScalar(node) && typeof node.value === 'string' && gone.has(normalisePath(node.value))));
      }
    }
    const moves = this.root.get('move', true);
    if (isSeq(moves)) moves.items = moves.items.filter((item) => !(isMap(item) && gone.has(normalisePath(stringAt(item, 'document')))));
  }

  /** A declared story left without articles, and an empty list, say nothing: they go. */
  dropEmpty(): void {
    const stories = this.root.get('stories', true);
    if (isSeq(stories)) stories.items = stories.items.filter((item) => !isMap(item) || documentsOf(item).length > 0);
    for (const key of ['stories', 'move']) {
      const list = this.root.get(key, true);
      if (isSeq(list) && list.items.length === 0) this.root.delete(key);
    }
  }
}

function documentsOf(entry: YAMLMap): unknown[] {
  const list = entry.get('documents', true);
  return isSeq(list) ? list.items : [];
}

function stringAt(entry: YAMLMap, key: string): string {
  const value = entry.get(key);
  return typeof value === 'string' ? normalisePath(value) : '';
}

function sameString(node: unknown, path: string): boolean {
  return isScalar(node) && typeof node.value === 'string' && normalisePath(node.value) === path;
}
