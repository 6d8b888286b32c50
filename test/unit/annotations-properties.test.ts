import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { ANCHORING } from '../../src/core/annotations/anchor';
import { createAnnotation, reanchor } from '../../src/core/annotations/annotate';
import { similarity } from '../../src/core/annotations/approximate';
import type { Annotation } from '../../src/core/annotations/model';
import { quoteContext } from '../../src/core/annotations/quote-context';
import { lowerSameLength, normalizeForSearch, prepareSearchText } from '../../src/core/annotations/search-text';
import { shiftForEdits, type TextEdit } from '../../src/core/annotations/shift';
import { followEdits } from '../../src/core/annotations/follow';
import { compareContext } from '../../src/core/annotations/context-match';
import { testDeps } from './fixtures/annotations/helpers';

// Random articles full of lookalike sentences, random annotations on them, random edit
// sequences that often hit the annotated text. Whatever happens: no throw, no annotation
// lost, and an anchored annotation sits on text that matches its quote.

const TEAMS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Kyiv', 'Oberholzer'];
const SENTENCE = fc.record({
  team: fc.constantFrom(...TEAMS),
  verb: fc.constantFrom('reduced', 'cut', 'raised'),
  what: fc.constantFrom('latency', 'costs', 'the number of detainees'),
  amount: fc.constantFrom('twelve', '12', '240', 'nearly 2 million'),
  quote: fc.constantFrom('', ' \u201CWe are close,\u201D he said.', ' "We are close," he said.'),
}).map((s) => `Team ${s.team} ${s.verb} ${s.what} by ${s.amount} percent.${s.quote}`);
const BREAK = fc.constantFrom(' ', '  ', '\n', '\r\n', '\n\n', '\u00A0');
const ARTICLE = fc.array(fc.tuple(SENTENCE, BREAK), { minLength: 2, maxLength: 7 }).map((parts) => parts.map(([s, b]) => s + b).join(''));

const PIECE = fc.oneof(
  fc.constantFrom('', ' ', 'e', 'Team Beta ', 'reduced latency', '\u2019', '\u2013', '\n', '\r\n', 'twelve percent. ', 'Officials said. '),
  fc.string({ maxLength: 6 }),
  SENTENCE,
);

interface EditPlan { at: number; length: number; text: string }
const EDITS = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), text: PIECE }), { minLength: 1, maxLength: 6 });
const SPANS = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 4 });

/** Word-aligned spans, so annotations look like what a person selects. */
function annotationsOn(text: string, picks: [number, number][]): Annotation[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const deps = testDeps(11);
  const taken = new Set<string>();
  return picks.map(([first, count]) => {
    const from = words[first % words.length];
    const to = words[Math.min(words.length - 1, (first % words.length) + count - 1)];
    const annotation = createAnnotation(text, { start: from.start, end: to.end }, { kind: 'claim', type: 'claim' }, deps, taken);
    taken.add(annotation.id);
    return annotation;
  });
}

function concrete(text: string, plans: EditPlan[]): { edits: TextEdit[]; final: string } {
  const edits: TextEdit[] = [];
  let current = text;
  for (const plan of plans) {
    const start = Math.floor(plan.at * current.length);
    const end = Math.min(current.length, start + plan.length);
    edits.push({ start, end, text: plan.text });
    current = current.slice(0, start) + plan.text + current.slice(end);
  }
  return { edits, final: current };
}

function assertSound(before: readonly Annotation[], after: readonly Annotation[], text: string): void {
  assert.deepEqual(after.map((a) => a.id), before.map((a) => a.id));
  for (const annotation of after) {
    const position = annotation.target.selector.position;
    const quote = normalizeForSearch(annotation.target.selector.quote.exact);
    if (annotation.anchor.state === 'orphaned') {
      assert.equal(position, undefined);
      continue;
    }
    assert.ok(position && position.start >= 0 && position.end <= text.length && position.start <= position.end);
    const found = normalizeForSearch(text.slice(position.start, position.end));
    if (annotation.anchor.state === 'fuzzy') {
      assert.ok(similarity(lowerSameLength(found), lowerSameLength(quote)) >= ANCHORING.minQuoteSimilarity, `${found} for ${quote}`);
      assert.ok((annotation.anchor.score ?? 0) >= ANCHORING.minScore);
    } else assert.equal(found, quote);
  }
}

test('random edits, live and in one go: never throws, never loses an annotation, never anchors on unlike text', () => {
  fc.assert(
    fc.property(ARTICLE, SPANS, EDITS, (text, picks, plans) => {
      const annotations = annotationsOn(text, picks);
      const { edits, final } = concrete(text, plans);
      const search = prepareSearchText(final);

      const shifted = shiftForEdits(annotations.map((a) => a.target.selector.position ?? { start: 0, end: 0 }), edits);
      shifted.forEach((moved, i) => {
        if (moved.status === 'unchanged' || moved.status === 'moved') assert.equal(final.slice(moved.start, moved.end), annotations[i].target.selector.quote.exact);
      });
      const live = followEdits(annotations, edits, search);
      assertSound(annotations, live, final);

      const offline = annotations.map((annotation) => reanchor(annotation, search).annotation);
      assertSound(annotations, offline, final);
    }),
    { numRuns: 300, seed: 20260312 },
  );
});

