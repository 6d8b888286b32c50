/**
 * The sample workspace is the fixture for every detection test: this file checks that
 * each trap listed in samples/traps.json is really in the stated file at the stated text,
 * that the fixture's own claims about the traps are self-consistent (arithmetic, dates,
 * conflicts), and that samples/README.md documents the same list.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { test } from 'node:test';
import { articlePathOf, isSidecarPath, parseSidecar } from '../../src/core/annotations';

interface Expect {
  type?: string;
  canonical?: string;
  value?: number | string;
  perSide?: boolean;
  sides?: number;
  speaker?: string;
  codepoints?: string[];
  notActor?: string;
  linesAfter?: number;
  line?: number;
}
interface Trap {
  id: string;
  trap: string;
  group?: string;
  file: string;
  text: string;
  context?: string;
  expect?: Expect;
  note?: string;
}
interface FileInfo {
  outlet: string;
  date: string;
  dateline: string;
}
interface Traps {
  version: number;
  files: Record<string, FileInfo>;
  groups: Record<string, { relation: string; about: string }>;
  traps: Trap[];
}

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

const samples = join(repoRoot(), 'samples');
const fixture = JSON.parse(readFileSync(join(samples, 'traps.json'), 'utf8')) as Traps;
const read = (file: string): string => readFileSync(join(samples, file), 'utf8');

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as']);
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

const headline = (text: string): string => text.split('\n')[0].replace(/^#\s+/, '');
const dateLine = (text: string): string | undefined => text.split('\n').slice(1).find((l) => l.trim() !== '');
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const codepoint = (cp: string): string => String.fromCodePoint(parseInt(cp.replace(/^U\+/, ''), 16));

/** A deliberately small parser for the figure spellings the fixture uses; it is not the product's. */
const WORDS: Record<string, number> = { twelve: 12, hundred: 100, thousand: 1000, million: 1e6 };
function figureIn(text: string): number {
  const num = /(\d[\d,]*(?:\.\d+)?)\s*(million|m\b)?/.exec(text);
  if (num) return Number(num[1].replace(/,/g, '')) * (num[2] ? 1e6 : 1);
  const words = text.toLowerCase().split(/\s+/).filter((w) => w in WORDS);
  assert.ok(words.length > 0, `no figure in ${JSON.stringify(text)}`);
  return words.reduce((acc, w) => (WORDS[w] >= 100 ? acc * WORDS[w] : acc + WORDS[w]), 0);
}

/** Resolves the three relative-date forms the fixture uses against the document date. */
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
function resolveRelative(phrase: string, anchorIso: string): string {
  const anchor = new Date(`${anchorIso}T12:00:00Z`);
  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const shift = (days: number): Date => new Date(anchor.getTime() + days * 86_400_000);
  const weekday = /^on (\w+)$/i.exec(phrase);
  if (weekday) {
    const target = DAYS.indexOf(weekday[1].toLowerCase());
    return iso(shift(-((anchor.getUTCDay() - target + 7) % 7)));
  }
  if (/^last month$/i.test(phrase)) {
    const d = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, 1));
    return d.toISOString().slice(0, 7);
  }
  if (/^last week$/i.test(phrase)) {
    const monday = -((anchor.getUTCDay() + 6) % 7) - 7;
    return `${iso(shift(monday))}/${iso(shift(monday + 6))}`;
  }
  throw new Error(`unknown relative date ${JSON.stringify(phrase)}`);
}

// --- the articles themselves

// Sidecars beside the articles hold the sample desk's annotations; they are checked by their own test.
const articles = readdirSync(join(samples, 'articles')).filter((f) => !isSidecarPath(f)).map((f) => `articles/${f}`).sort();
const sidecars = readdirSync(join(samples, 'articles')).filter(isSidecarPath).map((f) => `articles/${f}`);

test('the sample sidecars validate and every annotation is exactly on its text', () => {
  assert.ok(sidecars.length > 0, 'the samples show annotations');
  for (const sidecar of sidecars) {
    const parsed = parseSidecar(readFileSync(join(samples, sidecar), 'utf8'));
    assert.ok(parsed.usable && parsed.file, `${sidecar}: ${parsed.problems.map((p) => p.message).join('; ')}`);
    const text = readFileSync(join(samples, articlePathOf(sidecar, parsed.file.article)), 'utf8');
    for (const a of parsed.file.annotations) {
      const position = a.target.selector.position;
      assert.ok(position && a.anchor.state === 'exact', `${sidecar} ${a.id}`);
      assert.equal(text.slice(position.start, position.end), a.target.selector.quote.exact, `${sidecar} ${a.id}`);
    }
  }
});

test('traps.json describes exactly the files in samples/articles', () => {
  assert.deepEqual(Object.keys(fixture.files).sort(), articles);
});

