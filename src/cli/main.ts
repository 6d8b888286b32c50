import { provideWordVectors } from '../core/meaning/word-vectors';
import { runCli } from './run';
import { readWordVectorsFile } from './word-vectors-file';
import { disableLinkRules } from '../core/optional-rules';

provideWordVectors(readWordVectorsFile);
// For measuring one linking rule's worth; unset in normal use.
if (process.env.CORROBORATE_WITHOUT_RULES) disableLinkRules(process.env.CORROBORATE_WITHOUT_RULES);

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`corroborate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
