/**
 * The TextMate grammars in syntaxes/: their shape, the manifest entries that load them, and
 * what they colour. Lines are tokenized by vscode-textmate on vscode-oniguruma, the engine and
 * regex library VS Code itself runs, with injections resolved the way VS Code resolves them.
 * Markdown is tokenized with a small stand-in grammar that uses the scope names of VS Code's
 * own Markdown grammar, so the injection selector's exclusions are tested on the real names.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = resolve(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  tokenTypes?: Record<string, string>;
}
interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  repository?: Record<string, Rule>;
}
interface Grammar extends Rule {
  scopeName: string;
  injectionSelector?: string;
  repository: Record<string, Rule>;
}

const manifest = readJson('package.json') as { contributes: { grammars?: GrammarContribution[] } };
const contributions = manifest.contributes.grammars ?? [];
const PLAIN = 'text.plain';
const MARKDOWN = 'text.html.markdown';
/** Scopes VS Code's built-in extensions provide; our injections may target and include them. */
const BUILT_IN_SCOPES = new Set([MARKDOWN]);

const grammarFiles = new Map(contributions.map((c) => [c.scopeName, c.path.replace(/^\.\//, '')]));
const grammars = new Map([...grammarFiles].map(([scope, file]) => [scope, readJson(file) as Grammar]));

/** Every rule of a grammar, with where it is, for messages. */
function* rules(rule: Rule, at: string): Generator<[string, Rule]> {
  yield [at, rule];
  for (const [i, r] of (rule.patterns ?? []).entries()) yield* rules(r, `${at}.patterns[${i}]`);
  for (const [k, r] of Object.entries(rule.captures ?? {})) yield* rules(r, `${at}.captures.${k}`);
  for (const [k, r] of Object.entries(rule.repository ?? {})) yield* rules(r, `${at}.repository.${k}`);
}
/** Every rule below a grammar's top level (whose `name` is a display name, not a scope), with its grammar. */
const allRules = [...grammars].flatMap(([scope, g]) => [...rules(g, scope)].slice(1).map(([at, rule]) => ({ scope, at, rule })));
const regexes = allRules.flatMap(({ at, rule: r }) =>
  (['match', 'begin', 'end'] as const).flatMap((key) => (r[key] === undefined ? [] : [{ at: `${at}.${key}`, source: r[key]! }])));

// --- the engine, set up as VS Code sets it up (TMGrammarFactory: injections by scope prefix)

const STAND_IN_MARKDOWN = {
  scopeName: MARKDOWN,
  patterns: [{ include: '#frontMatter' }, { include: '#fenced' }, { include: '#comment' }, { include: '#heading' }, { include: '#list' }, { include: '#paragraph' }],
  repository: {
    frontMatter: { begin: '\\A---$', end: '^---$', contentName: 'meta.embedded.block.frontmatter' },
    fenced: { begin: '^```\\w*$', end: '^```$', name: 'markup.fenced_code.block.markdown' },
    comment: { begin: '<!--', end: '-->', name: 'comment.block.html' },
    heading: { match: '^(#{1,6}) (.*)$', name: 'markup.heading.markdown', captures: { 2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } } },
    list: { match: '^([0-9]+[.)])(?= )', name: 'markup.list.numbered.markdown', captures: { 1: { name: 'punctuation.definition.list.begin.markdown' } } },
    paragraph: { begin: '^(?=\\S)', end: '$', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] },
    inline: { patterns: [{ include: '#raw' }, { include: '#bold' }, { include: '#link' }, { include: '#comment' }] },
    raw: { match: '(`+)([^`]*)(\\1)', name: 'markup.inline.raw.string.markdown' },
    bold: { begin: '\\*\\*(?=\\S)', end: '\\*\\*', name: 'markup.bold.markdown', patterns: [{ include: '#inline' }] },
    link: {
      match: '(\\[)([^\\]]*)(\\])(\\()([^)\\s]*)(\\))',
      name: 'meta.link.inline.markdown',
      captures: { 2: { name: 'string.other.link.title.markdown', patterns: [{ include: '#raw' }, { include: '#bold' }] }, 5: { name: 'markup.underline.link.markdown' } },
    },
  },
};

let registry: textmate.Registry;
const loaded = new Map<string, textmate.IGrammar>();

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const injectTo = new Map<string, string[]>();
  for (const c of contributions) for (const target of c.injectTo ?? []) injectTo.set(target, [...(injectTo.get(target) ?? []), c.scopeName]);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === MARKDOWN) return textmate.parseRawGrammar(JSON.stringify(STAND_IN_MARKDOWN), 'markdown.json');
      const file = grammarFiles.get(scopeName);
      return file ? textmate.parseRawGrammar(readFileSync(join(root, file), 'utf8'), join(root, file)) : null;
    },
    getInjections: (scopeName: string) => {
      const parts = scopeName.split('.');
      return parts.flatMap((_, i) => injectTo.get(parts.slice(0, i + 1).join('.')) ?? []);
    },
  });
  for (const scope of [PLAIN, MARKDOWN]) {
    const grammar = await registry.loadGrammar(scope);
    assert.ok(grammar, `grammar ${scope} did not load`);
    loaded.set(scope, grammar);
  }
});

