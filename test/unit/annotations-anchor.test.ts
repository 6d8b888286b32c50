import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { locate, ANCHORING } from '../../src/core/annotations/anchor';
import { reanchor } from '../../src/core/annotations/annotate';
import type { Annotation } from '../../src/core/annotations/model';
import { annotateText } from './fixtures/annotations/helpers';

const ENVOY = 'The talks were led by UN envoy Matthias Oberholzer, who said the deal held. '
  + 'Officials confirmed that 240 detainees were freed on Sunday.';

function placed(annotation: Annotation, text: string): { state: string; text?: string; score?: number } {
  const { annotation: after } = reanchor(annotation, text);
  const position = after.target.selector.position;
  return {
    state: after.anchor.state,
    ...(position ? { text: text.slice(position.start, position.end) } : {}),
    ...(after.anchor.score !== undefined ? { score: after.anchor.score } : {}),
  };
}

test('an unchanged article anchors exactly', () => {
  const note = annotateText(ENVOY, 'Matthias Oberholzer');
  assert.deepEqual(placed(note, ENVOY), { state: 'exact', text: 'Matthias Oberholzer' });
});

test('text inserted above shifts the annotation with it', () => {
  const note = annotateText(ENVOY, '240 detainees');
  const text = 'GENEVA (Wire) \u2014 A new paragraph.\n\n' + ENVOY;
  const { annotation } = reanchor(note, text);
  assert.equal(annotation.anchor.state, 'shifted');
  assert.equal(annotation.target.selector.position?.start, text.indexOf('240 detainees'));
});

test('a word inserted inside the annotated text is a fuzzy match on the longer text', () => {
  const note = annotateText(ENVOY, 'Matthias Oberholzer');
  const result = placed(note, ENVOY.replace('Matthias Oberholzer', 'Matthias J. Oberholzer'));
  assert.equal(result.state, 'fuzzy');
  assert.equal(result.text, 'Matthias J. Oberholzer');
  assert.ok((result.score ?? 0) >= ANCHORING.minScore);
});

test('deleting the annotated text orphans the annotation and keeps its quote', () => {
  const note = annotateText(ENVOY, 'Officials confirmed that 240 detainees were freed on Sunday.');
  const { annotation, outcome } = reanchor(note, ENVOY.slice(0, ENVOY.indexOf(' Officials')));
  assert.equal(annotation.anchor.state, 'orphaned');
  assert.equal(annotation.target.selector.position, undefined);
  assert.equal(annotation.target.selector.quote.exact, note.target.selector.quote.exact);
  assert.equal(outcome.state, 'orphaned');
});

test('the same quote twice is told apart by its context', () => {
  const text = 'Oberholzer arrived on Monday. Reporters asked Oberholzer about the prisoners.';
  const note = annotateText(text, 'Oberholzer', 1);
  const edited = 'Delegations met first. ' + text;
  const { annotation } = reanchor(note, edited);
  assert.equal(annotation.anchor.state, 'shifted');
  assert.equal(annotation.target.selector.position?.start, edited.lastIndexOf('Oberholzer'));
});

test('identical passages go to the one between its old neighbours, then the one nearest the old position, else to neither', () => {
  const sentence = 'The ministry declined to comment.';
  const text = `${sentence}\n\nA middle paragraph.\n\n${sentence}`;
  const note = annotateText(text, sentence, 1);
  const edited = 'Intro. ' + text;
  const { annotation } = reanchor(note, edited);
  assert.equal(annotation.target.selector.position?.start, edited.lastIndexOf(sentence));
  const unplaced = locate(note.target.selector.quote, undefined, edited);
  assert.deepEqual(unplaced, { state: 'shifted', start: edited.lastIndexOf(sentence), end: edited.length });
  const { before: _before, after: _after, ...withoutNeighbours } = note.target.selector.quote;
  assert.deepEqual(locate(withoutNeighbours, undefined, edited), { state: 'orphaned', reason: 'ambiguous' });
});

test('a copy of the sentence put where the passage was is told apart by the neighbours stored with it', () => {
  const text = 'Talks resumed in Geneva. The council approved 2.1 million euros for the harbour wall on Tuesday. Work starts in May.';
  const note = annotateText(text, 'approved 2.1 million euros');
  const copy = 'The council approved 2.1 million euros for the harbour wall on Tuesday, a draft said.';
  // The copy now sits nearer the old position than the passage does.
  const edited = `${copy} ${text}`;
  const { annotation } = reanchor(note, edited);
  assert.equal(annotation.target.selector.position?.start, edited.lastIndexOf('approved 2.1 million euros'));
});

test('an edit at the first or last word of a passage leaves it fuzzy on the words that remain', () => {
  const text = 'Talks resumed in Geneva. The council approved 2.1 million euros for the harbour wall on Tuesday. Work starts in May.';
  const sentence = 'The council approved 2.1 million euros for the harbour wall on Tuesday.';
  const note = annotateText(text, sentence);
  for (const [from, to] of [['The council approved', 'Council approved'], ['on Tuesday.', 'Tuesday.'], ['The council', 'The board']]) {
    const result = placed(note, text.replace(from, to));
    assert.equal(result.state, 'fuzzy', to);
    assert.equal(result.text, sentence.replace(from, to), to);
  }
});

