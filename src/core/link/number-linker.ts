import type { NumberMention } from '../model';
import { ClusterRegistry, sentenceAt, type Discrepancy, type LinkDocument, type MentionRef } from './clusters';
import { relateNumbers, type NumberRelation } from './number-relation';
import { clauseAround, subjectKey } from './number-subject';
import type { Relatedness } from './relatedness';
import { slugify } from './slug';

interface Keyed {
  readonly ref: MentionRef;
  readonly mention: NumberMention;
}

/**
 * Groups figures by subject key, then splits each group by document relatedness, so a
 * cluster holds the figures that several sources give for one thing. Every cluster
 * that spans documents is checked pairwise and its conflicts and arithmetic matches
 * become discrepancies.
 */
export function linkNumbers(
  documents: readonly LinkDocument[], related: Relatedness, registry: ClusterRegistry, discrepancies: Discrepancy[],
): void {
  const byKey = new Map<string, Keyed[]>();
  for (const doc of documents) {
    doc.mentions.forEach((mention, index) => {
      if (mention.kind !== 'number') return;
      const sentence = sentenceAt(doc.sentences, mention.start) ?? { start: mention.start, end: mention.end };
      const key = subjectKey(mention, clauseAround(doc.folded, mention, sentence));
      if (!key) return;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push({ ref: { path: doc.path, index }, mention });
    });
  }
  for (const key of [...byKey.keys()].sort()) {
    const items = byKey.get(key)!;
    const paths = [...new Set(items.map((i) => i.ref.path))];
    for (const group of related.components(paths)) {
      const inGroup = new Set(group);
      const members = items.filter((i) => inGroup.has(i.ref.path));
      const about = describe(key);
      const cluster = registry.add('number', slugify(about), about, members.map((m) => m.ref), about);
      if (group.length > 1 && !key.startsWith('date:')) findDiscrepancies(cluster.id, about, members, discrepancies);
    }
  }
}

function findDiscrepancies(clusterId: string, about: string, members: readonly Keyed[], out: Discrepancy[]): void {
  const eachAmounts = new Set<number>();
  for (const m of members) if (m.mention.value.scope === 'each' && m.mention.value.amount !== undefined) eachAmounts.add(m.mention.value.amount);
  const sides = new Map<'conflict' | 'consistent-after-arithmetic', Set<MentionRef>>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const b = members[j];
      if (a.ref.path === b.ref.path) continue;
      const relation: NumberRelation = relateNumbers(a.mention.value, b.mention.value, eachAmounts);
      if (relation !== 'conflict' && relation !== 'consistent-after-arithmetic') continue;
      const set = sides.get(relation) ?? sides.set(relation, new Set()).get(relation)!;
      set.add(a.ref).add(b.ref);
    }
  }
  for (const [relation, refs] of sides) out.push({ cluster: clusterId, about, relation, mentions: [...refs] });
}

const EVENT_WORDS: Record<string, string> = {
  casualties: 'killed or wounded', exchange: 'exchanged', displacement: 'displaced', attack: 'in attacks',
  arrest: 'arrested', money: 'spent or pledged', support: 'in support', any: '',
};

/** "count:prisoner:exchange" → "prisoners exchanged". */
function describe(key: string): string {
  const [type, a, b] = key.split(':');
  if (type === 'date') return `date ${key.slice(5)}`;
  if (type === 'percent') return `percent ${EVENT_WORDS[a] ?? a}`.trim();
  if (type === 'money') return `money (${a}) ${EVENT_WORDS[b] ?? b}`.trim();
  const plural = a.endsWith('s') || a === 'people' ? a : `${a}s`;
  return `${plural} ${EVENT_WORDS[b] ?? b}`.trim();
}