test('at least six articles, at least four .txt and two .md, all about the Geneva talks', () => {
  assert.ok(articles.length >= 6, `${articles.length} articles`);
  assert.ok(articles.filter((f) => extname(f) === '.txt').length >= 4);
  assert.ok(articles.filter((f) => extname(f) === '.md').length >= 2);
  for (const f of articles) {
    const text = read(f);
    for (const word of ['Geneva', 'Marendia', 'Veloria']) assert.ok(text.includes(word), `${f} never mentions ${word}`);
  }
});

test('the sample workspace scans only the articles, not README.md or traps.json', () => {
  const settings = JSON.parse(readFileSync(join(samples, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
  const include = settings['corroborate.files.include'];
  assert.ok(Array.isArray(include) && include.length > 0, 'corroborate.files.include is set');
  for (const glob of include) assert.match(String(glob), /^articles\//);
});

test('the sample workspace stays small', () => {
  const bytes = articles.reduce((sum, f) => sum + statSync(join(samples, f)).size, 0);
  assert.ok(bytes < 24_000, `${bytes} bytes of articles`);
});

for (const f of articles) {
  test(`${f}: 250–450 words`, () => {
    const n = wordCount(read(f));
    assert.ok(n >= 250 && n <= 450, `${n} words`);
  });

  test(`${f}: Title Case headline on line 1, then a line opening with the stated date line`, () => {
    const text = read(f);
    const info = fixture.files[f];
    assert.ok(info, `${f} missing from traps.json`);
    if (extname(f) === '.md') assert.match(text, /^# \S/, 'a Markdown article opens with a level-1 heading');
    assert.ok(isTitleCase(headline(text)), `not Title Case: ${headline(text)}`);
    const second = dateLine(text) ?? '';
    assert.ok(second.startsWith(info.dateline), `line after the headline should start ${JSON.stringify(info.dateline)}: ${second.slice(0, 80)}`);
    const [y, m, d] = info.date.split('-').map(Number);
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const forms = [info.date, `${month} ${d}, ${y}`, `${d} ${month} ${y}`];
    assert.ok(forms.some((form) => info.dateline.includes(form)), `date line ${info.dateline} does not give ${info.date}`);
  });
}

// --- every trap is where the fixture says

for (const trap of fixture.traps) {
  test(`trap ${trap.id} (${trap.trap}) is in ${trap.file}`, () => {
    assert.ok(fixture.files[trap.file], `${trap.file} is not a listed article`);
    const text = read(trap.file);
    const anchor = trap.context ?? trap.text;
    assert.ok(anchor.includes(trap.text), 'context must contain text');
    assert.equal(occurrences(text, anchor), 1, `${JSON.stringify(anchor)} must occur exactly once`);
    for (const cp of trap.expect?.codepoints ?? []) {
      assert.ok(trap.text.includes(codepoint(cp)), `${cp} not in ${JSON.stringify(trap.text)}`);
    }
  });
}

test('trap ids are unique and every group is declared and used across files', () => {
  const ids = fixture.traps.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length);
  const used = new Set(fixture.traps.map((t) => t.group).filter((g): g is string => g !== undefined));
  assert.deepEqual([...used].sort(), Object.keys(fixture.groups).sort());
  for (const g of used) {
    const files = new Set(fixture.traps.filter((t) => t.group === g).map((t) => t.file));
    assert.ok(files.size >= 2, `${g} spans only ${[...files].join()}`);
  }
});

test('every kind of trap the product needs is planted', () => {
  const kinds = new Set(fixture.traps.map((t) => t.trap));
  for (const k of ['name-variant', 'place-variant', 'partial-name', 'possessive', 'acronym', 'figure-format',
    'figure-arithmetic', 'figure-conflict', 'date-format', 'relative-date', 'unicode', 'quote-speaker',
    'claim-paraphrase', 'nationality-adjective', 'title-case-headline', 'related-stories', 'markdown-injection']) {
    assert.ok(kinds.has(k), `no ${k} trap`);
  }
  const all = fixture.traps.map((t) => t.text).join('\n');
  for (const ch of ['\u2011', '\u2013', '\u2014', '\u201C', '\u201D', '\u2018', '\u2019', '\u00A0', "'", '"']) {
    assert.ok(all.includes(ch), `no trap text contains U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`);
  }
  const roles = new Set(fixture.traps.filter((t) => t.trap === 'partial-name').map((t) => t.text.split(' ')[0]));
  assert.ok(roles.has('Mr.') && roles.has('President'), 'need "Mr. X" and "President X"');
  assert.ok(fixture.traps.some((t) => t.trap === 'partial-name' && !t.text.includes(' ')), 'need a bare surname');
  assert.ok(Object.values(fixture.groups).filter((g) => g.relation === 'conflict').length >= 2, 'need two conflicts');
});

// --- the fixture's claims about the traps hold up

const inGroup = (g: string): Trap[] => fixture.traps.filter((t) => t.group === g);
const groupsWith = (relation: string): string[] => Object.keys(fixture.groups).filter((g) => fixture.groups[g].relation === relation);

test('figures: the stated value is what the text says', () => {
  for (const t of fixture.traps.filter((x) => x.trap.startsWith('figure-'))) {
    assert.equal(figureIn(t.text), t.expect?.value, t.id);
  }
});

test('"same" groups: one canonical name or value, written differently', () => {
  for (const g of groupsWith('same')) {
    const members = inGroup(g);
    const keys = new Set(members.map((t) => String(t.expect?.canonical ?? t.expect?.value)));
    assert.equal(keys.size, 1, `${g} members disagree: ${[...keys].join(' / ')}`);
    const spellings = new Set(members.map((t) => t.text));
    assert.ok(spellings.size >= 2, `${g} has only one spelling`);
  }
  const talkDates = inGroup('date:talks').map((t) => t.text);
  assert.ok(talkDates.some((s) => s.includes('\u2013')) && talkDates.some((s) => /\d-\d/.test(s)), 'en dash and hyphen ranges');
  assert.ok(talkDates.some((s) => /\dth and \d/.test(s)) && talkDates.some((s) => /\d and \d/.test(s)), 'ordinal and plain "and"');
});

test('the arithmetic group: per side × sides = total', () => {
  for (const g of groupsWith('consistent-after-arithmetic')) {
    const members = inGroup(g);
    const total = members.find((t) => !t.expect?.perSide);
    const per = members.find((t) => t.expect?.perSide);
    assert.ok(total && per, `${g} needs a total and a per-side figure`);
    assert.notEqual(total.file, per.file, 'the two halves are in different sources');
    assert.equal(Number(per.expect?.value) * Number(per.expect?.sides), total.expect?.value);
  }
});

test('conflict groups: the values really differ', () => {
  for (const g of groupsWith('conflict')) {
    const values = new Set(inGroup(g).map((t) => t.expect?.value));
    assert.ok(values.size >= 2, `${g} values agree`);
  }
});

test('the same quotation is given to different speakers, word for word', () => {
  for (const g of groupsWith('same-quote-different-speaker')) {
    const members = inGroup(g);
    assert.equal(new Set(members.map((t) => t.text)).size, 1, 'quotation text differs');
    assert.ok(new Set(members.map((t) => t.expect?.speaker)).size >= 2, 'speakers agree');
  }
});

test('paraphrased claims are worded differently', () => {
  for (const g of groupsWith('paraphrase')) {
    const members = inGroup(g);
    assert.equal(new Set(members.map((t) => t.text.toLowerCase())).size, members.length);
  }
});

test('relative dates resolve as stated from each file’s date', () => {
  const relative = fixture.traps.filter((t) => t.trap === 'relative-date');
  assert.ok(relative.length >= 2);
  for (const t of relative) {
    assert.equal(resolveRelative(t.text, fixture.files[t.file].date), t.expect?.value, t.id);
  }
});

test('nationality adjectives are adjectives of a named country', () => {
  for (const t of fixture.traps.filter((x) => x.trap === 'nationality-adjective')) {
    const adjective = t.expect?.notActor ?? '';
    assert.ok(t.text.startsWith(`${adjective} `), t.id);
    assert.match(adjective, /an$/, `${adjective} is not an -an adjective`);
  }
});

test('the headline trap is line 1 and the related-stories block closes its file', () => {
  const head = fixture.traps.find((t) => t.trap === 'title-case-headline');
  assert.ok(head);
  assert.equal(headline(read(head.file)), head.text);
  for (const t of fixture.traps.filter((x) => x.trap === 'related-stories')) {
    const lines = read(t.file).split('\n');
    const at = lines.indexOf(t.text);
    assert.ok(at > 0, 'the block header is a line of its own');
    const rest = lines.slice(at + 1).filter((l) => l.trim() !== '');
    assert.equal(rest.length, t.expect?.linesAfter);
    for (const l of rest) assert.ok(isTitleCase(l.replace(/^\W+/, '')), `not a headline: ${l}`);
  }
});

test('the Markdown injection is a real command link in a .md file', () => {
  const inj = fixture.traps.filter((t) => t.trap === 'markdown-injection');
  assert.ok(inj.length >= 1);
  for (const t of inj) {
    assert.equal(extname(t.file), '.md');
    assert.match(t.text, /^\[[^\]]+\]\(command:[\w.]+\)$/);
  }
});

// --- README documents the same list

test('samples/README.md has one row per trap, with the same file and text', () => {
  const unescape = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const rows = new Map<string, { file: string; text: string }>();
  for (const line of read('README.md').split('\n')) {
    const cells = /^\| ([\w-]+) \| [^|]* \| (\S+) \| `([^`]*)` \|/.exec(line);
    if (cells) rows.set(cells[1], { file: cells[2], text: unescape(cells[3]) });
  }
  assert.deepEqual([...rows.keys()].sort(), fixture.traps.map((t) => t.id).sort());
  for (const t of fixture.traps) assert.deepEqual(rows.get(t.id), { file: t.file, text: t.text }, t.id);
});
