import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import { inStyleOf } from './file-style';
import { ACTORS_FILE, parseActorsFile } from './actors-file';
import { nameKey } from './link/name-key';

/** Why an edit of the actors file was refused; `line` is 1-based when the file itself is at fault. */
export class ActorsFileEditError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'ActorsFileEditError';
  }
}

const HEADER = [
  ' Corroborate: who is who across these articles. Each entry under `actors` is one actor',
  ' (`label` is the name shown for it); each list under `separate` names different actors.',
].join('\n');

/**
 * Makes `names` one actor, shown as `label` when given. An entry that already holds one
 * of the names is extended (several such entries become one), and `separate` lists that
 * would keep two of them apart lose all of those names but the first. Returns `text`
 * itself when the file already says so.
 */
export function mergeActors(text: string, names: readonly string[], label?: string): string {
  const wanted = distinct(names);
  const shown = label?.trim();
  if (label !== undefined && !shown) throw new ActorsFileEditError('An actor\'s label cannot be empty.');
  if (wanted.length < 2 && !shown) return text;
  return edit(text, (file) => join(file, wanted, shown));
}

/** Shows the actor holding `names` as `newLabel`, adding an entry for it when there is none. */
export function renameActor(text: string, names: readonly string[], newLabel: string): string {
  const wanted = distinct(names);
  if (wanted.length === 0) throw new ActorsFileEditError('Renaming needs at least one of the actor\'s names.');
  if (!newLabel.trim()) throw new ActorsFileEditError('An actor\'s label cannot be empty.');
  return edit(text, (file) => join(file, wanted, newLabel.trim()));
}

/**
 * Records that `names` are different actors. An `actors` entry holding two or more of
 * them keeps the first (in the order given) and lets the others go, so the file never
 * says both things at once.
 */
export function separateActors(text: string, names: readonly string[]): string {
  const apart = distinct(names);
  if (apart.length < 2) throw new ActorsFileEditError('Separating needs two or more different names.');
  return edit(text, (file) => {
    let changed = false;
    for (const entry of file.entries()) {
      const inside = apart.filter((name) => entry.holds(name));
      if (inside.length >= 2) changed = entry.remove(inside.slice(1)) || changed;
    }
    const lists = file.separateLists();
    if (lists.some((list) => apart.every((name) => list.some((n) => sameName(n, name))))) return changed;
    file.separateSeq(true)!.items.push(flowList(file.doc, apart));
    return true;
  });
}

/** The key the linker compares names by, so "Witkoff's" and "Witkoff" count as one name. */
function keyOf(name: string): string {
  return nameKey(name).skeleton || name.trim().toLowerCase();
}

function sameName(a: string, b: string): boolean {
  return keyOf(a) === keyOf(b);
}

function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name && !seen.has(keyOf(name))) {
      seen.add(keyOf(name));
      out.push(name);
    }
  }
  return out;
}

function join(file: ActorsDocument, names: readonly string[], label: string | undefined): boolean {
  const holding = file.entries().filter((entry) => names.some((n) => entry.holds(n)) || (label !== undefined && entry.holds(label)));
  let changed = false;
  let target = holding[0];
  if (!target) {
    target = file.addEntry();
    changed = true;
  }
  for (const other of holding.slice(1)) {
    target.absorb(other);
    file.remove(other.node);
    changed = true;
  }
  // The label first, so a name that is also the label is not listed twice.
  if (label !== undefined) changed = target.setLabel(label) || changed;
  changed = target.add(names) || changed;
  return file.dropSeparationsWithin(target.group()) || changed;
}

function flowList(doc: Document, names: readonly string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items = names.map((name) => doc.createNode(name));
  return seq;
}

/** Parses `text`, refusing a file that cannot be edited safely, applies `change` and prints the result. */
function edit(text: string, change: (file: ActorsDocument) => boolean): string {
  const parsed = parseActorsFile(text);
  if (!parsed.usable) {
    const problem = parsed.problems[0];
    throw new ActorsFileEditError(
      `${ACTORS_FILE} line ${problem?.line ?? 1} cannot be read (${problem?.message ?? 'not a mapping'}); fix or remove it, then try again.`,
      problem?.line ?? 1,
    );
  }
  const file = new ActorsDocument(text);
  if (!change(file)) return text;
  // The file keeps its own list indentation, line endings and byte-order mark, and long
  // lines stay on one line, so a diff shows the decision and nothing else.
  const indentSeq = !/^(actors|separate):[ \t]*\r?\n-/m.test(text);
  const printed = file.doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
  return inStyleOf(text, printed);
}

/** The YAML document of the actors file, with the few operations the edits need. */
class ActorsDocument {
  readonly doc: Document;
  private readonly root: YAMLMap;

  constructor(private readonly text: string) {
    this.doc = parseDocument(text, { uniqueKeys: true });
    if (this.doc.contents === null || this.doc.contents === undefined) {
      const root = new YAMLMap();
      root.set('version', 1);
      this.doc.contents = root;
      if (!text.trim()) this.doc.commentBefore = HEADER;
    }
    this.root = this.doc.contents as YAMLMap;
    if (this.root.items.length === 0) this.root.flow = false; // `{}` grows into a block mapping, one key per line
    this.ensureList('actors');
    this.ensureList('separate');
  }

  entries(): ActorEntry[] {
    const seq = this.root.get('actors', true);
    if (!isSeq(seq)) return [];
    return seq.items.filter(isMap).map((node) => new ActorEntry(this, node as YAMLMap));
  }

  addEntry(): ActorEntry {
    const node = new YAMLMap();
    this.actorsSeq().items.push(node);
    return new ActorEntry(this, node);
  }

