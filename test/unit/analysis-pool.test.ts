import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { analyzeAll, defaultWorkers, POOL_THRESHOLD, type PoolOptions } from '../../src/cli/analysis-pool';
import { encodedBatches, jsonChunks } from '../../src/cli/json-chunks';
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

test('scan --compact writes the same JSON without indentation', async () => {
  const folder = join(repo, 'samples', 'articles');
  const run = async (args: string[]): Promise<string> => {
    const stdout = new Capture();
    assert.equal(await runScan([folder, ...args], { stdout, stderr: new Capture(), cwd: repo }, { workers: 0 }), 0);
    return stdout.text;
  };
  const pretty = await run([]);
  assert.equal(await run(['--pretty']), pretty);
  assert.equal(await run(['--compact']), `${JSON.stringify(JSON.parse(pretty))}\n`);
});

test('the pool returns analyses in input order', async () => {
  const texts = Array.from({ length: 9 }, (_, i) => `Envoy Lena Marsh said ${i + 2} detainees would be freed in Geneva on March ${i + 1}.`);
  const pooled = await analyzeAll(texts, { workers: 2, batchSize: 2 });
  assert.deepEqual(pooled, texts.map((text) => analyzeText(text)));
});

test('JSON written in pieces is exactly JSON.stringify, indented or compact', () => {
  const values = [
    { version: 1, documents: [{ path: 'a\nb.txt', mentions: [{ id: 'm1', text: 'line\none "q"', value: { n: 2 } }] }, { path: 'c', mentions: [] }], clusters: [], discrepancies: [{ mentions: [] }] },
    { empty: [], nested: { deep: [1, [2, { x: 'y' }]] }, skipped: undefined, holes: [undefined, null, 'z'] },
    {},
  ];
  for (const value of values) {
    assert.equal(Buffer.concat([...encodedBatches(jsonChunks(value), 7)]).toString('utf8'), JSON.stringify(value, null, 2));
    assert.equal(Buffer.concat([...encodedBatches(jsonChunks(value, 0), 5)]).toString('utf8'), JSON.stringify(value));
  }
});

test('CORROBORATE_WORKERS sets the pool size for large folders only', () => {
  assert.equal(defaultWorkers(POOL_THRESHOLD - 1, { CORROBORATE_WORKERS: '3' }), 0);
  assert.equal(defaultWorkers(POOL_THRESHOLD, { CORROBORATE_WORKERS: '0' }), 0);
  assert.equal(defaultWorkers(POOL_THRESHOLD, { CORROBORATE_WORKERS: '2' }), 2);
  assert.ok(defaultWorkers(POOL_THRESHOLD, { CORROBORATE_WORKERS: 'many' }) <= 3);
  assert.equal(defaultWorkers(POOL_THRESHOLD, {}, 2), 0);
  assert.equal(defaultWorkers(POOL_THRESHOLD, {}, 4), 3);
  assert.equal(defaultWorkers(POOL_THRESHOLD, {}, 16), 3);
});

test('pieces encoded in batches are exactly the UTF-8 of the joined text, whatever the batch size', () => {
  const pieces = ['{"a":', '"Zelenskyy — “quoted”"', ',', 'x'.repeat(5000), '"😀 ünïcödé"', '', '}', '\u2011'.repeat(700)];
  const expected = Buffer.from(pieces.join(''), 'utf8');
  for (const size of [8, 64, 3000, 1 << 20]) {
    const batches = [...encodedBatches(pieces, size)];
    assert.ok(Buffer.concat(batches).equals(expected), `size ${size}`);
    assert.ok(batches.every((b) => b.length > 0), 'no empty batch');
    if (size === 1 << 20) assert.equal(batches.length, 1);
  }
});
