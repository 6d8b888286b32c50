import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { clustersByStory } from '../../src/core/stories/clusters-by-story';

const storyOfPath: Record<string, string> = { 'a.txt': 'story:a', 'b.txt': 'story:a', 'c.txt': 'story:c' };
const paths: Record<string, string[]> = { dead: ['a.txt', 'b.txt'], ransom: ['c.txt'], date: ['b.txt'], fresh: ['new.txt'], late: ['new.txt', 'c.txt'] };

test('clusters are listed under their story, stories in the given order, clusters in theirs', () => {
  const grouped = clustersByStory(['ransom', 'dead', 'fresh', 'date', 'late'], (c) => paths[c], (p) => storyOfPath[p], ['story:c', 'story:a', 'story:none']);
  assert.deepEqual(grouped, [
    { story: 'story:c', clusters: ['ransom', 'late'] },
    { story: 'story:a', clusters: ['dead', 'date'] },
    { story: undefined, clusters: ['fresh'] },
  ]);
});

test('no clusters, no stories listed', () => {
  assert.deepEqual(clustersByStory([], (c: string) => paths[c], (p) => storyOfPath[p], ['story:a']), []);
});
