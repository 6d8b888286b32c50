// Integration entry (`npm run test:integration`, after `tsc -p .`): runs test/integration inside a real VS Code
// through @vscode/test-electron. Desktop VS Code where it can be downloaded and shown; otherwise (offline, CI=true,
// no display) the same runTests call drives code-server through the shim. Ends with one line:
//   integration: N passing, M failing
// Options: --vsix FILE  run the suite against the unpacked package instead of the working tree.
// Environment: HARNESS_VSCODE=desktop|code-server forces a side; HARNESS_VERBOSE=1 relays everything.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { writeShimExecutable } from './code-shim';
import { harnessDir, integrationIndex, repoRoot, scratchSampleWorkspace } from './paths';
import { parseResult } from './protocol';
import { extractZip } from './zip';

async function vscodeExecutable(): Promise<string> {
  const wanted = process.env.HARNESS_VSCODE;
  const headless = process.platform === 'linux' && !process.env.DISPLAY;
  if (wanted !== 'desktop' && (wanted === 'code-server' || process.env.CI === 'true' || headless)) {
    return writeShimExecutable();
  }
  try {
    return await downloadAndUnzipVSCode({ cachePath: harnessDir, timeout: 15_000 });
  } catch (error) {
    if (wanted === 'desktop') throw error;
    console.log(`[harness] desktop VS Code unavailable (${error instanceof Error ? error.message : error}); using code-server`);
    return writeShimExecutable();
  }
}

/** Tees our stdout: runTests relays the editor's output there, including the suite's result line. */
function captureStdout(): { text(): string; restore(): void } {
  const original = process.stdout.write;
  let captured = '';
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: unknown[]): boolean {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  return { text: () => captured, restore: () => { process.stdout.write = original; } };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { vsix: { type: 'string' } } });
  if (!fs.existsSync(integrationIndex)) throw new Error(`${integrationIndex} is missing: run \`npx tsc -p .\` first.`);
  let extensionDevelopmentPath = repoRoot;
  const extensionTestsEnv: Record<string, string> = {};
  let unpacked: string | undefined;
  if (values.vsix) {
    unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-vsix-'));
    extractZip(path.resolve(values.vsix), unpacked);
    extensionDevelopmentPath = path.join(unpacked, 'extension');
    // Lets a test prove the package, not the working tree, was loaded.
    extensionTestsEnv.CORROBORATE_EXPECT_EXTENSION_PATH = extensionDevelopmentPath;
    console.log(`[harness] running the suite against ${values.vsix}, unpacked in ${extensionDevelopmentPath}`);
  }
  const capture = captureStdout();
  let exitCode: number;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: await vscodeExecutable(), extensionDevelopmentPath,
      extensionTestsPath: integrationIndex, launchArgs: [scratchSampleWorkspace(), '--disable-extensions'], extensionTestsEnv,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    exitCode = typeof code === 'number' && code !== 0 ? code : 1;
  } finally {
    capture.restore();
    if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
  }
  const result = parseResult(capture.text());
  if (!result) console.error('[harness] the extension host never reported a result: the suite did not run to the end.');
  const failing = result ? result.failures : 1;
  console.log(`integration: ${result?.passes ?? 0} passing, ${failing} failing`);
  return exitCode === 0 && failing === 0 ? 0 : exitCode || 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('integration: 0 passing, 1 failing');
  process.exit(1);
});
