import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectActors } from '../../src/core/detect/actors';
import type { ActorMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

// Rules that need the whole document: names no list knows (an invented country, a small town),
// adjectives made from them, spellings the text itself declares, Markdown layout.

const detect = (text: string): ActorMention[] => detectActors(prepareText(text));
const texts = (text: string): string[] => detect(text).map((a) => a.text);
const typeOf = (text: string, name: string): string | undefined => detect(text).find((a) => a.text === name)?.type;

test('an adjective made from a name in the document is a nationality, not an actor', () => {
  const text = 'Talks between Ostrania and Belmoria resumed. Ostranian negotiators arrived first; ' +
    'Belmoran state radio said little.';
  assert.deepEqual(texts(text), ['Ostrania', 'Belmoria']);
});

test('an unknown country is a place by what it has and how it speaks of itself', () => {
  const text = 'Ostrania said it would wait. Ostrania\u2019s army stayed put.';
  for (const a of detect(text)) assert.equal(a.type, 'place', a.text);
});

test('"X is a town", "X, a company": what the text says a name is decides its type', () => {
  assert.equal(typeOf('Velikodar (pronounced with a hard r) is a river town near the border.', 'Velikodar'), 'place');
  assert.equal(typeOf('Stellaro, the satellite company, lost a cable.', 'Stellaro'), 'organization');
});

test('a spelling declared by the text takes the earlier name', () => {
  const text = 'Arkadi Velichko (also spelled Velychko) led the team. Velychko declined to comment.';
  const names = detect(text).map((a) => [a.text, a.name]);
  assert.deepEqual(names, [
    ['Arkadi Velichko', 'Arkadi Velichko'],
    ['Velychko', 'Arkadi Velichko'],
    ['Velychko', 'Arkadi Velichko'],
  ]);
});

test('a hyphenated pair of names the document knows is two names', () => {
  const text = 'Ostrania and Belmoria met. The Ostrania-Belmoria talks ended.';
  assert.deepEqual(texts(text), ['Ostrania', 'Belmoria', 'Ostrania', 'Belmoria']);
});

test('Markdown bold labels in lists are labels, not names', () => {
  const text = '- **Money:** the fund pledged more.\n- **Ceasefire:** a draft was tabled in Geneva.';
  assert.deepEqual(texts(text), ['Geneva']);
});

test('a title with no name after it yields only the known names inside it', () => {
  const text = 'The UN Secretary-General and the Moscow Mayor spoke.';
  assert.deepEqual(detect(text).map((a) => [a.text, a.type]), [['UN', 'organization'], ['Moscow', 'place']]);
});

test('a surname that is also a title word stays a name after a first name', () => {
  assert.deepEqual(texts('Billy King announced the hire.'), ['Billy King']);
});

test('known names side by side in a link text are separate names', () => {
  const text = 'See the [UN Geneva briefing notes](https://example.org/notes).';
  assert.deepEqual(detect(text).map((a) => [a.text, a.type]), [['UN', 'organization'], ['Geneva', 'place']]);
});

test('a plural common noun opening a sentence is not a name', () => {
  assert.deepEqual(texts('Polls show little support. Figures vary by region.'), []);
});

test('a lone surname two people share goes to the one the last sentence named first, not the nearest', () => {
  const nameOf = (text: string, at: number): string | undefined => detect(text).filter((a) => a.text === 'Orrin')[at]?.name;
  const later = 'Ama Orrin beat her younger sister Efua Orrin in the final on Sunday. Orrin will next face a qualifier.';
  assert.equal(nameOf(later, 0), 'Ama Orrin', 'a new sentence goes on about the subject of the last one');
  const same = 'Efua Orrin watched as her sister Ama Orrin lifted the cup, and Orrin thanked the crowd.';
  assert.equal(nameOf(same, 0), 'Ama Orrin', 'within the sentence, the nearest name still wins');
  const one = 'Ama Orrin won on Sunday. Orrin will next face a qualifier.';
  assert.equal(nameOf(one, 0), 'Ama Orrin');
});
