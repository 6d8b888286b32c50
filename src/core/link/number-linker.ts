import type { NumberMention } from '../model';
import { ClusterRegistry, type Discrepancy, type MentionRef } from './clusters';
import { prepareFigure, relatePrepared, type NumberRelation } from './number-relation';
import { pairFigures, type ComparedFigure, type FigureContext } from './figure-comparison';
import type { Relatedness } from './relatedness';
import { slugify } from './slug';
import { IndexedUnionFind } from './union-find';
import { addTo, addToSet } from '../multimap';
import { STEP_WORK, WorkBudget, type Steps } from './steps';

/** A figure with its subject key and what its sentence names. */
export interface KeyedFigure {
  readonly ref: MentionRef;
  readonly mention: NumberMention;
  readonly key: string;
  readonly aggregate: boolean;
  /** Actor clusters named in the figure's sentence: who or where it is about. */
  readonly actors: readonly string[];
  /** Dates in the same sentence, by their subject key. */
  readonly dates: readonly string[];
  /** Part or whole and the clause's words (see figure-comparison.ts), worked out on first ask; undefined for dates and durations. */
  readonly contextOf: () => FigureContext | undefined;
}

interface Keyed extends KeyedFigure {
  /** Position in its key's group: the union-find works on these. */
  readonly order: number;
  /** The document's position for `Relatedness.relatedAt`. */
  readonly doc: number;
}

/**
 * Groups figures by subject key, then splits each group by document relatedness, so a
 * cluster holds the figures that several sources give for one thing. Every cluster
 * that spans documents is checked pairwise and its conflicts and arithmetic matches
 * become discrepancies. `figures` come document by document, each in mention order.
 */
export function* linkNumbers(
  figures: readonly KeyedFigure[], related: Relatedness, registry: ClusterRegistry, discrepancies: Discrepancy[],
): Steps<void> {
  const byKey = new Map<string, Keyed[]>();
  for (const [i, figure] of figures.entries()) {
    if (i % 1024 === 1023) yield;
    const doc = related.indexOfDocument(figure.ref.path);
    const key = figure.key;
    const group = byKey.get(key);
    // Written out rather than spread: a spread with two more fields was the slowest line of number linking.
    const keyed: Keyed = {
      ref: figure.ref, mention: figure.mention, key, aggregate: figure.aggregate, actors: figure.actors, dates: figure.dates,
      contextOf: figure.contextOf, order: group ? group.length : 0, doc,
    };
    if (group) group.push(keyed);
    else byKey.set(key, [keyed]);
  }
  yield;
  for (const key of [...byKey.keys()].sort()) {
    const about = describe(key);
    // A time or a length of time is the story's, not one incident's; and its key is its value, so nothing in it conflicts.
    const time = key.startsWith('date:') || key.startsWith('duration:') || key.startsWith('time:');
    for (const members of yield* groupBySubject(byKey.get(key)!, related, time)) {
      const cluster = registry.add('number', slugify(about.replace(/^the /, '')), about, members.map((m) => m.ref), about);
      const spansDocuments = members.some((m) => m.ref.path !== members[0].ref.path);
      if (spansDocuments && !time) yield* findDiscrepancies(cluster.id, about, members, discrepancies);
    }
    yield;
  }
}

/**
 * Figures with one key are the same subject when their documents tell one story and, for
 * incident figures, their sentences share an actor, a place or a date. Dates need only
 * the story: the same day in two reports of one event is the same day.
 */
function* groupBySubject(items: readonly Keyed[], related: Relatedness, dates: boolean): Steps<Keyed[][]> {
  const sets = new IndexedUnionFind(items.length);
  const keyOf = (i: Keyed): number => i.order;
  // Story-level figures (dates, period totals, figures whose sentence names nobody) join
  // across related documents: one representative per document and kind is enough.
  const storyLevel = new Map<string, Keyed>();
  const incidents: Keyed[] = [];
  for (const item of items) {
    if (dates || item.aggregate || item.actors.length === 0) {
      const slot = `${item.ref.path}\u0000${item.aggregate}`;
      const first = storyLevel.get(slot);
      if (first) sets.union(keyOf(first), keyOf(item));
      else storyLevel.set(slot, item);
    } else incidents.push(item);
  }
  const representatives = [...storyLevel.values()];
  // Yields are counted by pairs, not rows: a common date has representatives in a thousand
  // documents, and sixteen rows of those were 16,000 pairs in one step.
  const budget = new WorkBudget(STEP_WORK);
  for (let i = 0; i < representatives.length; i++) {
    if (budget.spend(representatives.length - i)) yield;
    for (let j = i + 1; j < representatives.length; j++) {
      const a = representatives[i];
      const b = representatives[j];
      // Already one subject: asking whether the documents are related would change nothing, and a
      // common date has representatives in a thousand documents.
      if (a.aggregate !== b.aggregate || sets.find(keyOf(a)) === sets.find(keyOf(b))) continue;
      if (related.relatedAt(a.doc, b.doc)) sets.union(keyOf(a), keyOf(b));
    }
  }
  // Incident figures join those that name a common actor or date, found through an index.
  const byContext = new Map<string, Keyed[]>();
  for (const item of incidents) for (const c of contextOf(item)) addTo(byContext, c, item);
  for (let i = 0; i < incidents.length; i++) {
    const item = incidents[i];
    let pairs = representatives.length;
    for (const c of contextOf(item)) pairs += byContext.get(c)!.length;
    if (budget.spend(1 + pairs)) yield;
    for (const c of contextOf(item)) {
      for (const other of byContext.get(c)!) {
        if (other !== item && sets.find(keyOf(item)) !== sets.find(keyOf(other)) && related.relatedAt(item.doc, other.doc)) sets.union(keyOf(item), keyOf(other));
      }
    }
    // A story-level figure of the same document or a related one is the same subject too.
    for (const rep of representatives) {
      if (rep.aggregate || sets.find(keyOf(item)) === sets.find(keyOf(rep))) continue;
      if (related.relatedAt(item.doc, rep.doc) && sameContext(item, rep)) sets.union(keyOf(item), keyOf(rep));
    }
  }
  const groups = new Map<number, Keyed[]>();
  for (const item of items) {
    const root = sets.find(keyOf(item));
    addTo(groups, root, item);
  }
  return [...groups.values()];
}

