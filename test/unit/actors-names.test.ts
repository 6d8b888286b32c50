import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectActors } from '../../src/core/detect/actors';
import type { ActorMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

// How names are shaped: initials, particles, apostrophes, hyphens, suffixes, and typing cues.

const detect = (text: string): ActorMention[] => detectActors(prepareText(text));
const texts = (text: string): string[] => detect(text).map((a) => a.text);

test('initials and a suffix stay inside a person name', () => {
  const text = 'J. R. Smith met W. Mark Felt Jr. on Tuesday.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => a.text), ['J. R. Smith', 'W. Mark Felt Jr.']);
  for (const a of actors) assert.equal(a.type, 'person');
});

test('apostrophe and hyphen names are one name', () => {
  assert.deepEqual(texts("Siobhan O'Brien thanked Jean-Luc Picard."), ["Siobhan O'Brien", 'Jean-Luc Picard']);
});

test('Arabic and European particles join a name', () => {
  const text = 'Ahmed al-Sharaa spoke after Ludwig van Berg and Osama bin Laden were named.';
  assert.deepEqual(texts(text), ['Ahmed al-Sharaa', 'Ludwig van Berg', 'Osama bin Laden']);
});

test('a lone al- name keeps its article', () => {
  const m = detect('Troops loyal to al-Assad retreated.')[0];
  assert.equal(m.text, 'al-Assad');
});

test('a middle name does not split one person in two documents-worth of mentions', () => {
  const text = 'Lawyer Mark Jay Heller filed the motion. Mark Heller said it was routine.';
  const names = detect(text).map((a) => a.name);
  assert.deepEqual(names, ['Mark Jay Heller', 'Mark Jay Heller']);
});

test('a sentence-opening word before a place is dropped, the place kept', () => {
  assert.deepEqual(texts('Meanwhile Kharkiv lost power again.'), ['Kharkiv']);
});

test('a multi-word place at the start of a sentence keeps its first word', () => {
  assert.deepEqual(texts('New York and New Zealand sent aid.'), ['New York', 'New Zealand']);
});

test('Kremlin, White House and Pentagon are organisations; countries are places', () => {
  const text = 'The Kremlin and the White House traded notes while the Pentagon briefed the United States Senate on America and Britain.';
  const byText = new Map(detect(text).map((a) => [a.text, a.type]));
  assert.equal(byText.get('Kremlin'), 'organization');
  assert.equal(byText.get('White House'), 'organization');
  assert.equal(byText.get('Pentagon'), 'organization');
  assert.equal(byText.get('America'), 'place');
  assert.equal(byText.get('Britain'), 'place');
});

test('cue words type unknown names', () => {
  const text = 'The Halden Valley Cooperative Bank lent money to Ostrava Mining Company, ' +
    'and the Vesna River flooded Pine Street in the Dravna Oblast.';
  const byText = new Map(detect(text).map((a) => [a.text, a.type]));
  assert.equal(byText.get('Halden Valley Cooperative Bank'), 'organization');
  assert.equal(byText.get('Ostrava Mining Company'), 'organization');
  assert.equal(byText.get('Vesna River'), 'place');
  assert.equal(byText.get('Pine Street'), 'place');
  assert.equal(byText.get('Dravna Oblast'), 'place');
});

test('a known first name makes a person even after "in"', () => {
  const m = detect('The letter arrived in Michael Korvin\u2019s office.')[0];
  assert.equal(m.text, 'Michael Korvin');
  assert.equal(m.type, 'person');
});

test('a title with no name after it is not an actor', () => {
  assert.deepEqual(texts('The Prime Minister and the President met the Foreign Minister.'), []);
});

test('event and document names are not actors', () => {
  assert.deepEqual(texts('They cited the Budapest Memorandum and World War II.'), []);
});

test('two capitalised names joined by "and" into one organisation', () => {
  const text = 'He leads the National Security and Defence Council now.';
  const m = detect(text)[0];
  assert.equal(m.text, 'National Security and Defence Council');
  assert.equal(m.type, 'organization');
});

test('an all-capitals line is a headline: dates and small words in it are not names', () => {
  assert.deepEqual(texts('MAY 3, 2013 AT 1:10PM\nThe hearing was postponed.'), []);
});

test('a team named after its city is an organisation, a single plural team name too', () => {
  const text = 'The Kansas City Chiefs beat the Raiders. The Chiefs have won again.';
  const byText = new Map(detect(text).map((a) => [a.text, a.type]));
  assert.equal(byText.get('Kansas City Chiefs'), 'organization');
  assert.equal(byText.get('Raiders'), 'organization');
});

test('a surname that looks plural is still the person', () => {
  const text = 'Jermaine Timmons appeared in court. Timmons pleaded not guilty.';
  const actors = detect(text);
  assert.deepEqual(actors.map((a) => [a.text, a.type, a.name]), [
    ['Jermaine Timmons', 'person', 'Jermaine Timmons'],
    ['Timmons', 'person', 'Jermaine Timmons'],
  ]);
});
