import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { linkActors } from '../../src/core/link/actor-linker';
import type { ActorDocument } from '../../src/core/link/actor-nodes';
import { findAcronymDefinitions } from '../../src/core/link/acronyms';
import { isLegalForm } from '../../src/core/detect/actors/legal-forms';
import type { ActorMention, ActorType } from '../../src/core/model';

function doc(path: string, names: [string, ActorType][], text = ''): ActorDocument {
  const actors: ActorMention[] = names.map(([name, type], i) => ({
    kind: 'actor', type, name, text: name, start: i * 10, end: i * 10 + name.length,
  }));
  return { path, text, actors };
}

const same = (linking: ReturnType<typeof linkActors>, a: string, b: string): boolean =>
  linking.clusterOf(a) !== undefined && linking.clusterOf(a) === linking.clusterOf(b);

test('an acronym joins the one organisation whose initials spell it, named in one article, across documents', () => {
  const linking = linkActors([
    doc('a.txt', [['Northern Fisheries Safety Board', 'organization'], ['Halvard-Brisk', 'organization']]),
    doc('b.txt', [['NFSB', 'organization'], ['HB', 'organization']]),
    doc('c.txt', [['Northern Fisheries Safety Board', 'organization'], ['NFSB', 'organization'], ['Halvard-Brisk', 'organization'], ['HB', 'organization']]),
    doc('d.txt', [['Pellen Tarrow Authority', 'organization']]),
    doc('e.txt', [['PTA', 'organization']]),
  ]);
  assert.ok(!same(linking, 'PTA', 'Pellen Tarrow Authority'), 'initials alone, never named together, are not enough');
  assert.ok(same(linking, 'NFSB', 'Northern Fisheries Safety Board'));
  assert.ok(same(linking, 'HB', 'Halvard-Brisk'), 'a hyphenated name gives one initial per part');
});

test('an acronym two organisations could spell, or a person could, stays alone', () => {
  const linking = linkActors([
    doc('a.txt', [['Coastal Transit Authority', 'organization'], ['Central Tariff Agency', 'organization']]),
    doc('b.txt', [['CTA', 'organization'], ['Mara Quell', 'person'], ['MQ', 'organization']]),
  ]);
  assert.ok(!same(linking, 'CTA', 'Coastal Transit Authority'));
  assert.ok(!same(linking, 'CTA', 'Central Tariff Agency'));
  assert.ok(!same(linking, 'MQ', 'Mara Quell'));
});

test('a legal form or a country after a company name is the same company', () => {
  const linking = linkActors([
    doc('a.txt', [['Ostrava Kettleworks AG', 'organization'], ['Brindle Foods Inc.', 'organization'], ['Pellucid UK', 'organization']]),
    doc('b.txt', [['Ostrava Kettleworks', 'organization'], ['Brindle Foods', 'organization'], ['Pellucid', 'organization']]),
  ]);
  assert.ok(same(linking, 'Ostrava Kettleworks AG', 'Ostrava Kettleworks'));
  assert.ok(same(linking, 'Brindle Foods Inc.', 'Brindle Foods'));
  assert.ok(same(linking, 'Pellucid UK', 'Pellucid'));
});

test('a legal form is told by its written shape, not by any word at the end', () => {
  for (const word of ['AG', 'Inc.', 'Corp.', 'S.p.A.', 'S.A.S.', 'SA', 'GmbH', 'PLC', 'Ltd', 'Limited']) assert.ok(isLegalForm(word), word);
  for (const word of ['Energy', 'Motors', 'Paribas', 'Airways', 'Kettleworks']) assert.ok(!isLegalForm(word), word);
  const linking = linkActors([
    doc('a.txt', [['Ostrava Energy', 'organization']]),
    doc('b.txt', [['Ostrava', 'place']]),
  ]);
  assert.ok(!same(linking, 'Ostrava Energy', 'Ostrava'), 'a company named after a place is not the place');
});

