/**
 * Stories: documents grouped by what they are about, figures and claims compared only inside
 * one, a person's stories file winning over the grouping found, and ids that stay put.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { drain } from '../../src/core/link/steps';
import { linkWorkspace } from '../../src/core/link/workspace-linking';
import { averageLink } from '../../src/core/stories/average-link';
import { parseStoriesFile } from '../../src/core/stories/stories-file';
import { toScanJson } from '../../src/core/report/scan-json';
import { scanToMarkdown } from '../../src/core/report/scan-markdown';
import { cli } from './cli-capture';

const FLOOD = [
  'Floodwaters swept through Harlow Vale on Tuesday after the Tamsin River burst its banks. Mayor Petra Okonjo said 12 people were killed. Volunteers from the Red Cross moved families to the Harlow Vale school gym.',
  'The Tamsin River broke its banks overnight and flooded Harlow Vale. Petra Okonjo, the mayor, told reporters that 12 people were killed and that the water kept rising along the riverbank. The Red Cross opened a shelter.',
  'Residents of Harlow Vale waded through muddy water on Wednesday, a day after the Tamsin River flood. Officials said 14 people were killed. Mayor Okonjo asked for pumps and sandbags from neighbouring towns.',
];
const FIRE = [
  'A fire tore through the Brennick Plastics factory in Osterby on Monday. Fire chief Anton Varga said 15 people were killed, most of them on the night shift. The Red Cross sent blankets to the families waiting outside.',
  'Investigators in Osterby are looking for the cause of the blaze at Brennick Plastics, where 15 people were killed. Chief Anton Varga said the sprinklers in the warehouse had been switched off for repairs.',
  'Workers at Brennick Plastics in Osterby said the factory alarms failed before Monday’s blaze. Anton Varga, the fire chief, confirmed that 15 people were killed and said the warehouse roof collapsed.',
];
const CHESS = 'The Vireo Open chess tournament in Lanzhou ended with a draw between grandmasters Ilse Brandt and Tomasz Wrobel, who share the trophy after nine rounds of play.';

function workspace(texts: Record<string, string>, storyFile?: string) {
  const documents = Object.entries(texts).map(([path, text]) => ({ path, ...analyzeText(text) }));
  return linkWorkspace(documents, {}, undefined, storyFile === undefined ? {} : parseStoriesFile(storyFile).overrides);
}

const articles = (): Record<string, string> => ({
  'news/flood-1.txt': FLOOD[0], 'news/flood-2.txt': FLOOD[1], 'news/flood-3.txt': FLOOD[2],
  'news/fire-1.txt': FIRE[0], 'news/fire-2.txt': FIRE[1], 'news/fire-3.txt': FIRE[2],
});

test('two stories sharing an actor and a kind of figure are told apart, and their figures never meet', () => {
  const linking = workspace(articles());
  const stories = linking.stories.list.map((s) => [...s.documents].sort());
  assert.deepEqual(stories.sort(), [
    ['news/fire-1.txt', 'news/fire-2.txt', 'news/fire-3.txt'],
    ['news/flood-1.txt', 'news/flood-2.txt', 'news/flood-3.txt'],
  ]);
  const storyOf = (path: string): string | undefined => linking.stories.storyOf(path)?.id;
  for (const cluster of linking.clusters.values()) {
    if (cluster.kind === 'actor') continue;
    assert.equal(new Set(cluster.members.map((m) => storyOf(m.path))).size, 1, `${cluster.id} spans two stories`);
  }
  for (const d of linking.discrepancies) assert.equal(new Set(d.mentions.map((m) => storyOf(m.path))).size, 1);
  // Figures are still compared inside a story: the flood's 12 and 14 dead disagree.
  assert.ok(linking.discrepancies.some((d) => d.relation === 'conflict' && d.mentions.every((m) => m.path.includes('flood'))));
  // Actors link across the whole workspace.
  const redCross = [...linking.clusters.values()].find((c) => c.kind === 'actor' && c.label === 'Red Cross');
  assert.ok(redCross && new Set(redCross.members.map((m) => storyOf(m.path))).size === 2);
});

test('a folder of articles on one event is one story, labelled with its own words', () => {
  const linking = workspace({ 'a.txt': FIRE[0], 'b.txt': FIRE[1], 'c.txt': FIRE[2] });
  assert.equal(linking.stories.list.length, 1);
  const [story] = linking.stories.list;
  assert.deepEqual(story.documents, ['a.txt', 'b.txt', 'c.txt']);
  assert.equal(story.id, 'story:a');
  assert.match(story.label, /Osterby|Brennick|Varga/);
});

test('story ids stay when documents are added to other stories', () => {
  const before = workspace(articles());
  const after = workspace({ ...articles(), 'news/chess.txt': CHESS });
  for (const path of Object.keys(articles())) assert.equal(after.stories.storyOf(path)?.id, before.stories.storyOf(path)?.id);
  assert.equal(before.stories.storyOf('news/fire-2.txt')?.id, 'story:fire-1');
  assert.notEqual(after.stories.storyOf('news/chess.txt')?.id, after.stories.storyOf('news/fire-1.txt')?.id);
});

test('the stories file wins: a declared story splits articles off, a move puts one into another story', () => {
  const linking = workspace(articles(), [
    'stories:',
    '  - label: The flood aftermath',
    '    documents: [news/flood-3.txt]',
    'move:',
    '  - document: ./news/fire-3.txt',
    '    to: news/flood-1.txt',
    '  - document: news/nowhere.txt',
    '    to: news/flood-1.txt',
  ].join('\n'));
  const { stories } = linking;
  assert.equal(stories.storyOf('news/flood-3.txt')?.label, 'The flood aftermath');
  assert.deepEqual(stories.storyOf('news/flood-3.txt')?.documents, ['news/flood-3.txt']);
  assert.equal(stories.storyOf('news/fire-3.txt')?.id, stories.storyOf('news/flood-1.txt')?.id);
  assert.notEqual(stories.storyOf('news/fire-3.txt')?.id, stories.storyOf('news/fire-1.txt')?.id);
  // The split-off article's 14 dead are no longer set against the others' 12.
  assert.ok(!linking.discrepancies.some((d) => d.mentions.some((m) => m.path === 'news/flood-3.txt')));
  assert.deepEqual(linking.storyProblems, [{ line: 7, message: "no article 'news/nowhere.txt' in this workspace" }]);
});

test('a stories file that is not YAML, or not in shape, says where and what', () => {
  const broken = parseStoriesFile('stories:\n  - documents: [a.txt\n');
  assert.equal(broken.usable, false);
  assert.ok(broken.problems.length > 0 && broken.problems[0].line >= 2);
  const odd = parseStoriesFile('stories:\n  - label: no documents\nmove: yes\nsplit: []\n');
  assert.equal(odd.usable, true);
  assert.deepEqual(odd.problems.map((p) => p.line), [2, 3, 4]);
  assert.equal(parseStoriesFile('[1, 2]').usable, false);
  assert.deepEqual(parseStoriesFile('').overrides, {});
});

test('the scan reads the stories file, warns about a broken one and leaves it as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stories-'));
  try {
    Object.entries(articles()).forEach(([path, text]) => {
      mkdirSync(join(dir, 'news'), { recursive: true });
      writeFileSync(join(dir, path), text);
    });
    mkdirSync(join(dir, '.corroborate'));
    writeFileSync(join(dir, '.corroborate', 'stories.yaml'), 'move:\n  - document: news/fire-1.txt\n    to: news/flood-1.txt\n');
    const moved = JSON.parse((await cli(['scan', 'news', '--format', 'json'], dir)).stdout);
    const storyOf = (scan: { documents: { path: string; story: string }[] }, path: string): string | undefined => scan.documents.find((d) => d.path === path)?.story;
    assert.equal(storyOf(moved, 'news/fire-1.txt'), storyOf(moved, 'news/flood-1.txt'));
    assert.ok(moved.stories.some((s: { documents: string[] }) => s.documents.includes('news/fire-1.txt') && s.documents.includes('news/flood-2.txt')));
    const broken = 'move:\n  - document: [news/fire-1.txt\n';
    writeFileSync(join(dir, '.corroborate', 'stories.yaml'), broken);
    const run = await cli(['scan', 'news', '--format', 'json'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /\.corroborate\/stories\.yaml:\d+: /);
    assert.match(run.stderr, /could not be read as YAML; it is left out of this run/);
    const scan = JSON.parse(run.stdout);
    assert.notEqual(storyOf(scan, 'news/fire-1.txt'), storyOf(scan, 'news/flood-1.txt'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('average link does not chain two groups through one article that resembles both', () => {
  // Features 0–1 belong to group A, 2–3 to group B; the last document has a little of each.
  const unit = (...pairs: [number, number][]) => {
    const norm = Math.hypot(...pairs.map(([, w]) => w));
    return { features: Int32Array.from(pairs, ([f]) => f), weights: Float64Array.from(pairs, ([, w]) => w / norm) };
  };
  const docs = [unit([0, 1], [1, 1]), unit([0, 1], [1, 0.9]), unit([2, 1], [3, 1]), unit([2, 0.9], [3, 1]), unit([1, 1], [2, 1])];
  const group = drain(averageLink({ features: docs.map((d) => d.features), weights: docs.map((d) => d.weights), actorBase: 4, actorIds: [] }, 0.3));
  assert.equal(group[0], group[1]);
  assert.equal(group[2], group[3]);
  assert.notEqual(group[0], group[2]);
});

test('the Markdown scan lists the stories and names each article’s and each disagreement’s', () => {
  const documents = Object.entries(articles()).map(([path, text]) => ({ path, ...analyzeText(text) }));
  const markdown = scanToMarkdown(toScanJson(documents, linkWorkspace(documents)));
  assert.match(markdown, /^## Stories \(2\)$/m);
  const flood = linkWorkspace(documents).stories.storyOf('news/flood-1.txt')!.label;
  assert.ok(markdown.includes(`Story: ${flood}.`));
  assert.match(markdown, /^- \*\*conflict\*\*: .* \(story: [^)]+\)$/m);
  const single = scanToMarkdown(toScanJson(documents.slice(3), linkWorkspace(documents.slice(3))));
  assert.doesNotMatch(single, /Stories|Story:/);
});

test('the sample workspace, its README included, is one story: a few articles on one event are not cut up by words two of them share', () => {
  const samples = join(__dirname, '..', '..', '..', 'samples');
  const texts: Record<string, string> = {};
  for (const file of readdirSync(samples, { recursive: true, encoding: 'utf8' })) {
    if (/\.(txt|md)$/.test(file)) texts[file.split('\\').join('/')] = readFileSync(join(samples, file), 'utf8');
  }
  assert.ok(Object.keys(texts).length >= 7, 'the samples and their README');
  const linking = workspace(texts);
  assert.equal(linking.stories.list.length, 1, linking.stories.list.map((s) => s.documents.join(', ')).join(' | '));
});