/** The actors, then the dates, of a figure's sentence; no new list when either is empty (most are). */
function contextOf(item: Keyed): readonly string[] {
  if (item.dates.length === 0) return item.actors;
  return item.actors.length === 0 ? item.dates : [...item.actors, ...item.dates];
}

function sameContext(a: Keyed, b: Keyed): boolean {
  if (a.aggregate !== b.aggregate) return false;
  if (a.ref.path === b.ref.path) return a.actors.length === 0 || b.actors.length === 0 || a.actors.some((x) => b.actors.includes(x));
  // A figure whose sentence names nobody inherits the story's context.
  if (a.actors.length === 0 || b.actors.length === 0) return true;
  return a.actors.some((x) => b.actors.includes(x)) || a.dates.some((d) => b.dates.includes(d));
}

function compared(figure: Keyed): ComparedFigure {
  return { mention: figure.mention, aggregate: figure.aggregate, dates: figure.dates, context: figure.contextOf() };
}

function* findDiscrepancies(clusterId: string, about: string, members: readonly Keyed[], out: Discrepancy[]): Steps<void> {
  const eachAmounts = new Set<number>();
  for (const m of members) if (m.mention.value.scope === 'each' && m.mention.value.amount !== undefined) eachAmounts.add(m.mention.value.amount);
  const prepared = members.map((m) => prepareFigure(m.mention.value, eachAmounts));
  const sides = new Map<'conflict' | 'consistent-after-arithmetic', Set<MentionRef>>();
  const budget = new WorkBudget(STEP_WORK);
  for (let i = 0; i < members.length; i++) {
    if (budget.spend(members.length - i)) yield;
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const b = members[j];
      if (a.doc === b.doc) continue;
      const relation: NumberRelation = relatePrepared(prepared[i], prepared[j]);
      if (relation !== 'conflict' && relation !== 'consistent-after-arithmetic') continue;
      // Only a conflict needs the reader's care: figures that agree after arithmetic mislead nobody.
      if (relation === 'conflict' && pairFigures(compared(a), compared(b)) !== 'compare') continue;
      addToSet(sides, relation, a.ref);
      addToSet(sides, relation, b.ref);
    }
  }
  for (const [relation, refs] of sides) out.push({ cluster: clusterId, about, relation, mentions: [...refs] });
}

// A Map, so no key reads a property of every object's prototype ("constructor").
const EVENT_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  casualties: 'killed or wounded', exchange: 'exchanged', displacement: 'displaced', attack: 'in attacks',
  arrest: 'arrested', money: 'spent or pledged', support: 'in support', any: '',
}));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "03-10..03-11" → "March 10 to March 11"; "2026-01" → "January 2026"; "friday" → "Friday (weekday, no date known)". */
function describeDateKey(range: string): string {
  return /^[a-z]+day$/.test(range) ? `${range[0].toUpperCase()}${range.slice(1)} (weekday, no date known)` : describeRange(range);
}

function describeRange(range: string): string {
  return range
    .split('..')
    .map((part) => {
      const md = /^(\d{2})-(\d{2})$/.exec(part);
      if (md) return `${MONTHS[Number(md[1]) - 1] ?? md[1]} ${Number(md[2])}`;
      const ym = /^(\d{4})-(\d{2})$/.exec(part);
      if (ym) return `${MONTHS[Number(ym[2]) - 1] ?? ym[2]} ${ym[1]}`;
      return part;
    })
    .join(' to ');
}

/** "3 month" → "3 months", "1 century" → "1 century". */
function lengthText(length: string): string {
  if (length.startsWith('1 ')) return length;
  return length.endsWith('century') ? `${length.slice(0, -1)}ies` : `${length}s`;
}

/** "count:prisoner:exchange" → "prisoners exchanged". */
function describe(key: string): string {
  const [type, a, b] = key.split(':');
  if (type === 'duration') return `the length ${lengthText(a)}`;
  if (type === 'time') return `the time ${key.slice(5)}`;
  if (type === 'date') return `the date ${describeDateKey(key.slice(5))}`;
  if (type === 'percent') return `percent ${EVENT_WORDS.get(a) ?? a}`.trim();
  if (type === 'money') return `money (${a.replace('/', ' per ')}) ${EVENT_WORDS.get(b) ?? b}`.trim();
  const plural = a.endsWith('s') || a === 'people' ? a : `${a}s`;
  return `${plural} ${EVENT_WORDS.get(b) ?? b}`.trim();
}
