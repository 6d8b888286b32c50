import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectClaims } from '../../src/core/detect/claims';
import { assessmentOf, claimTerms } from '../../src/core/detect/claims/terms';
import { analyzeText } from '../../src/core/analysis';
import type { ActorMention, NumberMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

function actor(text: string, source: string, name = text, from = 0): ActorMention {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `fixture lacks ${text}`);
  return { kind: 'actor', type: 'person', name, text, start, end: start + text.length };
}

function count(text: string, source: string, from = 0): NumberMention {
  const start = source.indexOf(text, from);
  return { kind: 'number', type: 'count', text, start, end: start + text.length, value: { amount: 1 } };
}

test('an attributed sentence with a figure is a claim with its speaker', () => {
  const text = 'Talks Open in Geneva\nEnvoy Lena Marsh said on Tuesday that 240 detainees would be freed. The weather was mild.';
  const claims = detectClaims(prepareText(text), [actor('Lena Marsh', text)], [count('240 detainees', text)]);
  const sentence = claims.find((c) => c.type === 'claim' && c.text.includes('240'));
  assert.ok(sentence);
  assert.equal(sentence.speaker, 'Lena Marsh');
  assert.equal(sentence.cue, 'said');
  assert.ok(sentence.score >= 0.7, `score ${sentence.score}`);
  assert.ok(!claims.some((c) => c.text.startsWith('Talks Open')), 'a headline is not a claim');
  assert.ok(!claims.some((c) => c.text.includes('weather')), 'a bare description is not a claim');
});

test('a quote carries its speaker, before or after the quotation marks, curly or straight', () => {
  const text = '\u201CWe will not sign this text,\u201D said Omar Haddad. Ines Varga told reporters: "The door stays open for now."';
  const actors = [actor('Omar Haddad', text), actor('Ines Varga', text)];
  const quotes = detectClaims(prepareText(text), actors, []).filter((c) => c.type === 'quote');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [
    ['We will not sign this text,', 'Omar Haddad'],
    ['The door stays open for now.', 'Ines Varga'],
  ]);
});

test('an apposition between speaker and verb still finds the speaker', () => {
  const text = 'Piotr Lanz, the ministry spokesman, said 90 drones were launched overnight.';
  const [claim] = detectClaims(prepareText(text), [actor('Piotr Lanz', text)], [count('90 drones', text)]);
  assert.equal(claim.speaker, 'Piotr Lanz');
});

test('"according to" names the source after it; unnamed officials are kept as written', () => {
  const text = 'According to Mara Quist, 3,000 people fled the town. Officials said the bridge had reopened to traffic.';
  const claims = detectClaims(prepareText(text), [actor('Mara Quist', text)], [count('3,000 people', text)]);
  assert.equal(claims[0].speaker, 'Mara Quist');
  assert.equal(claims[0].cue, 'according to');
  const second = claims.find((c) => c.text.startsWith('Officials'));
  assert.equal(second?.speaker, 'Officials');
});

test('source phrases in any case; the verb in "as reported by" is read too; a named speaker of a verb comes first', () => {
  const reported = 'Grain exports fell by 3,000 tonnes, as reported by Ilse Brandt of the port authority.';
  const [first] = detectClaims(prepareText(reported), [actor('Ilse Brandt', reported)], [count('3,000 tonnes', reported)]);
  assert.equal(first.cue, 'as reported by');
  assert.equal(first.speaker, 'Ilse Brandt');
  // With no one named after the phrase, the reporting verb inside it is the cue.
  const unnamed = 'Grain exports fell by 3,000 tonnes, as reported by local radio on Monday.';
  assert.equal(detectClaims(prepareText(unnamed), [], [count('3,000 tonnes', unnamed)])[0].cue, 'reported');
  const capitals = 'PER Tomas Lind, 40 trucks crossed the border on Monday morning.';
  assert.equal(detectClaims(prepareText(capitals), [actor('Tomas Lind', capitals)], [count('40 trucks', capitals)])[0].cue, 'per');
  const both = 'According to the report, Mara Quist said 300 prisoners were freed on Sunday.';
  const [claim] = detectClaims(prepareText(both), [actor('Mara Quist', both)], [count('300 prisoners', both)]);
  assert.equal(claim.cue, 'said');
  assert.equal(claim.speaker, 'Mara Quist');
});

test('a question or a hedge lowers the score', () => {
  const text = 'Will the 240 detainees be freed by Friday? The 240 detainees were freed on Friday.';
  const numbers = [count('240 detainees', text), count('240 detainees', text, 20)];
  const claims = detectClaims(prepareText(text), [], numbers);
  const question = claims.find((c) => c.text.startsWith('Will'));
  const statement = claims.find((c) => c.text.startsWith('The'));
  assert.ok(statement);
  assert.ok(!question || question.score < statement.score);
});

test('an unbalanced quotation mark does not swallow the next paragraph', () => {
  const text = 'He called it "a farce.\n\nThe vote went ahead on "Monday" as planned.';
  const quotes = detectClaims(prepareText(text), [], []).filter((c) => c.type === 'quote');
  assert.deepEqual(quotes.map((q) => q.text), ['Monday']);
});

test('a claim carries the assessment its sentence makes, as reading the sentence again gives it', () => {
  const text = [
    'Negotiators said the talks in Dorvik were productive and that 40 prisoners would be freed.',
    'Officials described the meeting as tense, according to two people present, and 12 more left.',
    'The ceasefire agreement failed within days, the ministry said on Monday.',
    'A spokesman said 300 families had returned to the town since March.',
    '"The talks were constructive," Varnow told reporters.',
  ].join(' ');
  const claims = analyzeText(text).mentions.filter((m) => m.kind === 'claim');
  const sentences = claims.filter((c) => c.type === 'claim');
  assert.ok(sentences.length >= 4);
  for (const c of sentences) assert.equal(c.assessment, assessmentOf(claimTerms(prepareText(text).folded.slice(c.start, c.end))), c.text);
  assert.ok(sentences.some((c) => c.assessment === '~talks~positive'));
  assert.ok(sentences.some((c) => c.assessment === undefined));
  // A quote is compared by its words, never by an assessment.
  assert.ok(claims.filter((c) => c.type === 'quote').every((c) => c.assessment === undefined));
});

test('a closing attribution with no named speaker is cut off at its comma, not taken for what was said', () => {
  const text = 'The harbour authority closed the northern quay for repairs on Monday, officials in Dunmore said.';
  const claim = analyzeText(text).mentions.find((m) => m.kind === 'claim');
  assert.ok(claim && claim.kind === 'claim' && claim.content, 'a claim with its asserted part');
  assert.equal(text.slice(claim.content.start, claim.content.end), 'The harbour authority closed the northern quay for repairs on Monday');
  // A sentence that goes on after its cue keeps the part after the cue.
  const told = 'Officials in Dunmore said the quay would reopen in May.';
  const second = analyzeText(told).mentions.find((m) => m.kind === 'claim');
  assert.ok(second && second.kind === 'claim' && second.content);
  assert.equal(told.slice(second.content.start, second.content.end), 'the quay would reopen in May.');
});
