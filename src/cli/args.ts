/** A small, strict argument parser: unknown flags are errors, not silently ignored. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(args: readonly string[], valueFlags: readonly string[], booleanFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (booleanFlags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      flags.set(name, ['true']);
    } else if (valueFlags.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  return { positional, flags };
}

export function single(parsed: ParsedArgs, name: string): string | undefined {
  const values = parsed.flags.get(name);
  if (values && values.length > 1) throw new UsageError(`${name} given more than once`);
  return values?.[0];
}
