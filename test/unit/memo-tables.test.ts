import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { runScan } from '../../src/cli/scan-command';
import { forgetMemos, memoTable } from '../../src/core/memo-tables';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function scanSamples(): Promise<string> {
  const repo = join(__dirname, '..', '..', '..');
  const stdout = new Capture();
  assert.equal(await runScan([join(repo, 'samples', 'articles')], { stdout, stderr: new Capture(), cwd: repo }, { workers: 0 }), 0);
  return stdout.text;
}

test('forgetting the memo tables empties each registered table', () => {
  const words = memoTable(new Map([['exchanged', 'exchang']]));
  const seen = memoTable(new Set(['Kyiv']));
  forgetMemos();
  assert.equal(words.size, 0);
  assert.equal(seen.size, 0);
});

test('a scan after the memo tables are forgotten writes what a scan with them full writes', async () => {
  const warm = await scanSamples();
  assert.equal(await scanSamples(), warm);
  forgetMemos();
  assert.equal(await scanSamples(), warm);
});
