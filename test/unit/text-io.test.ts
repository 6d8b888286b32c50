import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { globToRegExp, PathFilter } from '../../src/core/glob';
import { decodeArticle } from '../../src/core/text/decode';
import { foldTypography } from '../../src/core/text/fold';
import { cell, escapeMarkdown } from '../../src/core/report/markdown-text';
import { LineIndex } from '../../src/core/text/line-index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('folding keeps every offset: same length, dashes and quotes made ASCII', () => {
  const text = 'four\u2011year\u2011long war, Feb 4\u20135, \u201Cyes\u201D, Zelenskyy\u2019s\u00A0aide';
  const folded = foldTypography(text);
  assert.equal(folded.length, text.length);
  assert.equal(folded, 'four-year-long war, Feb 4-5, "yes", Zelenskyy\'s aide');
});

test('decoding: UTF-8 with BOM, UTF-16 with BOM, Windows-1252 fallback, binary and size refused', () => {
  assert.deepEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv')]), 100), { ok: true, text: 'Kyiv', encoding: 'utf-8' });
  const utf16 = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00]);
  assert.equal((decodeArticle(utf16, 100) as { text: string }).text, 'Ky');
  const latin = decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 100);
  assert.ok(latin.ok && latin.text === 'caf\u00e9' && latin.warning);
  const binary = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 100);
  assert.ok(!binary.ok && binary.reason === 'binary');
  const big = decodeArticle(utf8('x'.repeat(200)), 100);
  assert.ok(!big.ok && big.reason === 'too-large');
});

test('globs match as VS Code settings do', () => {
  assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
  assert.ok(globToRegExp('**/*.md').test('c.md'));
  assert.ok(globToRegExp('*.{txt,md}').test('deep/x.txt'));
  assert.ok(!globToRegExp('articles/*.txt').test('articles/old/x.txt'));
  const filter = new PathFilter(['**/*.txt'], ['**/drafts/**']);
  assert.ok(filter.matches('news/a.txt'));
  assert.ok(!filter.matches('news/drafts/a.txt'));
  assert.ok(filter.excludesFolder('news/drafts'));
});

test('article text is inert in Markdown: no links, commands or HTML survive', () => {
  const hostile = '[click](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold** `code`';
  const escaped = escapeMarkdown(hostile);
  assert.ok(!/(^|[^\\])\[/.test(escaped), escaped);
  assert.ok(!/(^|[^\\])</.test(escaped), escaped);
  assert.ok(!/(^|[^\\])\*/.test(escaped), escaped);
});

test('line index converts both ways across CRLF and LF', () => {
  const index = new LineIndex('ab\r\ncd\nef');
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.equal(index.offsetAt({ line: 2, character: 1 }), 8);
  assert.deepEqual(index.lineSpanAt(5), { start: 4, end: 6 });
});

test('report cells stay readable and still inert', () => {
  assert.equal(cell('February 4-5, 2026.'), 'February 4-5, 2026.');
  const hostile = cell('[click](command:workbench.action.quit) <b>x</b> see https://evil.example | *y*');
  assert.ok(!/(^|[^\\])\[/.test(hostile) && !/(^|[^\\])</.test(hostile) && !/(^|[^\\])\|/.test(hostile), hostile);
  assert.ok(!hostile.includes('://'), hostile);
  assert.equal(cell('- not a list'), '\\- not a list');
});
