// The plan of src/ as imports: no circles (type imports included, which the lint rule does not follow),
// and each editor folder imports only the folders below it. See CONTRIBUTING.md for the layout.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const src = path.resolve(__dirname, '..', '..', '..', 'src');

/** Which parts each part of src/ may import; `deps` is the features' contract, imported for types only. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  core: ['core'],
  cli: ['core', 'cli'],
  'vscode/base': ['core', 'vscode/base', 'vscode/deps'],
  'vscode/index': ['core', 'vscode/base', 'vscode/index', 'vscode/deps'],
  'vscode/annotations': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/deps'],
  'vscode/actors': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/actors', 'vscode/deps'],
  'vscode/editor': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/editor', 'vscode/deps'],
  'vscode/views': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/views', 'vscode/deps'],
};

interface ImportEdge { readonly to: string; readonly typeOnly: boolean }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports and re-exports, resolved to files; a specifier that names a folder means its index.ts. */
function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const base = path.resolve(path.dirname(file), match[3]!);
    const to = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    assert.ok(to, `${path.relative(src, file)} imports ${match[3]}, which is not a file`);
    edges.push({ to, typeOnly: Boolean(match[2]) });
  }
  return edges;
}

/** The part a file belongs to: `core`, `cli`, `vscode/<folder>`, `vscode/deps`, or `extension`. */
function partOf(file: string): string {
  const parts = path.relative(src, file).replace(/\.ts$/, '').split(path.sep);
  return parts[0] === 'vscode' ? `vscode/${parts[1]}` : parts[0]!;
}

/** Strongly connected groups of more than one file (Tarjan), plus files that import themselves. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const files = existsSync(src) ? sourceFiles(src) : [];
const edges = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));

test('no import circle in src/, type imports included', { skip: files.length === 0 && 'no src/ beside the tests' }, () => {
  const graph = new Map([...edges].map(([file, list]) => [file, list.map((edge) => edge.to)]));
  const named = circles(graph).map((group) => group.map((file) => path.relative(src, file)).join(' <-> '));
  assert.deepEqual(named, []);
});

test('each part of src/ imports only the parts below it', { skip: files.length === 0 && 'no src/ beside the tests' }, () => {
  const wrong: string[] = [];
  for (const [file, list] of edges) {
    const from = partOf(file);
    const allowed = MAY_IMPORT[from];
    for (const edge of list) {
      const to = partOf(edge.to);
      if (allowed && !allowed.includes(to)) wrong.push(`${path.relative(src, file)} -> ${path.relative(src, edge.to)}`);
      if (to === 'vscode/deps' && from !== 'extension' && !edge.typeOnly) wrong.push(`${path.relative(src, file)} imports deps for more than types`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('every folder of src/vscode has its place in the plan', { skip: files.length === 0 && 'no src/ beside the tests' }, () => {
  const folders = readdirSync(path.join(src, 'vscode'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `vscode/${e.name}`);
  assert.deepEqual(folders.filter((folder) => !(folder in MAY_IMPORT)), []);
});

test('the circle finder finds a circle and a self-import, and passes a chain', () => {
  assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
  assert.deepEqual(circles(new Map([['a', ['a']]])), [['a']]);
  assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['c']], ['c', []]])), []);
});
