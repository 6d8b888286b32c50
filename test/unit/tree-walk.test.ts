/** The folder walk shared by the command line (the disk) and the editor (virtual workspaces, through workspace.fs). */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } from '../../src/core/glob';
import { walkTree, type TreeEntry } from '../../src/core/tree-walk';

/** A tree given as `folder -> entries`, recording which folders were listed. */
function treeOf(folders: Record<string, readonly TreeEntry[]>): { list: (f: string) => Promise<readonly TreeEntry[]>; listed: string[] } {
  const listed: string[] = [];
  return { listed, list: (folder) => { listed.push(folder); return Promise.resolve(folders[folder] ?? []); } };
}

const file = (name: string): TreeEntry => ({ name, kind: 'file' });
const folder = (name: string): TreeEntry => ({ name, kind: 'folder' });

test('selects included files in name order and never lists an excluded folder', async () => {
  const tree = treeOf({
    '': [file('b.md'), folder('node_modules'), folder('desk'), file('a.txt'), file('logo.png'), file('CHANGELOG.md')],
    desk: [file('z.markdown'), folder('drafts')],
    'desk/drafts': [file('first.txt')],
    node_modules: [file('readme.md')],
  });
  const found = await walkTree(tree.list, new PathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE));
  assert.deepEqual(found, ['a.txt', 'b.md', 'desk/drafts/first.txt', 'desk/z.markdown']);
  assert.deepEqual(tree.listed.sort(), ['', 'desk', 'desk/drafts']);
});

test('an entry that is neither file nor folder (a linked folder) is neither followed nor returned', async () => {
  const tree = treeOf({ '': [{ name: 'loop', kind: 'other' }, { name: 'linked.txt', kind: 'other' }, file('real.txt')], loop: [file('inside.txt')] });
  assert.deepEqual(await walkTree(tree.list, new PathFilter(['**/*.txt'], [])), ['real.txt']);
  assert.deepEqual(tree.listed, ['']);
});

test('stops listing once cancelled', async () => {
  const tree = treeOf({ '': [folder('a'), folder('b')], a: [file('one.txt')], b: [file('two.txt')] });
  let lists = 0;
  const found = await walkTree((f) => { lists++; return tree.list(f); }, new PathFilter(['**/*.txt'], []), () => lists >= 2);
  assert.deepEqual(found, []);
  assert.deepEqual(tree.listed, ['', 'a']);
});