interface Token {
  text: string;
  scopes: string[];
}
function tokenize(scope: string, text: string): Token[][] {
  const grammar = loaded.get(scope)!;
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const KIND: Record<string, string> = {
  'constant.numeric.corroborate': 'number',
  'constant.numeric.currency.corroborate': 'money',
  'constant.numeric.percentage.corroborate': 'percent',
  'constant.numeric.date.corroborate': 'date',
  'constant.numeric.date.weekday.corroborate': 'weekday',
  'constant.numeric.date.month.corroborate': 'month',
  'string.quoted.double.corroborate': 'quote',
  'string.quoted.single.corroborate': 'single',
  'string.quoted.other.guillemets.corroborate': 'guillemets',
};

/** Runs of adjacent tokens that carry the same one of our scopes, as [text, kind], in order. */
function marks(tokens: Token[]): [string, string][] {
  const out: [string, string, number][] = [];
  const open = new Map<string, number>();
  tokens.forEach((token, i) => {
    for (const scope of token.scopes) {
      const kind = KIND[scope];
      if (!kind) continue;
      const at = open.get(scope);
      if (at !== undefined && out[at][2] === i - 1) {
        out[at][0] += token.text;
        out[at][2] = i;
      } else {
        open.set(scope, out.length);
        out.push([token.text, kind, i]);
      }
    }
  });
  return out.map(([text, kind]) => [text, kind]);
}
const plain = (line: string): [string, string][] => marks(tokenize(PLAIN, line)[0]);
const figures = (line: string): [string, string][] => plain(line).filter(([, kind]) => !['quote', 'single', 'guillemets'].includes(kind));
const quotes = (line: string): [string, string][] => plain(line).filter(([, kind]) => ['quote', 'single', 'guillemets'].includes(kind));

// --- shape

describe('grammar files and their manifest entries', () => {
  test('plain text gets a base grammar of its own, with no rules, for injections to attach to', () => {
    const base = contributions.find((c) => c.language === 'plaintext');
    assert.ok(base, 'no grammar contributed for the plaintext language');
    assert.equal(base.scopeName, PLAIN);
    assert.deepEqual(grammars.get(PLAIN)?.patterns, []);
    for (const value of Object.values(base.tokenTypes ?? {})) assert.equal(value, 'other', 'quotes in plain text must stay ordinary text for editor features');
  });

  test('each injection targets plain text or Markdown and names a selector', () => {
    const injections = contributions.filter((c) => c.injectTo);
    assert.deepEqual(injections.flatMap((c) => c.injectTo).sort(), [PLAIN, MARKDOWN].sort());
    for (const c of injections) {
      const grammar = grammars.get(c.scopeName)!;
      assert.equal(grammar.scopeName, c.scopeName, `${c.path} declares another scopeName`);
      assert.ok(grammar.injectionSelector, `${c.path} has no injectionSelector`);
      for (const target of c.injectTo!) assert.ok(grammar.injectionSelector.startsWith(target), `${c.path} selector does not start with ${target}`);
    }
    assert.ok(contributions.some((c) => c.scopeName === PLAIN), 'text.plain is injected into but never provided');
  });

  test('the Markdown selector leaves code, links, markup, embedded languages and comments alone', () => {
    const selector = grammars.get('corroborate.injection.markdown')!.injectionSelector!;
    for (const scope of ['markup.fenced_code', 'markup.raw', 'markup.inline.raw', 'markup.underline.link', 'meta.embedded', 'meta.tag', 'comment']) {
      assert.ok(selector.split(/\s+/).includes(`-${scope}`), `selector does not exclude ${scope}`);
    }
  });

  test('no injection takes left priority, so Markdown keeps its own rules at line starts (lists, headings)', () => {
    for (const [scope, g] of grammars) assert.ok(!/(^|,)\s*L:/.test(g.injectionSelector ?? ''), `${scope} uses L:`);
  });

  test('every grammar file exists and every include resolves', () => {
    for (const c of contributions) assert.ok(existsSync(join(root, c.path)), `${c.path} is missing`);
    for (const { scope: own, at, rule } of allRules) {
      if (!rule.include) continue;
      const [scope, key] = rule.include.startsWith('#') ? [own, rule.include.slice(1)] : rule.include.split('#');
      if (BUILT_IN_SCOPES.has(scope)) continue;
      const target = grammars.get(scope);
      assert.ok(target, `${at}: include of unknown grammar ${scope}`);
      assert.ok(key === undefined || key in target.repository, `${at}: ${rule.include} is not in the repository`);
    }
  });

  test('every scope we name ends in .corroborate, so themes and users can single ours out', () => {
    for (const { at, rule } of allRules) {
      for (const name of [rule.name, rule.contentName]) {
        if (name !== undefined) assert.match(name, /^[a-z.]+\.corroborate$/, at);
      }
    }
  });

  test('every regex compiles in Oniguruma', () => {
    for (const { at, source } of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${at}: ${source}`);
    }
  });

  test('every regex stays within the subset JavaScript reads the same way', () => {
    const onigurumaOnly = /\\[hHAzZGKRX]|\\x\{|\(\?[imx-]+[):]|\(\?>|\(\?~|[*+?}]\+|\\[0-9]{3}/;
    for (const { at, source } of regexes) {
      assert.doesNotThrow(() => new RegExp(source, 'u'), `${at} is not a valid JavaScript regex`);
      assert.doesNotMatch(source, onigurumaOnly, `${at} uses Oniguruma-only syntax`);
      assert.doesNotMatch(source, /\\[dDwWbB]/, `${at}: \\d, \\w and \\b are ASCII in JavaScript but Unicode in Oniguruma; write [0-9] or \\p{L}`);
    }
  });
});

// --- plain text

describe('figures and dates in plain text', () => {
  const cases: [string, [string, string][]][] = [
    ['Steve Witkoff announced on February 5 that a total of 314 prisoners would be released.', [['February 5', 'date'], ['314', 'number']]],
    ['killed or wounded nearly 2 million people since the invasion on February 24, 2022.', [['2 million', 'number'], ['February 24, 2022', 'date']]],
    ['began on February 4 and 5 in Abu Dhabi', [['February 4 and 5', 'date']]],
    ['will occur on February 4th and 5th in Abu Dhabi', [['February 4th and 5th', 'date']]],
    ['The second round, scheduled for February 4\u20135, came after', [['February 4\u20135', 'date']]],
    ['As the February 4-5 Abu Dhabi meetings approach', [['February 4-5', 'date']]],
    ['talks on Feb. 4\u20135 and Sept. 30', [['Feb. 4\u20135', 'date'], ['Sept. 30', 'date']]],
    ['held on 10 and 11 March under UN auspices', [['10 and 11 March', 'date']]],
    ['from 30 March to 2 April, then March 30 to April 2', [['30 March to 2 April', 'date'], ['March 30 to April 2', 'date']]],
    ['Issue 47 | Friday, 13 March 2026', [['47', 'number'], ['Friday', 'weekday'], ['13 March 2026', 'date']]],
    ['the 24th of February and the 5th round', [['24th of February', 'date'], ['5th', 'number']]],
    ['Published: 2026-03-13', [['2026-03-13', 'date']]],
    ['dated 11/03/2026 or 3/11/26 or 11.03.2026', [['11/03/2026', 'date'], ['3/11/26', 'date'], ['11.03.2026', 'date']]],
    ['since February 2022, unlike the Memorandum of 1994 or March of 2004', [['February 2022', 'date'], ['1994', 'number'], ['March of 2004', 'date']]],
    ['A drone strike on Sunday; talks resume on Mondays', [['Sunday', 'weekday'], ['Mondays', 'weekday']]],
    ['in the 1990s and the \u201990s', [['1990s', 'date'], ['\u201990s', 'date']]],
    ['in March, by mid-February, in May 2025 and on May 9', [['March', 'month'], ['February', 'month'], ['May 2025', 'date'], ['May 9', 'date']]],
    ['the four\u2011year\u2011long war', []],
    ['COVID\u201119, February 4\u20115, a 30\u2011day truce, 4\u00a0March', [['February 4\u20115', 'date'], ['30', 'number'], ['4\u00a0March', 'date']]],
    ['the CHF\u00a03.5 million pledge', [['CHF\u00a03.5 million', 'money']]],
    ['$5 billion, US$1.2bn, CHF 3.5m, \u20ac40m and \u00a31,200', [['$5 billion', 'money'], ['US$1.2bn', 'money'], ['CHF 3.5m', 'money'], ['\u20ac40m', 'money'], ['\u00a31,200', 'money']]],
    ['12% of voters, 3.5 per cent, -0.4 percentage points, 10\u201315%', [['12%', 'percent'], ['3.5 per cent', 'percent'], ['-0.4 percentage points', 'percent'], ['10\u201315%', 'percent']]],
    ['1,200 people, 1\u00a0200 people and 3,500,000 francs', [['1,200', 'number'], ['1\u00a0200', 'number'], ['3,500,000', 'number']]],
    ['a 30-day ceasefire in the 2014\u20132022 war; 10-12 people; 3.5m displaced; 10k runners', [['30', 'number'], ['2014\u20132022', 'number'], ['10-12', 'number'], ['3.5m', 'number'], ['10k', 'number']]],
    ['temperatures of \u22125 and +3 in the 21st century', [['\u22125', 'number'], ['+3', 'number'], ['21st', 'number']]],
  ];
  for (const [line, expected] of cases) test(line, () => assert.deepEqual(figures(line), expected));

  test('nothing inside a word, a code or a model name', () => {
    for (const line of ['COVID-19 cases', 'G7 leaders', 'B2B sales', 'flight MH17', 'F-16 jets and Su-35s', 'an A320', 'Tu-95 bombers', 'user_2024', '3D printing', 'a 4K screen', '5G masts', '3M and B2C']) {
      assert.deepEqual(figures(line), [], line);
    }
  });

  test('no times, versions, addresses or URL parts', () => {
    for (const line of ['at 10:30 on', 'at 9 a.m. sharp', 'at 9am', 'at 6 PM', 'Updated 18:40 CET', 'at 10.30 pm', 'version 1.2.3', 'host 192.168.0.1', 'https://example.org/briefings/2026-03-11?id=47', 'Issue #47', 'ratio 24/7']) {
      assert.deepEqual(figures(line), [], line);
    }
  });

  test('a month needs a day or a year when it could be a word or a name', () => {
    for (const line of ['May I ask?', 'you may see', 'April Ryan said', 'June Carter sang', 'Jan Kowalski', 'a march on the capital']) {
      assert.deepEqual(figures(line), [], line);
    }
  });
});

describe('quotations in plain text', () => {
  test('curly and straight double quotes, within a line', () => {
    assert.deepEqual(quotes('called the deal \u201ca debt we are beginning to repay.\u201d Mr. Zhuravsky'), [['\u201ca debt we are beginning to repay.\u201d', 'quote']]);
    assert.deepEqual(quotes('saying families had waited "far too long." Zhuravskyy\'s office'), [['"far too long."', 'quote']]);
    assert.deepEqual(quotes('"Nobody leaves," he said, "with nothing."'), [['"Nobody leaves,"', 'quote'], ['"with nothing."', 'quote']]);
  });

  test('nested single quotes, and figures and dates inside a quote', () => {
    assert.deepEqual(plain('\u201cThey told me \u2018soon\u2019 in December,\u201d she said'), [
      ['\u201cThey told me \u2018soon\u2019 in December,\u201d', 'quote'],
      ['\u2018soon\u2019', 'single'],
      ['December', 'month'],
    ]);
    assert.deepEqual(plain('"We lost 300 soldiers on Sunday"'), [['"We lost 300 soldiers on Sunday"', 'quote'], ['300', 'number'], ['Sunday', 'weekday']]);
  });

  test('apostrophes are not quotes', () => {
    assert.deepEqual(quotes('Russia\u2019s invasion and Kyiv\u2019s position, the players\u2019 union'), []);
    assert.deepEqual(quotes('\u2018It\u2019s not over,\u2019 he said'), [['\u2018It\u2019s not over,\u2019', 'single']]);
    assert.deepEqual(quotes("rock 'n' roll in the '90s"), []);
  });

  test('inch marks are not quotes', () => {
    assert.deepEqual(quotes('a 12" screen and a man 5\'11" tall'), []);
  });

  test('an open curly quote runs to the end of the line; an open straight one is left alone', () => {
    assert.deepEqual(quotes('He said: \u201cWe will go on, and on'), [['\u201cWe will go on, and on', 'quote']]);
    assert.deepEqual(quotes('He said "yes and left'), []);
  });

  test('guillemets and low-high quotes', () => {
    assert.deepEqual(quotes('the paper \u00abPravda\u00bb and \u201eHallo\u201c'), [['\u00abPravda\u00bb', 'guillemets'], ['\u201eHallo\u201c', 'quote']]);
  });

  test('a line never leaves state behind, so an edit re-colours only its own line', () => {
    const lines = tokenize(PLAIN, '\u201cunclosed\n"unclosed\n\u2018unclosed\nnext line 5');
    assert.deepEqual(marks(lines[3]), [['5', 'number']]);
  });
});

// --- Markdown

describe('Markdown', () => {
  const md = (text: string): [string, string][][] => tokenize(MARKDOWN, text).map(marks);

  test('prose, headings and link text are coloured', () => {
    assert.deepEqual(md('Held on 10 and 11 March, the talks freed 240 detainees.'), [[['10 and 11 March', 'date'], ['240', 'number']]]);
    assert.deepEqual(md('## 5 things to know'), [[['5', 'number']]]);
    assert.deepEqual(md('# \u201cA 5% rise\u201d in March'), [[['\u201cA 5% rise\u201d', 'quote'], ['5%', 'percent'], ['March', 'month']]]);
    assert.deepEqual(md('[Notes from 11 March](https://example.org/x)'), [[['11 March', 'date']]]);
  });

  test('code, link addresses, front matter and comments are not', () => {
    assert.deepEqual(md('---\ndate: 2026-03-10\n---\n```\nscan 2026-03-10 "x"\n```\nRun `scan 2026-03-10` <!-- 47 -->'), [[], [], [], [], [], [], []]);
    assert.deepEqual(md('[UN notes](https://example.org/ungeneva/briefings/2026-03-11)'), [[]]);
  });

  test('a numbered list keeps its marker', () => {
    const [tokens] = tokenize(MARKDOWN, '1. A timetable for 240 detainees');
    assert.ok(tokens[0].scopes.includes('punctuation.definition.list.begin.markdown'), JSON.stringify(tokens[0]));
    assert.deepEqual(marks(tokens), [['240', 'number']]);
  });

  test('emphasis inside a quotation stays emphasis', () => {
    const [tokens] = tokenize(MARKDOWN, '\u201cWe paid **$5 billion**,\u201d she said.');
    assert.deepEqual(marks(tokens), [['\u201cWe paid **$5 billion**,\u201d', 'quote'], ['$5 billion', 'money']]);
    assert.ok(tokens.some((t) => t.text === '$5 billion' && t.scopes.includes('markup.bold.markdown')), 'bold lost inside the quote');
  });
});

// --- safety

describe('regexes and real text', () => {
  test('Oniguruma and JavaScript find the same matches on every fixture line', () => {
    const lines = [
      'Steve Witkoff announced on February 5 that a total of 314 prisoners would be released on February 24, 2022.',
      'held on 10 and 11 March, Feb. 4\u20135, March 10th and 11th, 2026-03-10, the \u201990s, on Sunday, in March',
      'CHF\u00a03.5 million, $5 billion, 12%, 3.5 per cent, 1,200 people, COVID-19, G7, 10:30, 9 a.m., 1.2.3',
      '\u201cThey told me \u2018soon\u2019,\u201d "far too long." a 12" screen \u00abPravda\u00bb \u201eHallo\u201c Russia\u2019s',
    ];
    for (const { at, source } of regexes) {
      const scanner = new oniguruma.OnigScanner([source]);
      const js = new RegExp(source, 'gu');
      for (const line of lines) {
        const onig: string[] = [];
        const text = new oniguruma.OnigString(line);
        for (let from = 0; from <= line.length;) {
          const m = scanner.findNextMatchSync(text, from);
          if (!m) break;
          const { start, end } = m.captureIndices[0];
          onig.push(`${start}-${end}`);
          from = end > start ? end : start + 1;
        }
        text.dispose();
        const ours = [...line.matchAll(js)].map((m) => `${m.index}-${m.index! + m[0].length}`);
        assert.deepEqual(ours, onig, `${at} on: ${line}`);
      }
      scanner.dispose();
    }
  });

  test('long hostile lines tokenize in linear time', () => {
    const hostile = [
      '1,234,'.repeat(4000),
      '9'.repeat(20000),
      '"a '.repeat(7000),
      '\u2018x \u2019s '.repeat(4000),
      '\u2018' + 'a\u2019'.repeat(10000),
      '\u201c'.repeat(20000),
      'March 1 and 2 and '.repeat(1200),
      '1\u00a0200\u00a0300 '.repeat(2000),
      '1.2.3.4.5.6.'.repeat(2000),
      '- '.repeat(10000),
    ];
    for (const line of hostile) {
      const started = process.hrtime.bigint();
      tokenize(PLAIN, line);
      tokenize(MARKDOWN, line);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 500, `${ms.toFixed(0)} ms on ${JSON.stringify(line.slice(0, 24))}… (${line.length} chars)`);
    }
  });

  test('every sample article tokenizes, and its datelines are dates', () => {
    const dir = join(root, 'samples', 'articles');
    const wire = tokenize(PLAIN, readFileSync(join(dir, 'continental-press-wire.txt'), 'utf8'));
    assert.deepEqual(marks(wire[1]).slice(0, 2), [['March 11, 2026', 'date'], ['Wednesday', 'weekday']]);
    const newsletter = tokenize(MARKDOWN, readFileSync(join(dir, 'geneva-brief-newsletter.md'), 'utf8'));
    assert.ok(newsletter.flat().some((t) => t.text === '13 March 2026' && t.scopes.includes('constant.numeric.date.corroborate')));
  });
});
