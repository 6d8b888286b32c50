// Loaded by the extension host through --extensionTestsPath: runs every *.test.js beside it with mocha (TDD UI).
// To add tests, put a `*.test.ts` (suite/test) in this folder: it runs inside a real VS Code with samples/
// as the workspace (`npm run compile && npm run test:integration`); helpers.ts opens articles and waits.
// CORROBORATE_TEST_GREP=<text> runs only the tests whose titles match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { formatResult } from '../harness/protocol';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  if (process.env.CORROBORATE_TEST_GREP) mocha.grep(process.env.CORROBORATE_TEST_GREP);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(formatResult({ passes, failures, pending }));
      // An empty run must not look like success: a broken glob or compile step would otherwise pass silently.
      if (passes + failures === 0) reject(new Error(`no integration tests ran (looked in ${__dirname})`));
      else if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
