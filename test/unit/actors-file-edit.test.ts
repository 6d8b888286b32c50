import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseActorsFile } from '../../src/core/actors-file';
import { ActorsFileEditError, mergeActors, renameActor, separateActors } from '../../src/core/actors-file-edit';
import { nameKey } from '../../src/core/link/name-key';

const HEADER = [
  '# Corroborate: who is who across these articles. Each entry under `actors` is one actor',
  '# (`label` is the name shown for it); each list under `separate` names different actors.',
  '',
];

/** A file a desk editor wrote by hand: comments, a blank line, their own indentation. */
const HAND_WRITTEN = [
  '# Who is who in the Dunmore flood coverage',
  'version: 1',
  'actors:',
  '# the harbour master, two spellings in the wire copy',
  '- label: Orla Breen   # as she signs her letters',
  '  names: [Breen, Orla Breene]',
  '',
  'separate:',
  '- [Tam Quill, Tamsin Quill] # cousins, not the same person',
  '',
].join('\n');

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

/** Parses an edit's result: usable, and no problem the file did not already have (`before`). */
function assertClean(text: string, before = ''): ReturnType<typeof parseActorsFile> {
  const parsed = parseActorsFile(text);
  assert.equal(parsed.usable, true, text);
  const known = new Set(parseActorsFile(before).problems.map((p) => p.message));
  assert.deepEqual(parsed.problems.filter((p) => !known.has(p.message)), [], text);
  return parsed;
}

test('a merge on a missing file writes the header, the version and one entry', () => {
  const text = mergeActors('', ['Orla Breen', 'Harbour Master Breen'], 'Orla Breen');
  assert.equal(text, lines(...HEADER, 'version: 1', 'actors:', '  - label: Orla Breen', '    names: [Harbour Master Breen]'));
  assert.deepEqual(assertClean(text).overrides.merges, [['Orla Breen', 'Harbour Master Breen']]);
});

test('separate and rename on a missing file', () => {
  assert.equal(separateActors('', ['Tam Quill', 'Tamsin Quill']), lines(...HEADER, 'version: 1', 'separate:', '  - [Tam Quill, Tamsin Quill]'));
  assert.equal(renameActor('', ['Dunmore Council'], 'Dunmore Town Council'),
    lines(...HEADER, 'version: 1', 'actors:', '  - label: Dunmore Town Council', '    names: [Dunmore Council]'));
});

test('a merge extends the entry that holds a name, keeping comments, blank lines and indentation', () => {
  const text = mergeActors(HAND_WRITTEN, ['Orla Breene', 'O. Breen']);
  assert.equal(text, HAND_WRITTEN.replace('names: [Breen, Orla Breene]', 'names: [Breen, Orla Breene, O. Breen]').replace('   # as', ' # as'));
  assertClean(text);
});

test('merging the same names twice changes nothing the second time', () => {
  const once = mergeActors(HAND_WRITTEN, ['Port Authority', 'Dunmore Port Authority'], 'Dunmore Port Authority');
  assert.equal(mergeActors(once, ['Port Authority', 'Dunmore Port Authority'], 'Dunmore Port Authority'), once);
  assert.equal(mergeActors(HAND_WRITTEN, ['Orla Breen', 'Breen']), HAND_WRITTEN, 'already one actor: the text is returned as it was');
  const apart = separateActors(once, ['Breen', 'Tam Quill']);
  assert.equal(separateActors(apart, ['Tam Quill', 'Breen']), apart);
  assert.equal(renameActor(once, ['Breen'], 'Orla Breen'), once);
});

test('names are compared as the linker compares them: case, accents and possessives do not count', () => {
  assert.equal(mergeActors(HAND_WRITTEN, ["ORLA BREENE'S", 'Orla Bréen']), HAND_WRITTEN);
});

