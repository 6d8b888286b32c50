import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectActors } from '../../src/core/detect/actors';
import type { ActorMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

// Fixture sentences are written for these tests; names of real people appear only where a
// gazetteer or a title must be exercised, in wording of our own.

const detect = (text: string): ActorMention[] => detectActors(prepareText(text));
const texts = (text: string): string[] => detect(text).map((a) => a.text);
const only = (text: string, name: string): ActorMention => {
  const found = detect(text).filter((a) => a.text === name);
  assert.equal(found.length, 1, `expected one mention "${name}" in ${JSON.stringify(texts(text))}`);
  return found[0];
};

test('spans are the text at their offsets and the entry point returns them in order', () => {
  const text = 'Maria Kovalenko met Tomas Brandt in Geneva.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => a.text), ['Maria Kovalenko', 'Tomas Brandt', 'Geneva']);
  for (const a of actors) {
    assert.equal(text.slice(a.start, a.end), a.text);
    assert.equal(a.kind, 'actor');
  }
});

test('a title before a name goes into role, not into the span', () => {
  const text = 'Treasury Secretary Janet Mills spoke after President Ana Ortiz and Dr. Lena Haas.';
  assert.equal(only(text, 'Janet Mills').role, 'Treasury Secretary');
  assert.equal(only(text, 'Ana Ortiz').role, 'President');
  assert.equal(only(text, 'Lena Haas').role, 'Dr.');
  assert.deepEqual(texts(text), ['Janet Mills', 'Ana Ortiz', 'Lena Haas']);
});

test('lower-case roles and their modifiers are read back to the name', () => {
  const text = 'The claim was rejected by Kremlin spokesman Oleg Sorin and by political analyst Ruth Keane, ' +
    'while the lawyer Mark Ibsen and special envoy Dana Frost said nothing.';
  assert.equal(only(text, 'Oleg Sorin').role, 'Kremlin spokesman');
  assert.equal(only(text, 'Ruth Keane').role, 'political analyst');
  assert.equal(only(text, 'Mark Ibsen').role, 'lawyer');
  assert.equal(only(text, 'Dana Frost').role, 'special envoy');
  assert.equal(only(text, 'Kremlin').type, 'organization');
});

test('a nationality before a title is part of the role: "Ukrainian President"', () => {
  const m = only('Ukrainian President Volodymyr Zelenskyy flew home.', 'Volodymyr Zelenskyy');
  assert.equal(m.role, 'Ukrainian President');
  assert.equal(m.type, 'person');
});

test('possessives stay outside the span, with curly, straight and bare apostrophes', () => {
  const text = 'Kovalenko\u2019s plan drew on Brandt\'s notes and on Reuters\' reporting.';
  assert.deepEqual(texts(text), ['Kovalenko', 'Brandt', 'Reuters']);
  const reuters = only(text, 'Reuters');
  assert.equal(text.slice(reuters.end, reuters.end + 1), "'");
});

test('a partial name takes the full name written elsewhere in the document', () => {
  const text = 'Special envoy Tomas Brandt arrived on Sunday. Brandt said the talks would resume. ' +
    'Mr. Brandt left on Monday.';
  const mentions = detect(text).filter((a) => a.text === 'Brandt' || a.text === 'Tomas Brandt');
  assert.equal(mentions.length, 3);
  for (const m of mentions) assert.equal(m.name, 'Tomas Brandt');
  assert.equal(mentions[2].role, 'Mr.');
  assert.equal(mentions[2].start, text.indexOf('Brandt left'));
});

test('a partial name written before the full name still resolves to it', () => {
  const text = 'Okafor will chair the panel, officials said. Its head, Grace Okafor, agreed.';
  assert.equal(detect(text)[0].name, 'Grace Okafor');
});

test('a name without a full form keeps its own text as name', () => {
  assert.equal(only('The deal was praised by Mr. Halvorsen on Friday.', 'Halvorsen').name, 'Halvorsen');
});

test('nationality and regional adjectives are not actors', () => {
  const text = 'Ukrainian officials and Russian diplomats met European envoys while Western allies and ' +
    'North Korean observers waited. Americans were not invited.';
  assert.deepEqual(texts(text), []);
});

test('sentence-opening common words, months, weekdays and pronouns are not actors', () => {
  const text = 'Despite the rain, the march went ahead. Ahead of the vote, I said we would wait. ' +
    'On Monday they left. In March it snowed. Meanwhile, nothing moved. Representatives stayed home.';
  assert.deepEqual(texts(text), []);
});

test('a Title Case headline yields only confirmed names, not its capitalised words', () => {
  const text = 'Grain Corridor Talks Stall As Kovalenko Warns Of Delays In Odesa\n' +
    'Negotiators met again on Tuesday. Deputy minister Irina Kovalenko said the ships would wait.';
  const actors = detect(text);
  const headline = actors.filter((a) => a.start < text.indexOf('\n'));
  assert.deepEqual(headline.map((a) => a.text), ['Kovalenko', 'Odesa']);
  assert.equal(headline[0].name, 'Irina Kovalenko');
  assert.equal(headline[1].type, 'place');
});

test('a headline label before a colon is treated as a headline too', () => {
  const text = 'Grinding Losses: The front moved little near Pokrovsk this week.';
  assert.deepEqual(texts(text), ['Pokrovsk']);
});

test('organisations joined by "of" stay one name', () => {
  const text = 'The Ministry of Defence and the Bank of England issued statements, as did the University of Tartu.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => a.text), ['Ministry of Defence', 'Bank of England', 'University of Tartu']);
  for (const a of actors) assert.equal(a.type, 'organization');
});

test('"of" after a person does not swallow the country: President Putin of Russia', () => {
  const text = 'President Vladimir Putin of Russia called.';
  assert.deepEqual(texts(text), ['Vladimir Putin', 'Russia']);
});

test('acronyms are names; countries among them are places', () => {
  const text = 'NATO and the UN disagreed with the U.S. and the EU, and the USGS measured the quake.';
  const byText = new Map(detect(text).map((a) => [a.text, a.type]));
  assert.equal(byText.get('NATO'), 'organization');
  assert.equal(byText.get('UN'), 'organization');
  assert.equal(byText.get('EU'), 'organization');
  assert.equal(byText.get('USGS'), 'organization');
  assert.equal(byText.get('U.S.'), 'place');
});

test('capitals used for emphasis are not acronyms', () => {
  assert.deepEqual(texts('They did NOT agree, and THE deal is off.'), []);
});

test('an unknown name after "in" or "near" is a place', () => {
  const text = 'Shelling hit homes in Kostiantynivka overnight and near Siversk at dawn.';
  assert.equal(only(text, 'Kostiantynivka').type, 'place');
  assert.equal(only(text, 'Siversk').type, 'place');
});

test('one name keeps one type across the document, from its strongest evidence', () => {
  const text = 'Troops withdrew from the town of Brovarka. Brovarka was quiet by noon. ' +
    'Residents said Brovarka had no power.';
  const types = detect(text).filter((a) => a.text === 'Brovarka').map((a) => a.type);
  assert.deepEqual(types, ['place', 'place', 'place']);
});

test('non-breaking hyphens and en dashes nearby leave offsets and names intact', () => {
  const text = 'A four\u2011year\u2011long dispute \u2013 which Marta Levchenko called \u201Cendless\u201D \u2013 ended in Kyiv.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => a.text), ['Marta Levchenko', 'Kyiv']);
  for (const a of actors) assert.equal(text.slice(a.start, a.end), a.text);
});

test('a hyphenated pair of places is two places', () => {
  const text = 'The Russia\u2013Ukraine talks resumed.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => [a.text, a.type]), [['Russia', 'place'], ['Ukraine', 'place']]);
});

test('a name opening a sentence is kept', () => {
  const text = 'Witkoff said the meeting went well. Later, envoy Steve Witkoff flew to Miami.';
  const first = detect(text)[0];
  assert.equal(first.text, 'Witkoff');
  assert.equal(first.name, 'Steve Witkoff');
  assert.equal(first.start, 0);
  assert.equal(only('Haldane said the report was late.', 'Haldane').type, 'person');
});

test('names inside quotation marks are found, the quoted opening word is not', () => {
  const text = '\u201COkonkwo is right,\u201D said Ivan Petrenko. "Nobody expected it," added Sara Lind.';
  assert.deepEqual(texts(text), ['Okonkwo', 'Ivan Petrenko', 'Sara Lind']);
});
