import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import type { ClaimMention } from '../../src/core/model';

/** The quote whose words start with `words`, as detection gives it. */
function quote(text: string, words: string): ClaimMention {
  const found = analyzeText(text).mentions.find((m): m is ClaimMention => m.kind === 'claim' && m.type === 'quote' && m.text.startsWith(words));
  assert.ok(found, `no quote starting "${words}"`);
  return found;
}

test('the outlet a speaker told is the channel, not the speaker', () => {
  const text = '"The bridge will reopen before the winter storms arrive," Marta Velasquez told CNN on Monday.';
  const q = quote(text, 'The bridge');
  assert.equal(q.speaker, 'Marta Velasquez');
  assert.equal(q.via, 'CNN');
});

test('"according to" an outlet names the channel when a person speaks in the sentence', () => {
  const text = 'Henrik Olsen said the vote was "a clear rejection of the proposed harbour tax," according to Reuters.';
  const q = quote(text, 'a clear rejection');
  assert.equal(q.speaker, 'Henrik Olsen');
  assert.equal(q.via, 'Reuters');
});

test('an outlet reporting is a channel: with no one else named the quote has no speaker', () => {
  const text = 'The Northfield Daily Herald reported that "the mill will close its doors for good in March."';
  const q = quote(text, 'the mill');
  assert.equal(q.speaker, undefined);
  assert.equal(q.via, 'Northfield Daily Herald');
});

test('the object of "accused" is not the speaker', () => {
  const text = 'Amina Diallo accused Northwind Logistics of "hiding the true cost of the spill from everyone."';
  assert.equal(quote(text, 'hiding').speaker, 'Amina Diallo');
});

test('an organisation in a title leads to the person who holds it', () => {
  const text = '"We have no record of any such agreement," said Harbour Authority spokeswoman Clara Jensen.';
  assert.equal(quote(text, 'We have no record').speaker, 'Clara Jensen');
});

test('a name inside an apposition or after a preposition is not the subject', () => {
  const text = 'Peter Lindqvist, a professor at Uppsala University, said the finding was "not plausible in any way we know of."';
  assert.equal(quote(text, 'not plausible').speaker, 'Peter Lindqvist');
  const mother = 'The mother of Daniel Okafor said she was "proud of everything he did for the village school."';
  assert.notEqual(quote(mother, 'proud').speaker, 'Daniel Okafor');
});

test('a pronoun stands for the last speaker, and for no one once another person is named since', () => {
  const text = [
    'Rosa Mendes said the results were early. "We will publish everything once the review is done," she said.',
    'Then Rosa Mendes thanked Tom Becker for the funding. "It was never about the money for the town," he said.',
  ].join('\n\n');
  assert.equal(quote(text, 'We will publish').speaker, 'Rosa Mendes');
  const ambiguous = quote(text, 'It was never');
  assert.equal(ambiguous.speakerSpan, undefined, `resolved to ${ambiguous.speaker}`);
});

test('a name inside the quotation marks never speaks for them', () => {
  const text = 'Her brother wrote on Facebook: "Leila is safe and she is not fighting for anyone right now."';
  assert.notEqual(quote(text, 'Leila').speaker, 'Leila');
});
