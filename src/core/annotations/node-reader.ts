import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FileProblem } from '../actors-file';

/** Limits on what a sidecar may hold, shared with the JSON schema. */
export const LIMITS = {
  longText: 100_000,
  context: 1_000,
  shortText: 1_000,
  label: 200,
  labels: 100,
  links: 1_000,
  valueKeys: 50,
} as const;

export const TEXT_HASH = /^[0-9a-f]{16}$/;
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Relative, with `/`: no drive letter, no leading slash, no backslash. */
export const RELATIVE_PATH = /^(?![A-Za-z]:)(?!\/)[^\\\u0000]+$/;

/**
 * Reads values out of YAML nodes without trusting them: every wrong type, missing key or
 * oversized string becomes a problem with its line, and nothing is ever expanded or
 * thrown. The reader never calls `toJS`, so aliases cannot multiply into a bomb.
 */
export class NodeReader {
  readonly problems: FileProblem[] = [];

  constructor(private readonly lines: LineCounter) {}

  lineOf(node: unknown): number {
    const range = (node as { range?: readonly number[] } | null | undefined)?.range;
    return range ? Math.max(1, this.lines.linePos(range[0]).line) : 1;
  }

  report(node: unknown, message: string): void {
    this.problems.push({ line: this.lineOf(node), message });
  }

  /** Reports a required part as missing, at the mapping that should hold it. */
  missing(parent: unknown, path: string): undefined {
    this.report(parent, `\`${path}\` is missing`);
    return undefined;
  }

  /** A mapping with only the `allowed` keys; an alias or another shape is reported. */
  map(node: unknown, path: string, allowed: readonly string[]): YAMLMap | undefined {
    if (!this.plain(node, path)) return undefined;
    if (!isMap(node)) {
      this.report(node, `\`${path}\` should be a mapping`);
      return undefined;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') this.report(pair.key ?? node, `\`${path}\` has a key that is not text`);
      else if (!allowed.includes(key)) this.report(pair.key, `\`${path}\` has an unknown key \`${key}\` (expected ${allowed.join(', ')})`);
    }
    return node;
  }

  seq(node: unknown, path: string): YAMLSeq | undefined {
    if (!this.plain(node, path)) return undefined;
    if (!isSeq(node)) {
      this.report(node, `\`${path}\` should be a list`);
      return undefined;
    }
    return node;
  }

  /** The key node of `key`, where a problem with the entry as a whole is best reported. */
  keyNode(map: YAMLMap, key: string): unknown {
    return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key ?? map;
  }

  /** The value node of `key`, or undefined when absent or null (`note:` left empty). */
  field(map: YAMLMap, key: string): Node | undefined {
    const value = map.get(key, true) as Node | undefined | null;
    if (value === undefined || value === null) return undefined;
    if (isScalar(value) && value.value === null) return undefined;
    return value;
  }

  string(map: YAMLMap, key: string, path: string, options: { required?: boolean; max?: number; pattern?: RegExp; nonEmpty?: boolean } = {}): string | undefined {
    const node = this.field(map, key);
    const where = `${path}.${key}`;
    if (node === undefined) {
      if (options.required) this.report(map, `\`${where}\` is missing`);
      return undefined;
    }
    if (!this.plain(node, where)) return undefined;
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.report(node, `\`${where}\` should be text${isScalar(node) ? ' (put it in quotes)' : ''}`);
      return undefined;
    }
    const value = node.value;
    const max = options.max ?? LIMITS.shortText;
    if (value.length > max) this.report(node, `\`${where}\` is longer than ${max} characters`);
    else if (options.nonEmpty && value.trim().length === 0) this.report(node, `\`${where}\` is empty`);
    else if (options.pattern && !options.pattern.test(value)) this.report(node, `\`${where}\` is not in the expected form`);
    else return value;
    return undefined;
  }

  oneOf<T extends string>(map: YAMLMap, key: string, path: string, allowed: readonly T[], required = true): T | undefined {
    const value = this.string(map, key, path, { required });
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(map.get(key, true), `\`${path}.${key}\` should be one of ${allowed.join(', ')}`);
    return undefined;
  }

  number(map: YAMLMap, key: string, path: string, options: { integer?: boolean; min?: number; max?: number; required?: boolean }): number | undefined {
    const node = this.field(map, key);
    const where = `${path}.${key}`;
    if (node === undefined) {
      if (options.required) this.report(map, `\`${where}\` is missing`);
      return undefined;
    }
    const value = isScalar(node) ? node.value : undefined;
    const ok = typeof value === 'number' && Number.isFinite(value) && (!options.integer || Number.isSafeInteger(value))
      && (options.min === undefined || value >= options.min) && (options.max === undefined || value <= options.max);
    if (ok) return value;
    const range = options.max === undefined ? `at least ${options.min ?? 0}` : `between ${options.min ?? 0} and ${options.max}`;
    this.report(node, `\`${where}\` should be ${options.integer ? 'a whole number' : 'a number'} ${range}`);
    return undefined;
  }

  private plain(node: unknown, path: string): boolean {
    if (!isAlias(node)) return true;
    this.report(node, `\`${path}\` is an alias (*${node.source}); sidecars do not use anchors and aliases`);
    return false;
  }
}
