import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { parseSidecar } from '../../src/core/annotations/sidecar-yaml';

// The JSON schema VS Code uses for sidecars (through `yamlValidation`) must say exactly what
// the reader accepts. A small validator for the part of draft-07 the schema uses checks the
// golden files and a list of broken sidecars against both.

type Schema = { [keyword: string]: unknown };
const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'unit', 'fixtures', 'annotations');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'annotations.schema.json'), 'utf8')) as Schema;

const KNOWN = new Set(['$schema', '$id', '$ref', 'title', 'description', 'definitions', 'type', 'properties', 'required', 'additionalProperties',
  'items', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'maxItems', 'maxProperties', 'propertyNames',
  'oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Draft-07 for the keywords in KNOWN; returns one message per failed keyword. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref) return validate(resolveRef(schema.$ref as string), value, path);
  const errors: string[] = [];
  const fail = (message: string): void => { errors.push(`${path}: ${message}`); };
  const type = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = ([] as string[]).concat(schema.type as string | string[]);
    if (!allowed.includes(type) && !(type === 'integer' && allowed.includes('number'))) fail(`type ${type} not in ${allowed}`);
  }
  if (schema.const !== undefined && value !== schema.const) fail(`not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('not in enum');
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < (schema.minLength as number)) fail('too short');
    if (schema.maxLength !== undefined && [...value].length > (schema.maxLength as number)) fail('too long');
    if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) fail('below minimum');
    if (schema.maximum !== undefined && value > (schema.maximum as number)) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number)) fail('too many items');
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const object = value as { [key: string]: unknown };
    const properties = (schema.properties ?? {}) as { [key: string]: Schema };
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
    if (schema.maxProperties !== undefined && Object.keys(object).length > (schema.maxProperties as number)) fail('too many properties');
    for (const [key, item] of Object.entries(object)) {
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames as Schema, key, `${path}.${key} (name)`));
      if (properties[key]) errors.push(...validate(properties[key], item, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unknown ${key}`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as Schema, item, `${path}.${key}`));
    }
  }
  for (const sub of (schema.allOf ?? []) as Schema[]) errors.push(...validate(sub, value, path));
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((sub) => validate(sub, value, path).length === 0)) fail('matches none of anyOf');
  if (schema.oneOf && (schema.oneOf as Schema[]).filter((sub) => validate(sub, value, path).length === 0).length !== 1) fail('does not match exactly one of oneOf');
  if (schema.if) {
    const branch = validate(schema.if as Schema, value, path).length === 0 ? schema.then : schema.else;
    if (branch) errors.push(...validate(branch as Schema, value, path));
  }
  return errors;
}

function resolveRef(ref: string): Schema {
  const match = /^#\/definitions\/(\w+)$/.exec(ref);
  assert.ok(match, `unsupported $ref ${ref}`);
  return (SCHEMA.definitions as { [name: string]: Schema })[match[1]];
}

/** Every keyword is one the validator knows, and every field says what it is for (conditions need not). */
function audit(schema: unknown, where: string, needsDescription: boolean, inCondition = false): void {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Schema;
  for (const key of Object.keys(s)) assert.ok(KNOWN.has(key), `${where}: unknown keyword ${key}`);
  if (needsDescription && !inCondition) assert.ok(typeof s.description === 'string' || typeof s.$ref === 'string', `${where} has no description`);
  for (const [name, sub] of Object.entries((s.properties ?? {}) as Schema)) audit(sub, `${where}.${name}`, true, inCondition);
  for (const [name, sub] of Object.entries((s.definitions ?? {}) as Schema)) audit(sub, `#/definitions/${name}`, true);
  for (const key of ['items', 'additionalProperties', 'propertyNames']) audit(s[key], `${where}/${key}`, false, inCondition);
  for (const key of ['if', 'then', 'else']) audit(s[key], `${where}/${key}`, false, true);
  for (const key of ['oneOf', 'anyOf', 'allOf']) ((s[key] ?? []) as unknown[]).forEach((sub, i) => audit(sub, `${where}/${key}/${i}`, false, true));
}

const asJson = (text: string): unknown => parseDocument(text).toJS({ maxAliasCount: 0 });