test('a typo fixed inside the quote is a fuzzy match', () => {
  const typo = ENVOY.replace('Oberholzer, who said the deal held', 'Oberholzer, who siad the deal hled');
  const note = annotateText(typo, 'who siad the deal hled');
  const result = placed(note, ENVOY);
  assert.equal(result.state, 'fuzzy');
  assert.equal(result.text, 'who said the deal held');
});

test('a paraphrase is not the same text: orphaned', () => {
  const note = annotateText(ENVOY, 'who said the deal held');
  const result = placed(note, ENVOY.replace('who said the deal held', 'who insisted the agreement was intact'));
  assert.equal(result.state, 'orphaned');
});

test('Team Alpha and Team Beta: deleting the annotated sentence never moves the note to the other one', () => {
  const text = 'Team Alpha reduced latency by twelve percent. Team Beta reduced latency by twelve percent.';
  const withoutAlpha = text.slice(text.indexOf('Team Beta'));
  for (const exact of ['Team Alpha reduced latency by twelve percent.', 'reduced latency by twelve percent', 'twelve percent', 'latency']) {
    const note = annotateText(text, exact);
    assert.equal(placed(note, withoutAlpha).state, 'orphaned', exact);
    assert.equal(placed(note, 'Intro. ' + text).text, exact, `${exact} still found while Alpha is there`);
  }
});

test('Team Alfa and Team Beta line up at the same offsets after the deletion: still orphaned', () => {
  const text = 'Team Alfa reduced latency by twelve percent. Team Beta reduced latency by twelve percent.';
  const note = annotateText(text, 'reduced latency by twelve percent');
  const withoutAlfa = text.slice(text.indexOf('Team Beta'));
  assert.equal(withoutAlfa.indexOf('reduced'), text.indexOf('reduced'));
  assert.equal(placed(note, withoutAlfa).state, 'orphaned');
});

test('a figure changed in place is a close match to confirm; a name replaced wholesale is too different', () => {
  const figure = annotateText(ENVOY, '240 detainees were freed');
  assert.deepEqual(placed(figure, ENVOY.replace('240 detainees', '420 detainees')), { state: 'fuzzy', text: '420 detainees were freed', score: 0.97 });
  const name = annotateText(ENVOY, 'Matthias Oberholzer');
  assert.equal(placed(name, ENVOY.replace('Matthias Oberholzer', 'Matthias Heller')).state, 'orphaned');
});

test('curly and straight quotes, dashes and no-break spaces do not break an exact anchor', () => {
  const curly = 'He said \u201Cthe deal held\u201D on February 4\u20135 in Geneva\u00A0today.';
  const note = annotateText(curly, '\u201Cthe deal held\u201D on February 4\u20135 in Geneva\u00A0today');
  const straight = curly.replace(/[\u201C\u201D]/g, '"').replace('\u2013', '-').replace('\u00A0', ' ');
  assert.deepEqual(placed(note, straight), { state: 'exact', text: '"the deal held" on February 4-5 in Geneva today' });
});

test('CRLF line ends and re-wrapped lines still find a quote across lines', () => {
  const text = 'First line of the story.\nThe envoy said the deal\nheld firm on Sunday.\n';
  const note = annotateText(text, 'the deal\nheld firm');
  const crlf = text.replace(/\n/g, '\r\n');
  const moved = placed(note, crlf);
  assert.equal(moved.state, 'shifted');
  assert.equal(moved.text, 'the deal\r\nheld firm');
  assert.equal(placed(note, text.replace('deal\nheld', 'deal held')).text, 'the deal held firm');
});

test('a change of case is fuzzy, not exact', () => {
  const note = annotateText(ENVOY, 'UN envoy Matthias Oberholzer');
  const result = placed(note, ENVOY.replace('UN envoy', 'UN Envoy'));
  assert.equal(result.state, 'fuzzy');
  assert.equal(result.text, 'UN Envoy Matthias Oberholzer');
});

test('two equally good approximate matches: the note is orphaned, not guessed', () => {
  const original = 'The comittee approved the budget.';
  const note = annotateText(original, original);
  const fixed = 'The committee approved the budget.';
  const result = reanchor(note, `${fixed}\n\nNothing else.\n\n${fixed}`);
  assert.deepEqual(result.outcome, { state: 'orphaned', reason: 'ambiguous' });
});

test('an orphan comes back when its text does', () => {
  const note = annotateText(ENVOY, 'Matthias Oberholzer');
  const gone = reanchor(note, 'Nothing about it.').annotation;
  assert.equal(gone.anchor.state, 'orphaned');
  const back = reanchor(gone, 'Now: ' + ENVOY).annotation;
  assert.equal(back.anchor.state, 'shifted');
});

test('an exact re-anchor takes the current context; a fuzzy one keeps the original quote', () => {
  const note = annotateText(ENVOY, 'Matthias Oberholzer');
  const moved = reanchor(note, ENVOY.replace('by UN envoy', 'by the UN envoy')).annotation;
  assert.equal(moved.anchor.state, 'shifted');
  assert.equal(moved.target.selector.quote.prefix, 'talks were led by the UN envoy ');
  const fuzzy = reanchor(note, ENVOY.replace('Oberholzer', 'Oberholtzer')).annotation;
  assert.equal(fuzzy.anchor.state, 'fuzzy');
  assert.deepEqual(fuzzy.target.selector.quote, note.target.selector.quote);
});
