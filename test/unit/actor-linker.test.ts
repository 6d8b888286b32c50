import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { linkActors } from '../../src/core/link/actor-linker';
import type { ActorDocument } from '../../src/core/link/actor-nodes';
import type { ActorMention, ActorType } from '../../src/core/model';

function doc(path: string, names: [string, ActorType][], text = ''): ActorDocument {
  const actors: ActorMention[] = names.map(([name, type], i) => ({
    kind: 'actor', type, name, text: name, start: i * 10, end: i * 10 + name.length,
  }));
  return { path, text, actors };
}

test('transliteration variants of one surname share a cluster', () => {
  const linking = linkActors([
    doc('a.txt', [['Volodymyr Zelenskyy', 'person']]),
    doc('b.txt', [['Volodymyr Zelensky', 'person']]),
    doc('c.txt', [['Volodymyr Zelenskiy', 'person']]),
    doc('d.txt', [['Kirill Dmitriyev', 'person'], ['Kirill Dmitriev', 'person']]),
  ]);
  const z = linking.clusterOf('Volodymyr Zelensky');
  assert.ok(z);
  assert.equal(linking.clusterOf('Volodymyr Zelenskyy'), z);
  assert.equal(linking.clusterOf('Volodymyr Zelenskiy'), z);
  assert.equal(z.documents, 3);
  assert.equal(linking.clusterOf('Kirill Dmitriyev'), linking.clusterOf('Kirill Dmitriev'));
  assert.notEqual(linking.clusterOf('Kirill Dmitriev'), z);
});

test('a surname alone joins the one person who carries it, never one of two', () => {
  const linking = linkActors([
    doc('a.txt', [['Steve Witkoff', 'person'], ['Mark Heller', 'person'], ['Anna Heller', 'person']]),
    doc('b.txt', [['Witkoff', 'person'], ['Heller', 'person']]),
  ]);
  assert.equal(linking.clusterOf('Witkoff'), linking.clusterOf('Steve Witkoff'));
  assert.notEqual(linking.clusterOf('Heller'), linking.clusterOf('Mark Heller'));
  assert.notEqual(linking.clusterOf('Heller'), linking.clusterOf('Anna Heller'));
  assert.notEqual(linking.clusterOf('Mark Heller'), linking.clusterOf('Anna Heller'));
});

test('middle names and initials, and aliases such as Kyiv and Kiev', () => {
  const linking = linkActors([
    doc('a.txt', [['Mark Jay Heller', 'person'], ['Kyiv', 'place'], ['United States', 'place']]),
    doc('b.txt', [['Mark Heller', 'person'], ['Kiev', 'place'], ['U.S.', 'place']]),
    doc('c.txt', [['M. Heller', 'person']]),
  ]);
  assert.equal(linking.clusterOf('Mark Heller'), linking.clusterOf('Mark Jay Heller'));
  assert.equal(linking.clusterOf('M. Heller'), linking.clusterOf('Mark Heller'));
  assert.equal(linking.clusterOf('Kiev'), linking.clusterOf('Kyiv'));
  assert.equal(linking.clusterOf('U.S.')?.label, 'United States');
});

test('an acronym joins its expansion only where a document states it', () => {
  const stated = 'Scientists at the U.S. Geological Survey (USGS) measured it. USGS said more.';
  const linking = linkActors([
    doc('a.txt', [['U.S. Geological Survey', 'organization'], ['USGS', 'organization']], stated),
    doc('b.txt', [['USGS', 'organization'], ['Union of Global Sports', 'organization']]),
  ]);
  assert.equal(linking.clusterOf('USGS'), linking.clusterOf('U.S. Geological Survey'));
  assert.notEqual(linking.clusterOf('Union of Global Sports'), linking.clusterOf('USGS'));
});

test('different people with similar short names stay apart', () => {
  const linking = linkActors([
    doc('a.txt', [['Dmitry Peskov', 'person'], ['Iran', 'place'], ['John Smith', 'person']]),
    doc('b.txt', [['Dmitry Pesko', 'person'], ['Iraq', 'place'], ['Jane Smith', 'person']]),
  ]);
  assert.notEqual(linking.clusterOf('Iran'), linking.clusterOf('Iraq'));
  assert.notEqual(linking.clusterOf('John Smith'), linking.clusterOf('Jane Smith'));
  // A one-letter slip in a long surname with the same first name is the same person.
  assert.equal(linking.clusterOf('Dmitry Peskov'), linking.clusterOf('Dmitry Pesko'));
});

test('user merges join, user splits veto, user labels rename', () => {
  const docs = [
    doc('a.txt', [['Steve Witkoff', 'person'], ['Witkoff', 'person'], ['Kremlin', 'organization']]),
    doc('b.txt', [['Vladimir Putin', 'person']]),
  ];
  const linking = linkActors(docs, {
    merges: [['Kremlin', 'Vladimir Putin']],
    splits: [['Witkoff', 'Steve Witkoff']],
    labels: { Putin: 'President Putin', 'Vladimir Putin': 'Vladimir V. Putin' },
  });
  assert.equal(linking.clusterOf('Kremlin'), linking.clusterOf('Vladimir Putin'));
  assert.notEqual(linking.clusterOf('Witkoff'), linking.clusterOf('Steve Witkoff'));
  assert.equal(linking.clusterOf('Vladimir Putin')?.label, 'Vladimir V. Putin');
});

test('cluster ids are stable whatever the document order', () => {
  const a = doc('a.txt', [['Rustem Umerov', 'person'], ['Abu Dhabi', 'place']]);
  const b = doc('b.txt', [['Umerov', 'person'], ['Abu Dhabi', 'place']]);
  const ids = (docs: ActorDocument[]): string[] => linkActors(docs).clusters.map((c) => c.id).sort();
  assert.deepEqual(ids([a, b]), ids([b, a]));
  assert.deepEqual(ids([a, b]), ['actor:abu-dhabi', 'actor:rustem-umerov']);
});

test('a hyphenated pair of names is nobody\'s full name: its parts stay apart', () => {
  const linking = linkActors([
    doc('a.txt', [['Marendia-Veloria', 'person'], ['Marendia', 'person']]),
    doc('b.txt', [['Veloria', 'person']]),
  ]);
  assert.notEqual(linking.clusterOf('Marendia'), linking.clusterOf('Veloria'));
});

test('a generational suffix does not make another person, and the surname alone still finds them', () => {
  const linking = linkActors([
    doc('a.txt', [['Odell Marcus Fenwright Jr.', 'person']]),
    doc('b.txt', [['Odell Marcus Fenwright', 'person']]),
    doc('c.txt', [['Fenwright', 'person']]),
  ]);
  const full = linking.clusterOf('Odell Marcus Fenwright');
  assert.ok(full);
  assert.equal(linking.clusterOf('Odell Marcus Fenwright Jr.'), full);
  assert.equal(linking.clusterOf('Fenwright'), full);
});
