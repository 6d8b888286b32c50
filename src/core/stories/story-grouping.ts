import type { FileProblem } from '../actors-file';
import { slugOnce } from '../link/slug';
import type { Steps } from '../link/steps';
import { averageLink } from './average-link';
import { Stories, type Story } from './stories';
import type { StoryOverrides } from './stories-file';
import { surfaceOfTerm } from './story-terms';
import { storyVectors, type StoryDocument, type StoryVectors } from './story-vectors';

/** Words and actors in a story's label. */
const LABEL_PARTS = 3;

/**
 * Groups the documents of a workspace into stories (see `averageLink`), then applies what a
 * person decided in the stories file, which always wins. `paths` are sorted and match
 * `documents`; `actorLabel` names an actor cluster for labels.
 */
export function* groupStories(
  paths: readonly string[], documents: readonly StoryDocument[], actorLabel: (id: string) => string | undefined, overrides: StoryOverrides = {},
): Steps<{ stories: Stories; problems: FileProblem[] }> {
  const vectors = yield* storyVectors(documents);
  const found = yield* averageLink(vectors);
  const problems: FileProblem[] = [];
  const { group, labels } = applyOverrides(paths, found, overrides, problems);
  const members = new Map<number, number[]>();
  group.forEach((g, d) => (members.get(g) ?? members.set(g, []).get(g)!).push(d));
  const taken = new Set<string>();
  // Ids are given in path order, so a suffix for a shared file name goes by paths alone; the list is then largest first.
  const named = [...members.values()].map((docs) => ({ docs, id: uniqueId(`story:${slugOnce(fileName(paths[docs[0]]).replace(/\.[^.]*$/, '')) || 'untitled'}`, taken) }));
  named.sort((x, y) => y.docs.length - x.docs.length || x.docs[0] - y.docs[0]);
  const storyAt = new Int32Array(paths.length);
  const list: Story[] = named.map(({ docs, id }, position) => {
    for (const d of docs) storyAt[d] = position;
    const label = labels.get(group[docs[0]]) ?? storyLabel(docs, vectors, actorLabel) ?? fileName(paths[docs[0]]);
    return { id, label, documents: docs.map((d) => paths[d]) };
  });
  return { stories: new Stories(paths, storyAt, list), problems };
}

/**
 * The stories file on top of the grouping found: each declared story takes its documents out
 * of theirs, then each move puts an article into the story of another. Group keys at or above
 * `paths.length` are declared stories.
 */
function applyOverrides(paths: readonly string[], found: Int32Array, overrides: StoryOverrides, problems: FileProblem[]): { group: Int32Array; labels: Map<number, string> } {
  const group = Int32Array.from(found);
  const labels = new Map<number, string>();
  const position = new Map(paths.map((path, d) => [path, d]));
  const find = (path: string, line: number): number | undefined => {
    const d = position.get(path);
    if (d === undefined) problems.push({ line, message: `no article '${path}' in this workspace` });
    return d;
  };
  (overrides.stories ?? []).forEach((declared, i) => {
    const key = paths.length + i;
    for (const path of declared.documents) {
      const d = find(path, declared.line);
      if (d !== undefined) group[d] = key;
    }
    if (declared.label) labels.set(key, declared.label);
  });
  for (const move of overrides.moves ?? []) {
    const d = find(move.document, move.line);
    const to = find(move.to, move.line);
    if (d !== undefined && to !== undefined) group[d] = group[to];
  }
  return { group, labels };
}

/** The features most of the story's documents give most weight to: its actors by name, its terms as words. */
function storyLabel(docs: readonly number[], vectors: StoryVectors, actorLabel: (id: string) => string | undefined): string | undefined {
  const score = new Map<number, { weight: number; documents: number }>();
  for (const d of docs) {
    vectors.features[d].forEach((feature, i) => {
      const known = score.get(feature);
      if (known) {
        known.weight += vectors.weights[d][i];
        known.documents++;
      } else score.set(feature, { weight: vectors.weights[d][i], documents: 1 });
    });
  }
  const shared = Math.min(2, docs.length);
  const ranked = [...score].filter(([, s]) => s.documents >= shared).sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]);
  const parts: string[] = [];
  for (const [feature] of ranked) {
    const word = feature >= vectors.actorBase ? actorLabel(vectors.actorIds[feature - vectors.actorBase]) : surfaceOfTerm(feature);
    if (!word) continue;
    const lower = word.toLowerCase();
    // "Ebola" beside the actor "Ebola virus" says nothing more.
    if (parts.some((p) => p.toLowerCase().includes(lower) || lower.includes(p.toLowerCase()))) continue;
    parts.push(word);
    if (parts.length === LABEL_PARTS) break;
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
