// A lint rule for the plan of src/ (see CONTRIBUTING.md): no import circle, type imports included, which
// import-x/no-cycle does not follow; each folder of src/vscode imports only the parts below it; deps.ts,
// the features' contract, for types only. Imports are read from the files, so the rule sees the whole tree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Which parts each part of src/ may import; a part not listed here is reported until it is placed. */
export const MAY_IMPORT = {
  core: ['core'],
  cli: ['core', 'cli'],
  extension: null,
  // The two entry points: the Node one adds its disk reader to the shared activation, the web one nothing.
  node: ['core', 'cli', 'extension', 'node'],
  web: ['core', 'extension'],
  'vscode/deps': null,
  'vscode/base': ['core', 'vscode/base', 'vscode/deps'],
  'vscode/index': ['core', 'vscode/base', 'vscode/index', 'vscode/deps'],
  'vscode/annotations': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/deps'],
  'vscode/actors': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/actors', 'vscode/deps'],
  'vscode/editor': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/editor', 'vscode/deps'],
  'vscode/stories': ['core', 'vscode/base', 'vscode/index', 'vscode/stories', 'vscode/deps'],
  'vscode/views': ['core', 'vscode/base', 'vscode/index', 'vscode/annotations', 'vscode/views', 'vscode/deps'],
};

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Relative imports and re-exports of one file, resolved to files (a folder means its index.ts). */
export function importsOf(file, text) {
  const found = [];
  for (const match of text.matchAll(IMPORT)) {
    const base = path.resolve(path.dirname(file), match[2]);
    const to = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (to) found.push({ spec: match[2], to, typeOnly: Boolean(match[1]) });
  }
  return found;
}

/** Groups of files that reach each other (Tarjan's strongly connected components), and self-imports. */
export function circles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The part a file of src/ belongs to: `core`, `cli`, `extension`, `vscode/deps` or `vscode/<folder>`. */
export function partOf(src, file) {
  const parts = path.relative(src, file).replace(/\.ts$/, '').split(path.sep);
  return parts[0] === 'vscode' ? `vscode/${parts[1]}` : parts[0];
}

/** Each file's imports, read again only when the file changed, so an editor's linter stays current. */
const parsed = new Map();

function graphOf(src) {
  const graph = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const stamp = statSync(full).mtimeMs;
        let known = parsed.get(full);
        if (known?.stamp !== stamp) parsed.set(full, known = { stamp, imports: importsOf(full, readFileSync(full, 'utf8')) });
        graph.set(full, known.imports.map((i) => i.to));
      }
    }
  };
  walk(src);
  return graph;
}

/** A path from `from` back to `to` inside one circle, for the message. */
function pathWithin(graph, group, from, to) {
  const previous = new Map([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === to) break;
    for (const next of graph.get(node) ?? []) {
      if (group.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  const route = [];
  for (let node = to; node !== undefined; node = previous.get(node)) route.unshift(node);
  return route;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'src/ has no import circle (type imports included) and each part imports only the parts below it' },
    schema: [],
    messages: {
      circle: 'Import circle: {{route}}. Move the shared type or function into a small file both can import.',
      upward: '{{from}} may not import {{to}} (the plan is in CONTRIBUTING.md).',
      unplaced: '{{part}} has no place in the plan: add it to MAY_IMPORT in scripts/lint/import-plan.mjs and to CONTRIBUTING.md.',
      depsValue: 'deps.ts is the features\' contract: import it with `import type`.',
    },
  },
  create(context) {
    const file = context.physicalFilename;
    const parts = file.split(path.sep);
    const at = parts.lastIndexOf('src');
    if (at < 0 || !file.endsWith('.ts')) return {};
    const src = parts.slice(0, at + 1).join(path.sep);
    return {
      'Program:exit'(program) {
        const part = partOf(src, file);
        if (!(part in MAY_IMPORT)) {
          context.report({ node: program, messageId: 'unplaced', data: { part } });
          return;
        }
        const graph = graphOf(src);
        const own = importsOf(file, context.sourceCode.text);
        graph.set(file, own.map((i) => i.to));
        const group = new Set(circles(graph).find((g) => g.includes(file)) ?? []);
        const nodeOf = (spec) => program.body.find((s) => s.source?.value === spec) ?? program;
        const name = (f) => path.relative(src, f);
        for (const edge of own) {
          const target = partOf(src, edge.to);
          if (group.has(edge.to)) {
            const route = [file, ...pathWithin(graph, group, edge.to, file)].map(name).join(' -> ');
            context.report({ node: nodeOf(edge.spec), messageId: 'circle', data: { route } });
          }
          const allowed = MAY_IMPORT[part];
          if (allowed && !allowed.includes(target)) context.report({ node: nodeOf(edge.spec), messageId: 'upward', data: { from: name(file), to: name(edge.to) } });
          if (target === 'vscode/deps' && part !== 'extension' && !edge.typeOnly) context.report({ node: nodeOf(edge.spec), messageId: 'depsValue' });
        }
      },
    };
  },
};

export const importPlan = { rules: { 'import-plan': rule } };