test('a place after a name is not a legal form, and only a country is a suffix that keeps the company', () => {
  for (const word of ['B.C.', 'N.Y.', 'LA', 'NY', 'TX']) assert.ok(!isLegalForm(word), word);
  const linking = linkActors([
    doc('a.txt', [['Kestrel Radio LA', 'organization'], ['Kestrel Radio Dallas', 'organization'], ['Orvane Post B.C.', 'organization'], ['Kestrel Radio Japan', 'organization']]),
    doc('b.txt', [['Kestrel Radio', 'organization'], ['Orvane Post', 'organization']]),
  ]);
  assert.ok(!same(linking, 'Kestrel Radio LA', 'Kestrel Radio'), 'a state code is a local station');
  assert.ok(!same(linking, 'Kestrel Radio Dallas', 'Kestrel Radio'), 'a city is a local station');
  assert.ok(!same(linking, 'Orvane Post B.C.', 'Orvane Post'), 'a province abbreviation is an edition');
  assert.ok(same(linking, 'Kestrel Radio Japan', 'Kestrel Radio'), 'a country named by the package is the national arm');
});

test('spellings that differ only by a space or a hyphen are one name', () => {
  const linking = linkActors([
    doc('a.txt', [['Quill-Mart', 'organization'], ['Zep Ex', 'organization']]),
    doc('b.txt', [['Quillmart', 'organization'], ['ZepEx', 'organization']]),
  ]);
  assert.ok(same(linking, 'Quill-Mart', 'Quillmart'));
  assert.ok(same(linking, 'Zep Ex', 'ZepEx'));
});

test('a short form joins the one longer organisation name it opens in the same article', () => {
  const linking = linkActors([
    doc('a.txt', [['Tarsk Mutual Assurance', 'organization'], ['Tarsk', 'organization']]),
    doc('b.txt', [['Veld Bank', 'organization'], ['Veld Capital', 'organization'], ['Veld', 'organization']]),
  ]);
  assert.ok(same(linking, 'Tarsk', 'Tarsk Mutual Assurance'));
  assert.ok(!same(linking, 'Veld', 'Veld Bank'), 'two longer names open with it: it could be either');
  assert.ok(!same(linking, 'Veld', 'Veld Capital'));
  const everyday = linkActors([
    doc('d.txt', [['Hour Lantern Media', 'organization'], ['Hour', 'organization']], 'Hour ran the story. Within the hour, Hour Lantern Media denied it.'),
    doc('e.txt', [['Tarsk', 'organization']], 'Tarsk said the hour was late.'),
  ]);
  assert.ok(!same(everyday, 'Hour', 'Hour Lantern Media'), 'a word the article also writes in lower case names other things elsewhere');
  const press = linkActors([doc('c.txt', [['New York Times', 'organization'], ['New York', 'place']])]);
  assert.ok(!same(press, 'New York', 'New York Times'), 'a known place is not short for the newspaper named after it');
  const town = linkActors([doc('d.txt', [['Brelford Gospel Church', 'organization'], ['Brelford', 'place']])]);
  assert.ok(!same(town, 'Brelford', 'Brelford Gospel Church'), 'a town is not short for a body named after it');
});

test('a place named by its adjective and a word for land is the place; waters are not', () => {
  const linking = linkActors([
    doc('a.txt', [['the Marendian Peninsula', 'place'], ['Velorian Sea', 'place']]),
    doc('b.txt', [['Marendia', 'place'], ['Veloria', 'place']]),
  ]);
  assert.ok(same(linking, 'the Marendian Peninsula', 'Marendia'));
  assert.ok(!same(linking, 'Velorian Sea', 'Veloria'));
});

test('acronym definitions: the name\'s own first word, hyphenated initials and stock tickers', () => {
  const found = (text: string) => findAcronymDefinitions(text).map((d) => `${d.acronym}=${d.expansion}`);
  assert.deepEqual(found('Shares of Kvale Group (KVALE) fell.'), ['KVALE=Kvale Group']);
  assert.deepEqual(found('The engine maker Harrow-Linde (HL) said so.'), ['HL=Harrow-Linde']);
  assert.deepEqual(found('Orbent Systems Corp. (NASDAQ: ORBS) rose.'), ['ORBS=Orbent Systems Corp.']);
});

test('a bracket never makes a place of a company: the market country after a ticker is not the company', () => {
  const text = 'Orbent Systems Inc. (ORBS:US) rose. Orbent Systems Inc. hired staff in the US.';
  const linking = linkActors([
    { ...doc('a.txt', [['Orbent Systems Inc.', 'organization'], ['US', 'place']], text), acronyms: findAcronymDefinitions(text) },
    doc('b.txt', [['US', 'place'], ['Orbent Systems Inc.', 'organization']]),
  ]);
  assert.ok(!same(linking, 'US', 'Orbent Systems Inc.'));
});
