import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Annotation, AnnotationsFile } from '../../src/core/annotations/model';
import { MAX_SIDECAR_CHARS, parseSidecar, writeSidecar } from '../../src/core/annotations/sidecar-yaml';

const FIXTURES = resolve(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', 'annotations');
const WRITTEN = readFileSync(join(FIXTURES, 'written.annotations.yaml'), 'utf8');
const HEAD = 'version: 1\narticle: a.txt\ntextHash: 0123456789abcdef\nannotations:\n';

/** One annotation in the house layout, with `lines` replacing or adding keys by their first word. */
function sidecarWith(...overrides: string[]): string {
  const lines = [
    '  - id: a-0c8ckn41', '    kind: actor', '    type: person', '    target:', '      selector:', '        quote:',
    '          exact: Ines Calloway', '        position:', '          start: 216', '          end: 229',
    '      textHash: 8e00c102807b57a1', '    anchor:', '      state: exact', '    body:', '      status: verified',
    '    created: 2026-03-12T09:00:00.000Z', '    modified: 2026-03-12T09:00:00.000Z',
  ];
  for (const override of overrides) {
    const key = override.trim().split(':')[0];
    const at = lines.findIndex((l) => l.trim().startsWith(`${key}:`) && l.search(/\S/) === override.search(/\S/));
    if (at >= 0) lines[at] = override;
    else lines.push(override);
  }
  return HEAD + lines.join('\n') + '\n';
}

function problemsOf(text: string): { line: number; message: string }[] {
  const parsed = parseSidecar(text);
  assert.equal(parsed.usable, parsed.problems.length === 0);
  return [...parsed.problems].sort((a, b) => a.line - b.line);
}

test('a well-formed annotation has no problems', () => {
  assert.deepEqual(problemsOf(sidecarWith()), []);
});

test('broken YAML is unusable and reported at its line', () => {
  const parsed = parseSidecar(HEAD + '  - id: "unterminated\n    kind: actor\n');
  assert.equal(parsed.usable, false);
  assert.equal(parsed.file, undefined);
  assert.ok(parsed.problems[0].line >= 5, JSON.stringify(parsed.problems));
  assert.throws(() => writeSidecar({ version: 1, article: 'a.txt', textHash: '0123456789abcdef', annotations: [] }, parsed), /refusing/);
});

test('each wrong value is reported at its own line', () => {
  const cases: [string, number, RegExp][] = [
    ['    kind: person', 6, /kind.*one of actor, number, claim/],
    ['    type: count', 7, /type.*person, organization, place for kind actor/],
    ['      status: done', 19, /status.*one of unverified/],
    ['          start: -3', 13, /start.*whole number/],
    ['          end: 12.5', 14, /end.*whole number/],
    ['          exact: 314', 11, /exact.*text \(put it in quotes\)/],
    ['      textHash: nope', 15, /textHash.*expected form/],
    ['    created: yesterday', 20, /created.*expected form/],
    ['      state: orphaned', 12, /position.*absent/],
    ['      state: fuzzy', 17, /score.*missing/],
    ['      state: exact\n      score: 0.5', 18, /score.*only to a fuzzy/],
    ['    colour: red', 22, /unknown key `colour`/],
    ['    links: [{path: /etc/passwd, exact: x, relation: same-actor}]', 22, /path.*expected form/],
    ['    links: [{path: b.txt, exact: x, relation: cousin}]', 22, /relation.*one of same-actor/],
    ['      status: verified\n      labels: [ok, [nested]]', 20, /labels.*short piece of text/],
  ];
  for (const [override, line, message] of cases) {
    const problems = problemsOf(sidecarWith(override));
    assert.ok(problems.some((p) => p.line === line && message.test(p.message)), `${override}: ${JSON.stringify(problems)}`);
  }
});

test('missing parts are reported at the mapping that lacks them', () => {
  const text = HEAD + '  - id: a-1\n    kind: claim\n    type: quote\n';
  const messages = problemsOf(text).map((p) => `${p.line}: ${p.message}`);
  for (const part of ['target', 'anchor', 'body', 'created', 'modified']) {
    assert.ok(messages.some((m) => m.startsWith('5: ') && m.includes(`.${part}\` is missing`)), `${part}: ${messages.join('; ')}`);
  }
});

test('a sidecar from a newer version, a list or a scalar is left alone', () => {
  assert.match(problemsOf('version: 2\narticle: a.txt\n')[0].message, /newer Corroborate/);
  assert.match(problemsOf('- 1\n- 2\n')[0].message, /should be a mapping/);
  assert.match(problemsOf('just words')[0].message, /should be a mapping/);
});

test('the same id twice is a problem on the second', () => {
  const one = sidecarWith().slice(HEAD.length);
  const problems = problemsOf(HEAD + one + one);
  assert.deepEqual(problems.map((p) => p.line), [22]);
  assert.match(problems[0].message, /used twice/);
});

test('aliases are refused without being expanded, however many', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
  const started = Date.now();
  const bomb = parseSidecar(levels.join('\n') + '\nannotations: *l11\n');
  assert.equal(bomb.usable, false);
  assert.ok(bomb.problems.some((p) => /alias/.test(p.message)));
  assert.ok(Date.now() - started < 1000);
});

