import { ANNOTATE_USAGE, runAnnotate } from './annotate-command';
import { UsageError } from './args';
import { SettingsError } from './sidecar-place';
import { CHECK_USAGE, runCheck } from './check-command';
import { REPORT_USAGE, runReport } from './report-command';
import { runScan, SCAN_USAGE } from './scan-command';
import type { CliIo } from './cli-io';

const USAGE = `usage: corroborate <command> [options]

commands:
  scan PATH...     find actors, figures, dates and claims, linked across documents
                   (--format json|markdown, default json)
  report PATH...   write the cross-source comparison as Markdown (-o FILE)
  annotate FILE    record a decision about a span of an article in its sidecar
                   (--start N --end M --kind actor|number|claim), print its id
  check [PATH...]  find every annotation in its article again: exact, shifted,
                   fuzzy or orphaned (--format text|json, --fix writes positions)
  help COMMAND     show a command's options
`;

interface Command {
  run(args: readonly string[], io: CliIo): Promise<number>;
  readonly usage: string;
}

/** A Map: a command name is whatever was typed, and "constructor" must not find the prototype's. */
const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['scan', { run: runScan, usage: SCAN_USAGE }],
  ['report', { run: runReport, usage: REPORT_USAGE }],
  ['annotate', { run: runAnnotate, usage: ANNOTATE_USAGE }],
  ['check', { run: runCheck, usage: CHECK_USAGE }],
]);

/** Exit codes: 0 done, 1 findings that need a person (used by `check`), 2 usage or I/O errors. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? COMMANDS.get(rest[0] ?? '') : undefined;
    io.stdout.write(topic ? topic.usage : USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.get(command);
  if (!entry) {
    io.stderr.write(`corroborate: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(entry.usage);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`corroborate ${command}: ${error.message}\n\n${entry.usage}`);
      return 2;
    }
    if (error instanceof SettingsError) {
      io.stderr.write(`corroborate ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

declare const CORROBORATE_VERSION: string | undefined;
const VERSION = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : 'development';