  remove(entry: YAMLMap): void {
    const seq = this.actorsSeq();
    seq.items = seq.items.filter((item) => item !== entry);
    if (seq.items.length === 0) this.root.delete('actors');
  }

  separateSeq(create: boolean): YAMLSeq | undefined {
    const seq = this.root.get('separate', true);
    if (isSeq(seq)) return blockWhenEmpty(seq);
    if (!create) return undefined;
    return this.freshList('separate');
  }

  separateLists(): string[][] {
    return (this.separateSeq(false)?.items ?? []).map((item) => (isSeq(item) ? stringsOf(item) : []));
  }

  /** Drops from each `separate` list all but the first name of `group`; a list left with one name goes. */
  dropSeparationsWithin(group: readonly string[]): boolean {
    const seq = this.separateSeq(false);
    if (!seq) return false;
    const keys = new Set(group.map(keyOf));
    let changed = false;
    for (const item of [...seq.items]) {
      if (!isSeq(item)) continue;
      const inGroup = item.items.filter((n) => isScalar(n) && typeof n.value === 'string' && keys.has(keyOf(n.value)));
      if (inGroup.length < 2) continue;
      changed = true;
      item.items = item.items.filter((n) => !inGroup.slice(1).includes(n));
      if (stringsOf(item).length < 2) seq.items = seq.items.filter((other) => other !== item);
    }
    if (changed && seq.items.length === 0) this.root.delete('separate');
    return changed;
  }

  private actorsSeq(): YAMLSeq {
    const seq = this.root.get('actors', true);
    return isSeq(seq) ? blockWhenEmpty(seq) : this.freshList('actors');
  }

  /** An empty list under `key`, where an empty key already stands or else before `separate`, as a person would order them. */
  private freshList(key: 'actors' | 'separate'): YAMLSeq {
    const fresh = new YAMLSeq();
    if (this.root.has(key)) this.root.set(key, fresh);
    else {
      const at = key === 'actors' ? this.root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'separate') : -1;
      const pair = this.doc.createPair(key, fresh);
      if (at >= 0) this.root.items.splice(at, 0, pair);
      else this.root.items.push(pair);
    }
    return fresh;
  }

  /** A key the parser understood must hold a list (or nothing) before an edit may touch it. */
  private ensureList(key: string): void {
    const node = this.root.get(key, true) as Node | null | undefined;
    if (node === undefined || node === null || isSeq(node) || (isScalar(node) && node.value === null)) return;
    const line = node.range ? this.text.slice(0, node.range[0]).split('\n').length : 1;
    throw new ActorsFileEditError(`${ACTORS_FILE} line ${line}: \`${key}\` should be a list; fix it by hand, then try again.`, line);
  }
}

/** `actors: []` written by hand becomes a block list once it has entries: one entry per line diffs best. */
function blockWhenEmpty(seq: YAMLSeq): YAMLSeq {
  if (seq.items.length === 0) seq.flow = false;
  return seq;
}

function stringsOf(seq: YAMLSeq): string[] {
  return seq.items.flatMap((n) => (isScalar(n) && typeof n.value === 'string' ? [n.value] : []));
}

/** One map under `actors`: an optional label and a list of names, all of which count as names of the actor. */
class ActorEntry {
  constructor(private readonly file: ActorsDocument, readonly node: YAMLMap) {}

  label(): string | undefined {
    const value: unknown = this.node.get('label');
    return typeof value === 'string' ? value : undefined;
  }

  names(): string[] {
    const seq = this.node.get('names', true);
    return isSeq(seq) ? stringsOf(seq) : [];
  }

  /** What the parser joins: the label and every name. */
  group(): string[] {
    const label = this.label();
    return label ? [label, ...this.names()] : this.names();
  }

  holds(name: string): boolean {
    return this.group().some((n) => sameName(n, name));
  }

  add(names: readonly string[]): boolean {
    const missing = names.filter((name) => !this.holds(name));
    if (missing.length === 0) return false;
    const seq = this.namesSeq();
    for (const name of missing) seq.items.push(this.file.doc.createNode(name));
    return true;
  }

  /** Replaces the label; the old one stops counting as a name (callers pass it among the names to keep it). */
  setLabel(label: string): boolean {
    if (this.label() === label) return false;
    if (this.node.has('label')) this.node.set('label', label);
    else this.node.items.unshift(this.file.doc.createPair('label', label));
    return true;
  }

  /** Takes over another entry's names; its label becomes this label, or a name when this one has a label. */
  absorb(other: ActorEntry): void {
    const label = other.label();
    if (label && !this.label()) this.setLabel(label);
    else if (label) this.add([label]);
    this.add(other.names());
  }

  /** Lets `names` go; an entry left without a label and with one name or none says nothing and goes too. */
  remove(names: readonly string[]): boolean {
    let changed = false;
    const label = this.label();
    if (label && names.some((n) => sameName(n, label))) {
      this.node.delete('label');
      changed = true;
    }
    const seq = this.node.get('names', true);
    if (isSeq(seq)) {
      const kept = seq.items.filter((n) => !(isScalar(n) && typeof n.value === 'string' && names.some((name) => sameName(name, n.value as string))));
      changed = changed || kept.length !== seq.items.length;
      seq.items = kept;
    }
    if (changed && !this.label() && this.names().length <= 1) this.file.remove(this.node);
    return changed;
  }

  /** The names list, created in flow style (`[a, b]`) as the file's own example reads; a lone name written as a scalar joins it. */
  private namesSeq(): YAMLSeq {
    const existing = this.node.get('names', true);
    if (isSeq(existing)) return existing;
    const seq = new YAMLSeq();
    seq.flow = true;
    if (isScalar(existing) && typeof existing.value === 'string' && existing.value.trim()) seq.items.push(existing);
    this.node.set('names', seq);
    return seq;
  }
}