test('hostile shapes never throw: deep nesting, huge input, tags, several documents, control characters', () => {
  const hostile = [
    '['.repeat(20_000) + ']'.repeat(20_000),
    'a:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(i + 1) + 'a:').join('\n'),
    'x'.repeat(MAX_SIDECAR_CHARS + 1),
    'version: !!binary aGVsbG8=\n',
    'version: !js/function "return 1"\n',
    'version: 1\n---\nversion: 1\n',
    'version: 1\narticle: "a\\u0000b"\ntextHash: 0123456789abcdef\n',
    '\uFEFFversion: 1\n\t- broken\n',
    sidecarWith(`          exact: "${'x'.repeat(100_001)}"`),
  ];
  for (const text of hostile) {
    const parsed = parseSidecar(text);
    assert.equal(parsed.usable, false, text.slice(0, 40));
    assert.ok(parsed.problems.length > 0 && parsed.problems.every((p) => p.line >= 1));
  }
});

test('an empty or comment-only sidecar is usable, and a write keeps its comment', () => {
  assert.equal(parseSidecar('').usable, true);
  const commented = parseSidecar('# notes for the harbour story\n');
  assert.equal(commented.usable, true);
  const text = writeSidecar({ version: 1, article: 'a.txt', textHash: '0123456789abcdef', annotations: [] }, commented);
  assert.match(text, /^# notes for the harbour story\n/);
  assert.equal(parseSidecar(text).usable, true);
});

test('the writer refuses data that would not read back', () => {
  const parsed = parseSidecar(WRITTEN);
  assert.ok(parsed.file);
  const broken = { ...parsed.file, annotations: [{ ...parsed.file.annotations[0], id: 'not an id!' }] };
  assert.throws(() => writeSidecar(broken, parsed), /would not validate/);
});

test('notes that look like other YAML values are quoted and read back as written', () => {
  const parsed = parseSidecar(WRITTEN);
  assert.ok(parsed.file);
  for (const note of ['true', '314', 'a: b', '# not a comment', ' leading space', 'two\nlines\n', '- dash', '"quoted"', 'null', '~', '', '\u2028odd']) {
    const first: Annotation = { ...parsed.file.annotations[0], body: { ...parsed.file.annotations[0].body, note } };
    const next: AnnotationsFile = { ...parsed.file, annotations: [first, ...parsed.file.annotations.slice(1)] };
    const again = parseSidecar(writeSidecar(next, parsed));
    assert.deepEqual(again.problems, [], JSON.stringify(note));
    assert.equal(again.file?.annotations[0].body.note, note === '' ? undefined : note, JSON.stringify(note));
  }
});

test('random damage to a sidecar never throws, and whatever still reads back writes back the same', () => {
  const damage = fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), put: fc.constantFrom('', ':', '- ', '  ', '\n', '"', "'", '&a ', '*a', '{', ']', '#', 'x', '\t', '?') }), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(damage, (edits) => {
      let text = WRITTEN;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.put + text.slice(at + e.cut);
      }
      const parsed = parseSidecar(text);
      const lines = text.split('\n').length;
      assert.ok(parsed.problems.every((p) => p.line >= 1 && p.line <= lines + 1));
      if (parsed.usable && parsed.file) {
        assert.equal(writeSidecar(parsed.file, parsed), text);
        assert.deepEqual(parseSidecar(writeSidecar(parsed.file)).file, parsed.file);
      }
    }),
    { numRuns: 100, seed: 42 },
  );
});

test('any text in a quote, its context or a note is written so that it reads back the same', () => {
  const sidecar = parseSidecar(WRITTEN);
  assert.ok(sidecar.file);
  const file = sidecar.file;
  const odd = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '\r\n', '\t', ' ', '\u0000', '\u2028', '\u0085', '\uFEFF', '#', ': ', '"', "'", '|', '- ', '\\', '\u00A0', '\u201C', '&', '*', '!', '%', '@', '`'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
  fc.assert(
    fc.property(odd, odd, odd, (exact, prefix, note) => {
      if (!/\S/.test(exact)) return;
      const first = file.annotations[0];
      const changed: Annotation = { ...first, target: { ...first.target, selector: { ...first.target.selector, quote: { exact, prefix, suffix: '' } } }, body: { ...first.body, note } };
      const back = parseSidecar(writeSidecar({ ...file, annotations: [changed, ...file.annotations.slice(1)] }, sidecar)).file?.annotations[0];
      assert.equal(back?.target.selector.quote.exact, exact);
      assert.equal(back?.target.selector.quote.prefix, prefix);
      assert.equal(back?.body.note ?? '', note);
    }),
    { numRuns: 100, seed: 9 },
  );
});
