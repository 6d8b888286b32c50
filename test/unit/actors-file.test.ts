import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseActorsFile } from '../../src/core/actors-file';

test('merges, labels and splits are read from the actors file', () => {
  const parsed = parseActorsFile([
    '# who is who in this story',
    'version: 1',
    'actors:',
    '  - label: Steve Witkoff',
    '    names: [Witkoff, Steven Witkoff]',
    'separate:',
    '  - [Heller, Mark Heller]',
  ].join('\n'));
  assert.equal(parsed.usable, true);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.overrides.merges, [['Steve Witkoff', 'Witkoff', 'Steven Witkoff']]);
  // Every name of the group carries the label, so the label wins whichever spelling the linker meets first.
  assert.deepEqual(parsed.overrides.labels, { 'Steve Witkoff': 'Steve Witkoff', Witkoff: 'Steve Witkoff', 'Steven Witkoff': 'Steve Witkoff' });
  assert.deepEqual(parsed.overrides.splits, [['Heller', 'Mark Heller']]);
});

test('broken YAML is reported with its line and marked unusable', () => {
  const parsed = parseActorsFile('version: 1\nactors:\n  - label: "unterminated\n');
  assert.equal(parsed.usable, false);
  assert.ok(parsed.problems.length > 0);
  assert.ok(parsed.problems[0].line >= 3, JSON.stringify(parsed.problems));
});

test('entries that make no sense are reported, the rest still used', () => {
  const parsed = parseActorsFile('actors:\n  - {}\n  - label: Kyiv\nseparate:\n  - [Alone]\n');
  assert.equal(parsed.usable, true);
  assert.deepEqual(parsed.problems.map((p) => p.line), [2, 5]);
  assert.deepEqual(parsed.overrides.merges, [['Kyiv']]);
});
