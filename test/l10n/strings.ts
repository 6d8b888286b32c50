// The runtime strings of the editor code and where they stand with `vscode.l10n.t`, read with the
// TypeScript compiler API. `node out/test/l10n/strings.js` rewrites l10n/bundle.l10n.json from the
// code (`npm run l10n`); the unit test l10n.test.ts fails when the bundle and the code differ, or when
// a user-facing literal bypasses l10n.t. Our own walk, not @vscode/l10n-dev: the same walk has to
// find the bypassing literals, so extraction and check cannot disagree, and it needs no new dependency.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** Calls whose string arguments a person reads: every argument, or the one at the given index. */
const SINK_CALLS: Readonly<Record<string, number | 'all'>> = {
  showInformationMessage: 'all', showWarningMessage: 'all', showErrorMessage: 'all',
  appendMarkdown: 0, appendText: 0, setStatusBarMessage: 0, report: 0,
};
/** Constructors whose argument a person reads, by class name and argument index. */
const SINK_CONSTRUCTORS: Readonly<Record<string, number>> = {
  TreeItem: 0, MarkdownString: 0, Diagnostic: 1, CodeAction: 0, Hover: 0, DiagnosticRelatedInformation: 1,
};
/** Properties (assigned, or in object literals: quick pick items, input boxes, code lens commands…) a person reads. */
const SINK_PROPERTIES = new Set(['text', 'tooltip', 'label', 'description', 'detail', 'placeHolder', 'prompt', 'title', 'message']);

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const calleeName = (expression: ts.Expression): string | undefined =>
  ts.isPropertyAccessExpression(expression) ? expression.name.text : ts.isIdentifier(expression) ? expression.text : undefined;

/** `l10n.t(…)` or `vscode.l10n.t(…)`. */
export function isL10nCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const owner = node.expression.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** Words in a literal, once codicons (`$(book)`) and placeholders are set aside: punctuation alone needs no translation. */
const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text.replace(/\$\([\w~-]+\)|\bCorroborate\b/g, ''));

/** A literal compared with (`kind === 'number'`) or used as a key is data, not text shown. */
function isData(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  return ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(parent.operatorToken.kind);
}

/** The literals with words in `node` that are not inside an l10n.t call. */
function bypassing(node: ts.Node, source: ts.SourceFile, file: string, into: Finding[]): void {
  if (isL10nCall(node)) return;
  const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text
    : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : undefined;
  if (literal !== undefined && hasWords(literal) && !isData(node)) {
    into.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source) });
  }
  // A callback inside a sink argument (a quick pick's filter…) computes its own values; its literals are not shown.
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  ts.forEachChild(node, (child) => bypassing(child, source, file, into));
}

/** The expressions in a file whose text a person reads. */
function sinks(source: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && !isL10nCall(node)) {
      const which = SINK_CALLS[calleeName(node.expression) ?? ''];
      if (which === 'all') found.push(...node.arguments);
      else if (which !== undefined && node.arguments[which]) found.push(node.arguments[which]);
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression) ?? '';
      // An error's message reaches the person through the error dialogs that show `error.message`.
      const which = SINK_CONSTRUCTORS[name] ?? (name.endsWith('Error') ? 0 : undefined);
      if (which !== undefined && node.arguments?.[which]) found.push(node.arguments[which]);
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SINK_PROPERTIES.has(node.name.text)) {
      found.push(node.initializer);
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && SINK_PROPERTIES.has(node.name.text) && node.initializer) {
      // `const message = …; new Diagnostic(range, message)`: a local named for what it holds is read as one.
      found.push(node.initializer);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
      && ts.isPropertyAccessExpression(node.left) && SINK_PROPERTIES.has(node.left.name.text)) {
      found.push(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const parse = (file: string, text: string): ts.SourceFile => ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

/** User-facing literals in `text` that do not go through l10n.t. */
export function literalsBypassingL10n(file: string, text: string): Finding[] {
  const source = parse(file, text);
  const findings: Finding[] = [];
  // A sink inside a sink (a MarkdownString given as a tooltip) is met twice: each literal counts once.
  for (const sink of new Set(sinks(source))) bypassing(sink, source, file, findings);
  return [...new Map(findings.map((f) => [`${f.line}:${f.text}`, f])).values()];
}

/** The messages passed to l10n.t in `text`; a message that is not a plain literal is a finding, as it cannot be bundled. */
export function l10nMessages(file: string, text: string): { messages: string[]; unbundlable: Finding[] } {
  const source = parse(file, text);
  const messages: string[] = [];
  const unbundlable: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isL10nCall(node)) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.push(first.text);
      else unbundlable.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, unbundlable };
}

/** The repository: compiled to out/test/l10n/, three levels down. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const bundleFile = path.join(repoRoot, 'l10n', 'bundle.l10n.json');

/** The editor code's files: everything that runs in an extension host (the CLI prints English on purpose). */
export function editorSources(root = repoRoot): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of ['src/vscode', 'src/web', 'src/node']) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  files.push(path.join(root, 'src', 'extension.ts'));
  return files.sort();
}

/** The bundle the code calls for: each message translated to itself, sorted. */
export function expectedBundle(files = editorSources()): Record<string, string> {
  const messages = files.flatMap((file) => l10nMessages(file, fs.readFileSync(file, 'utf8')).messages);
  return Object.fromEntries([...new Set(messages)].sort().map((m) => [m, m]));
}

if (require.main === module) {
  const bundle = expectedBundle();
  fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
  fs.writeFileSync(bundleFile, `${JSON.stringify(bundle, null, 2)}\n`);
  console.log(`${path.relative(repoRoot, bundleFile)}: ${Object.keys(bundle).length} messages`);
}
