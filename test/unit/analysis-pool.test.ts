import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { analyzeAll, type PoolOptions } from '../../src/cli/analysis-pool';
import { runScan } from '../../src/cli/scan-command';
import { analyzeText } from '../../src/core/analysis';

const repo = join(__dirname, '..', '..', '..');

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function scan(pool: PoolOptions): Promise<string> {
  const stdout = new Capture();
  const code = await runScan([join(repo, 'samples', 'articles')], { stdout, stderr: new Capture(), cwd: repo }, pool);
  assert.equal(code, 0);
  return stdout.text;
}

test('scan output is byte-identical whether articles are analysed in this thread or on workers', async () => {
  const single = await scan({ workers: 0 });
  assert.ok(single.includes('"clusters"'));
  assert.equal(await scan({ workers: 2, batchSize: 1 }), single);
  assert.equal(await scan({ workers: 1, batchSize: 2 }), single);
});

test('the pool returns analyses in input order', async () => {
  const texts = Array.from({ length: 9 }, (_, i) => `Envoy Lena Marsh said ${i + 2} detainees would be freed in Geneva on March ${i + 1}.`);
  const pooled = await analyzeAll(texts, { workers: 2, batchSize: 2 });
  assert.deepEqual(pooled, texts.map((text) => analyzeText(text)));
});