test('the schema is draft-07, uses only keywords the test understands, and describes every field', () => {
  assert.equal(SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
  audit(SCHEMA, '#', true);
});

test('every golden sidecar is valid against the schema', () => {
  const goldens = readdirSync(FIXTURES).filter((name) => name.endsWith('.annotations.yaml'));
  assert.ok(goldens.length >= 6);
  for (const name of goldens) assert.deepEqual(validate(SCHEMA, asJson(readFileSync(join(FIXTURES, name), 'utf8'))), [], name);
});

const VALID_HEAD = 'version: 1\narticle: a.txt\ntextHash: 0123456789abcdef\nannotations:\n  - id: a-0c8ckn41\n    kind: actor\n    type: person\n';
const TAIL = '    created: 2026-03-12T09:00:00Z\n    modified: 2026-03-12T09:00:00+02:00\n';
const annotation = (target: string, anchor: string, body: string, extra = ''): string =>
  `${VALID_HEAD}    target: ${target}\n    anchor: ${anchor}\n    body: ${body}\n${extra}${TAIL}`;
const PLACED = '{selector: {quote: {exact: Ines Calloway}, position: {start: 1, end: 14}}, textHash: 8e00c102807b57a1}';
const LOOSE = '{selector: {quote: {exact: Ines Calloway}}, textHash: 8e00c102807b57a1}';

test('the schema and the reader agree on what is valid', () => {
  const valid = [
    annotation(PLACED, '{state: exact}', '{status: verified}'),
    annotation(LOOSE, '{state: orphaned}', '{status: verified, note: , labels: [a, b]}'),
    annotation(PLACED, '{state: fuzzy, score: 0.8}', '{status: disputed, value: {amount: 240, unit: detainee, approx: true}}'),
    annotation(PLACED, '{state: exact}', '{status: unverified, detection: rejected}'),
    annotation(PLACED, '{state: exact}', '{status: verified, detection: confirmed, labels: [reviewed]}'),
    annotation(PLACED, '{state: shifted}', '{status: unverified, value: Ines Calloway}', '    links: [{path: ../b.txt, exact: Calloway, relation: same-actor}]\n    author: Dana\n'),
    'version: 1\narticle: a.txt\ntextHash: 0123456789abcdef\n',
  ];
  const invalid = [
    annotation(PLACED, '{state: orphaned}', '{status: verified}'),
    annotation(LOOSE, '{state: exact}', '{status: verified}'),
    annotation(PLACED, '{state: fuzzy}', '{status: verified}'),
    annotation(PLACED, '{state: exact, score: 0.5}', '{status: verified}'),
    annotation(PLACED, '{state: fuzzy, score: 1.5}', '{status: verified}'),
    annotation(PLACED, '{state: exact}', '{status: checked}'),
    annotation(PLACED, '{state: exact}', '{status: verified, detection: maybe}'),
    annotation(PLACED, '{state: exact}', '{status: verified, detection: [rejected]}'),
    annotation(PLACED, '{state: exact}', '{status: verified, labels: [" "]}'),
    annotation(PLACED, '{state: exact}', '{status: verified, value: [a]}'),
    annotation(PLACED, '{state: exact}', '{status: verified, value: {nested: {a: 1}}}'),
    annotation('{selector: {quote: {exact: " "}, position: {start: 1, end: 2}}, textHash: 8e00c102807b57a1}', '{state: exact}', '{status: verified}'),
    annotation('{selector: {quote: {exact: x}, position: {start: -1, end: 2}}, textHash: 8e00c102807b57a1}', '{state: exact}', '{status: verified}'),
    annotation(PLACED, '{state: exact}', '{status: verified}', '    links: [{path: C:/b.txt, exact: x, relation: same-actor}]\n'),
    annotation(PLACED, '{state: exact}', '{status: verified}', '    colour: red\n'),
    VALID_HEAD.replace('type: person', 'type: count') + `    target: ${PLACED}\n    anchor: {state: exact}\n    body: {status: verified}\n${TAIL}`,
    VALID_HEAD.replace('a-0c8ckn41', '"-bad id"') + `    target: ${PLACED}\n    anchor: {state: exact}\n    body: {status: verified}\n${TAIL}`,
    annotation(PLACED, '{state: exact}', '{status: verified}').replace('09:00:00Z', '09:00'),
    'version: 2\narticle: a.txt\ntextHash: 0123456789abcdef\n',
    'version: 1\narticle: /etc/a.txt\ntextHash: 0123456789abcdef\n',
    'version: 1\narticle: a.txt\n',
  ];
  for (const text of valid) {
    assert.deepEqual(parseSidecar(text).problems, [], text);
    assert.deepEqual(validate(SCHEMA, asJson(text)), [], text);
  }
  for (const text of invalid) {
    assert.equal(parseSidecar(text).usable, false, `reader accepts:\n${text}`);
    assert.notDeepEqual(validate(SCHEMA, asJson(text)), [], `schema accepts:\n${text}`);
  }
});

test('the example in the README\'s format section is a valid sidecar', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### The sidecar format'));
  const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(example);
  assert.deepEqual(parseSidecar(example).problems, []);
  assert.deepEqual(validate(SCHEMA, asJson(example)), []);
});