test('line endings and a byte-order mark are kept', () => {
  const windows = `\uFEFF${HAND_WRITTEN.replace(/\n/g, '\r\n')}`;
  const text = mergeActors(windows, ['Orla Breene', 'O. Breen']);
  assert.ok(text.startsWith('\uFEFF# Who is who'), JSON.stringify(text.slice(0, 20)));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends in CRLF');
  assert.ok(text.includes('names: [Breen, Orla Breene, O. Breen]\r\n'), text);
});

test('a merge that touches two entries joins them into one', () => {
  const two = lines('actors:', '  - label: Orla Breen', '    names: [Breen]', '  - names: [Harbour Office, Dunmore Harbour Office]');
  const text = mergeActors(two, ['Breen', 'Harbour Office']);
  assert.equal(text, lines('actors:', '  - label: Orla Breen', '    names: [Breen, Harbour Office, Dunmore Harbour Office]'));
});

test('a merge drops the names of a `separate` list that said the opposite', () => {
  const text = mergeActors(HAND_WRITTEN, ['Tam Quill', 'Tamsin Quill']);
  const parsed = assertClean(text);
  assert.deepEqual(parsed.overrides.splits, []);
  assert.ok(!text.includes('separate'), text);
  const three = lines('separate:', '  - [Tam Quill, Tamsin Quill, T. Quill]');
  assert.equal(mergeActors(three, ['Tamsin Quill', 'T. Quill']), lines('actors:', '  - names: [Tamsin Quill, T. Quill]', 'separate:', '  - [Tam Quill, Tamsin Quill]'));
});

test('separating lets the later names leave a merge entry, the first keeps its place', () => {
  const text = separateActors(HAND_WRITTEN, ['Breen', 'Orla Breene']);
  assert.ok(text.includes('  names: [Breen]\n'), text);
  assert.ok(text.includes('- [Breen, Orla Breene]\n'), text);
  const parsed = assertClean(text);
  assert.deepEqual(parsed.overrides.merges, [['Orla Breen', 'Breen']]);
  assert.ok(text.includes('# cousins, not the same person'), 'the hand comment on the other list survives');
});

test('separating the label of an entry removes the label; an entry left saying nothing goes', () => {
  const entry = lines('actors:', '  - label: Orla Breen', '    names: [Breen]');
  assert.equal(separateActors(entry, ['Breen', 'Orla Breen']), lines('separate:', '  - [Breen, Orla Breen]'));
});

test('renaming replaces the label; the old one stays only when passed as a name', () => {
  const dropped = renameActor(HAND_WRITTEN, ['Breen'], 'Harbour Master Breen');
  assert.ok(dropped.includes('- label: Harbour Master Breen # as she signs her letters\n  names: [Breen, Orla Breene]\n'), dropped);
  const kept = renameActor(HAND_WRITTEN, ['Breen', 'Orla Breen'], 'Harbour Master Breen');
  assert.ok(kept.includes('names: [Breen, Orla Breene, Orla Breen]'), kept);
  const labels = assertClean(kept).overrides.labels ?? {};
  assert.deepEqual(new Set(Object.values(labels)), new Set(['Harbour Master Breen']), 'only the new label is left');
  assert.deepEqual(Object.keys(labels).sort(), ['Breen', 'Harbour Master Breen', 'Orla Breen', 'Orla Breene']);
});

test('an unreadable file is refused with its line, never rewritten', () => {
  const broken = lines('actors:', '  - label: Orla Breen', '    names: [Breen, "Orla', '  - names: [x]');
  for (const edit of [
    (t: string) => mergeActors(t, ['a', 'b']),
    (t: string) => separateActors(t, ['a', 'b']),
    (t: string) => renameActor(t, ['a'], 'A'),
  ]) {
    assert.throws(() => edit(broken), (e: unknown) => e instanceof ActorsFileEditError && (e.line ?? 0) >= 3 && /line \d+/.test(e.message));
    assert.throws(() => edit('- just\n- a list\n'), (e: unknown) => e instanceof ActorsFileEditError && e.line === 1);
    assert.throws(() => edit('actors: Orla Breen\n'), (e: unknown) => e instanceof ActorsFileEditError && e.line === 1 && /should be a list/.test(e.message));
  }
});