test('deleting an annotated sentence among lookalikes always orphans its note', () => {
  const names = fc.uniqueArray(fc.constantFrom(...TEAMS), { minLength: 2, maxLength: 5 });
  fc.assert(
    fc.property(names, fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean(), (teams, pick, words, withName) => {
      const sentences = teams.map((team) => `Team ${team} reduced latency by twelve percent in the trials.`);
      const k = pick % sentences.length;
      const text = sentences.join(' ');
      const sentenceStart = sentences.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
      const body = sentences[k].split(' ');
      const first = withName ? 1 : 2;
      const exact = body.slice(first, first + words).join(' ');
      const start = sentenceStart + sentences[k].indexOf(exact, withName ? 0 : 5);
      const note = createAnnotation(text, { start, end: start + exact.length }, { kind: 'claim', type: 'claim' }, testDeps());
      const without = sentences.filter((_, i) => i !== k).join(' ');
      assert.equal(reanchor(note, without).annotation.anchor.state, 'orphaned', `${exact} in ${sentences[k]}`);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('sentences added between others never lose an annotation, nor move it where its context does not fit', () => {
  const teams = fc.uniqueArray(fc.constantFrom(...TEAMS), { minLength: 2, maxLength: 6 });
  const added = fc.array(fc.tuple(fc.nat(), fc.constantFrom('Epsilon', 'Zeta', 'Alpha'), fc.constantFrom('reduced latency', 'cut costs')), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(teams, SPANS, added, (names, picks, insertions) => {
      const text = names.map((team) => `Team ${team} reduced latency by twelve percent. `).join('');
      const annotations = annotationsOn(text, picks);
      const spans = annotations.map((a) => a.target.selector.position ?? { start: 0, end: 0 });
      const boundaries = [0, ...[...text.matchAll(/\. /g)].map((m) => m.index + 2)].filter((at) => spans.every((s) => at <= s.start || at >= s.end));
      const edits = insertions
        .map(([k, team, what]) => { const at = boundaries[k % boundaries.length]; return { start: at, end: at, text: `Team ${team} ${what} by twelve percent. ` }; })
        .sort((a, b) => b.start - a.start);
      const final = edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
      const live = shiftForEdits(spans, edits);
      const search = prepareSearchText(final);
      annotations.forEach((annotation, i) => {
        const { annotation: after, outcome } = reanchor(annotation, search);
        const exact = annotation.target.selector.quote.exact;
        const position = after.target.selector.position;
        if (outcome.state === 'orphaned') {
          // Only when an identical sentence makes the choice impossible.
          assert.equal(outcome.reason, 'ambiguous', `${exact} in ${final}`);
          assert.ok(twinsOf(final, live[i]).length > 0);
          return;
        }
        assert.ok(position && (outcome.state === 'exact' || outcome.state === 'shifted'), `${exact}: ${JSON.stringify(outcome)}`);
        assert.equal(final.slice(position.start, position.end), exact);
        // Elsewhere only if the stored quote and context fit that place as well: a sentence
        // added later can repeat the words around a quote, and no selector can tell then.
        if (position.start !== live[i].start) assert.equal(compareContext(annotation.target.selector.quote, final, position).contradicted, false);
      });
    }),
    { numRuns: 200, seed: 5 },
  );
});

/** Lone surrogates, a letter that grows when lowered, zero-width and control characters. */
const ODD_TEXT = fc.array(fc.oneof(
  fc.constantFrom('\uD83D\uDE00', '\uD800', '\uDC00', '\u0130', '\u00DF', '\u0000', '\u200B', '\u00A0', '\r', '\n', '\u201C', '\u2011', '.', ' '),
  fc.string({ maxLength: 4 }),
), { maxLength: 30 }).map((parts) => parts.join(''));

/** Other places with the same text in the same words of the same sentence: nothing can tell them apart. */
function twinsOf(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const exact = text.slice(span.start, span.end);
  const context = JSON.stringify(quoteContext(text, span, 1000));
  const twins: { start: number; end: number }[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const other = { start: at, end: at + exact.length };
    if (at !== span.start && JSON.stringify(quoteContext(text, other, 1000)) === context) twins.push(other);
  }
  return twins;
}

test('any text and any edits: anchoring never throws', () => {
  fc.assert(
    fc.property(ODD_TEXT, SPANS, EDITS, (text, picks, plans) => {
      if (!/\S/.test(text)) return;
      const annotations = annotationsOn(text, picks);
      const { edits, final } = concrete(text, plans);
      shiftForEdits(annotations.map((a) => a.target.selector.position ?? { start: 0, end: 0 }), edits);
      assertSound(annotations, annotations.map((a) => reanchor(a, final).annotation), final);
    }),
    { numRuns: 200, seed: 3 },
  );
});
