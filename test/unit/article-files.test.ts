/** The command line's reading of article files: what it reads, skips and says, on real files. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectArticles } from '../../src/cli/article-files';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, PathFilter } from '../../src/core/glob';

test('articles are read whole, an empty one as empty text; one over the size limit or binary is skipped with a reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-read-'));
  try {
    const long = `${'Kyiv said 314 prisoners were freed. '.repeat(3000)}End.`;
    writeFileSync(join(dir, 'a.txt'), 'Short \u201carticle\u201d.\n');
    writeFileSync(join(dir, 'b.txt'), long);
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.txt'), 'x'.repeat(5000));
    writeFileSync(join(dir, 'e.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const warnings: string[] = [];
    const options = { cwd: dir, filter: new PathFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE), maxBytes: long.length + 10, warn: (m: string) => void warnings.push(m) };
    const small = await collectArticles([dir], { ...options, maxBytes: 4000 });
    assert.deepEqual(small.map((a) => a.path), ['a.txt', 'c.txt']);
    assert.ok(warnings.some((w) => w.startsWith('b.txt: skipped') && w.includes('over the size limit')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.startsWith('e.txt: skipped') && w.includes('binary')), warnings.join('\n'));
    const all = await collectArticles([dir], options);
    assert.deepEqual(all.map((a) => [a.path, a.text.length]), [['a.txt', 17], ['b.txt', long.length], ['c.txt', 0], ['d.txt', 5000]]);
    assert.equal(all[0].text, 'Short \u201carticle\u201d.\n');
    assert.equal(all[1].text, long);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