test('arguments that say nothing are refused or ignored', () => {
  assert.throws(() => separateActors('', ['Breen', ' breen ']), ActorsFileEditError);
  assert.throws(() => renameActor('', ['Breen'], '  '), ActorsFileEditError);
  assert.throws(() => renameActor('', [], 'Breen'), ActorsFileEditError);
  assert.equal(mergeActors(HAND_WRITTEN, ['Breen']), HAND_WRITTEN);
});

test('an empty flow mapping grows into a block mapping', () => {
  assert.equal(mergeActors('{}\n', ['Breen', 'Quill']), lines('actors:', '  - names: [Breen, Quill]'));
});

test('names YAML would read as something else are quoted', () => {
  const text = mergeActors('', ['true', '1984', 'Quill: the elder', '- dash', "O'Breen", '#7 Company']);
  assert.deepEqual(assertClean(text).overrides.merges, [['true', '1984', 'Quill: the elder', '- dash', "O'Breen", '#7 Company']]);
});

// Random sequences of edits on random (valid) files: no throw, always a clean file, and
// each edit's own promise holds right after it.
const NAME = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Orla Breen', 'Breen', 'Orla Breene', 'Tam Quill', 'Tamsin Quill', 'Quill', 'Dunmore Council', 'ORLA BREEN', "Breen's") },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0) },
);
const EDIT = fc.oneof(
  fc.record({ kind: fc.constant('merge' as const), names: fc.array(NAME, { minLength: 1, maxLength: 4 }), label: fc.option(NAME, { nil: undefined }) }),
  fc.record({ kind: fc.constant('separate' as const), names: fc.uniqueArray(NAME, { minLength: 2, maxLength: 4, selector: (n) => keyOf(n) }) }),
  fc.record({ kind: fc.constant('rename' as const), names: fc.array(NAME, { minLength: 1, maxLength: 3 }), label: NAME }),
);
const START = fc.constantFrom('', HAND_WRITTEN, '# nothing yet\n', 'version: 1\nactors: []\nseparate: []\n', 'actors:\n', '{}\n', 'actors:\n  - {label: Breen}\n  - names: [Quill]\n');

function keyOf(name: string): string {
  return nameKey(name).skeleton || name.trim().toLowerCase();
}

test('random merge / separate / rename sequences always leave a clean file that says what was asked', () => {
  fc.assert(fc.property(START, fc.array(EDIT, { maxLength: 8 }), (start, edits) => {
    let text = start;
    for (const edit of edits) {
      const same = (group: readonly string[], names: readonly string[]): boolean => names.every((n) => group.some((g) => keyOf(g) === keyOf(n)));
      if (edit.kind === 'merge') {
        text = mergeActors(text, edit.names, edit.label);
        const parsed = assertClean(text, start);
        const wanted = edit.label ? [...edit.names, edit.label] : edit.names;
        if (new Set(wanted.map(keyOf)).size >= 2) {
          const group = parsed.overrides.merges?.find((g) => same(g, wanted));
          assert.ok(group, `merged ${JSON.stringify(wanted)}:\n${text}`);
          for (const split of parsed.overrides.splits ?? []) assert.ok(split.filter((n) => group.some((g) => keyOf(g) === keyOf(n))).length < 2, text);
        }
      } else if (edit.kind === 'separate') {
        text = separateActors(text, edit.names);
        const parsed = assertClean(text, start);
        assert.ok(parsed.overrides.splits?.some((s) => same(s, edit.names)), text);
        for (const group of parsed.overrides.merges ?? []) assert.ok(edit.names.filter((n) => same(group, [n])).length < 2, text);
      } else {
        text = renameActor(text, edit.names, edit.label);
        const parsed = assertClean(text, start);
        assert.ok(parsed.overrides.merges?.some((g) => g[0] === edit.label.trim() && same(g, edit.names)), text);
      }
    }
  }), { numRuns: 400 });
});
