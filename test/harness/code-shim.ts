// Stands in for the `code` executable that @vscode/test-electron's runTests({ vscodeExecutablePath }) spawns,
// so an unchanged runTests call runs the suite in code-server + Chromium where no desktop VS Code exists.
// It receives the desktop CLI's flags (--extensionTestsPath=…, --extensionDevelopmentPath=…, a workspace).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInCodeServer } from './run-in-code-server';
import { harnessDir } from './paths';

/** Extension tests configure themselves through these; runTests puts them in our environment. */
const FORWARDED_ENV = /^CORROBORATE_/;

function flag(args: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const inline = args.find((a) => a.startsWith(prefix));
  if (inline) return inline.slice(prefix.length);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Writes the executable wrapper runTests can spawn (it needs a file with a shebang and mode +x). */
export function writeShimExecutable(): string {
  const file = path.join(harnessDir, 'code-shim.sh');
  fs.mkdirSync(harnessDir, { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${__filename}" "$@"\n`, { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return file;
}

async function main(args: readonly string[]): Promise<number> {
  const extensionTestsPath = flag(args, 'extensionTestsPath');
  if (!extensionTestsPath) {
    console.error('code-shim: only extension test runs are supported (no --extensionTestsPath given).');
    return 2;
  }
  const env = Object.fromEntries(Object.entries(process.env)
    .filter((entry): entry is [string, string] => FORWARDED_ENV.test(entry[0]) && entry[1] !== undefined));
  return runInCodeServer({
    extensionTestsPath,
    extensionDevelopmentPath: flag(args, 'extensionDevelopmentPath'),
    workspace: args.find((a) => !a.startsWith('-') && fs.existsSync(a)),
    env,
    timeoutMs: Number(process.env.HARNESS_TIMEOUT_SECONDS ?? 300) * 1000,
    verbose: process.env.HARNESS_VERBOSE === '1',
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
