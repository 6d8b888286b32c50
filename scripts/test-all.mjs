#!/usr/bin/env node
// `npm test`: every check, in order, streamed as it runs; each stage's passes and failures are counted
// from its own report. Ends with exactly one line `tests: N passed, M failed` and exits non-zero on any failure.
// Stages after a failure still run, so one run shows everything that is broken.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const reports = path.join(root, 'out', 'test-results');
const unitTap = path.join(reports, 'unit.tap');

/** Reads `name: N passing, M failing` / `name: N passed, M failed`, the harness's summary lines. */
const summaryLine = (name) => (output) => {
  const m = new RegExp(`^${name}: (\\d+) pass(?:ing|ed), (\\d+) fail(?:ing|ed)$`, 'm').exec(output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
};

const nodeTestTap = () => {
  if (!fs.existsSync(unitTap)) return undefined;
  const tap = fs.readFileSync(unitTap, 'utf8');
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  const passed = count('pass');
  const failed = count('fail') + (count('cancelled') || 0);
  return Number.isNaN(passed) || Number.isNaN(failed) ? undefined : { passed, failed };
};

const vsix = path.join(root, 'corroborate.vsix');
const stages = [
  { name: 'build', cmd: [node, 'esbuild.mjs'] },
  { name: 'types', cmd: [node, bin('typescript', 'bin/tsc'), '-p', '.'] },
  { name: 'lint', cmd: [node, bin('eslint', 'bin/eslint.js'), 'src', 'test', 'scripts'] },
  { name: 'unit', count: nodeTestTap, before: () => fs.rmSync(unitTap, { force: true }),
    cmd: [node, '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${unitTap}`, 'out/test/unit/'] },
  { name: 'integration', count: summaryLine('integration'), cmd: [node, 'out/test/harness/run-integration.js'] },
  // The browser bundle in the web worker extension host, the extension in Restricted Mode, and in a
  // virtual workspace (a folder in an in-memory file system, no search provider) in the web worker host.
  { name: 'web', count: summaryLine('web'), cmd: [node, 'out/test/harness/run-guest.js', '--suite', 'web'] },
  { name: 'restricted', count: summaryLine('restricted'), cmd: [node, 'out/test/harness/run-guest.js', '--suite', 'restricted'] },
  { name: 'virtual', count: summaryLine('virtual'), cmd: [node, 'out/test/harness/run-guest.js', '--suite', 'virtual'] },
  { name: 'package', count: summaryLine('package'), cmd: [node, 'out/test/harness/check-package.js'] },
  { name: 'web (vsix)', count: summaryLine('web'), cmd: [node, 'out/test/harness/run-guest.js', '--suite', 'web', '--vsix', vsix] },
  { name: 'integration (vsix)', count: summaryLine('integration'),
    cmd: [node, 'out/test/harness/run-integration.js', '--vsix', vsix] },
  { name: 'ui (vsix)', count: summaryLine('ui'), cmd: [node, 'out/test/harness/check-vsix-ui.js', '--vsix', vsix] },
  // Hover, views and Problems driven with the mouse and keyboard. Its screenshots go with the reports, so a
  // test run never rewrites the repository's files; `npm run test:e2e` alone refreshes media/screenshots/.
  { name: 'e2e (vsix)', count: summaryLine('e2e'),
    cmd: [node, 'out/test/e2e/hover.e2e.js', '--vsix', vsix, '--screenshots', path.join(reports, 'screenshots')] },
];

function run([cmd, ...args]) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('error', (error) => { output += String(error); resolve({ code: 1, output }); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

fs.mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0 };
const rows = [];
for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━ ${stage.cmd.slice(1).join(' ')}`);
  stage.before?.();
  const started = Date.now();
  const { code, output } = await run(stage.cmd);
  // A stage without its own counts is one check; a crash the counts do not show is one more failure.
  const counted = stage.count ? stage.count(output) : undefined;
  const result = counted ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  if (code !== 0 && result.failed === 0) result.failed = 1;
  if (stage.count && !counted) console.error(`[test-all] ${stage.name}: no result summary found in its output`);
  totals.passed += result.passed;
  totals.failed += result.failed;
  rows.push(`  ${result.failed ? '✖' : '✔'} ${stage.name.padEnd(20)} ${String(result.passed).padStart(4)} passed ` +
    `${String(result.failed).padStart(3)} failed  ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
console.log(`\n${rows.join('\n')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
