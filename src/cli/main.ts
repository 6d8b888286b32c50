import { provideWordVectors } from '../core/meaning/word-vectors';
import { runCli } from './run';
import { readWordVectorsFile } from './word-vectors-file';

provideWordVectors(readWordVectorsFile);

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`corroborate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
