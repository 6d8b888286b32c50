import type { DocumentAnalysis } from '../document-analysis';
import type { ActorOverrides } from '../link/actor-linker';
import { NameNodes } from '../link/actor-nodes';
import type { Cluster, Discrepancy, MentionRef } from '../link/clusters';
import { drain, type Steps } from '../link/steps';
import { linkWorkspace, linkWorkspaceSteps, type WorkspaceLinking } from '../link/workspace-linking';
import type { Mention } from '../model';
import { LineIndex } from '../text/line-index';
import { firstStartingAt } from '../text/span';
import { contentHash } from './content-hash';
import { remapClusters } from './remap';
import { addToSet } from '../multimap';
import type { Story } from '../stories/stories';
import type { StoryOverrides } from '../stories/stories-file';

export interface IndexedDocument extends DocumentAnalysis {
  readonly path: string;
  readonly hash: string;
}

export type Analyzer = (text: string, path: string) => DocumentAnalysis;

/** A mention with where it lives and which cluster it belongs to now. */
export interface LocatedMention {
  readonly path: string;
  readonly index: number;
  readonly mention: Mention;
  readonly cluster?: string;
}

/**
 * The workspace index. Updating one document re-analyses only that document and maps its
 * mentions onto the current clusters at once (cheap, so typing never waits); `relink()`
 * recomputes clusters over the whole workspace and is run by the caller when idle.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private assignments = new Map<string, readonly (string | undefined)[]>();
  /**
   * Clusters given to documents edited since the last relink, with those documents. With the
   * clusters' own members they are every place a cluster may be now (see `members`): a
   * reverse map rebuilt on each relink was 30,000 sets of garbage per relink on FNC-1.
   */
  private addedPaths = new Map<string, Set<string>>();
  /** Counts changes to documents and overrides, so a relink spread over time knows it went stale. */
  private generation = 0;
  private readonly names = new NameNodes();
  private readonly lineIndexes = new WeakMap<IndexedDocument, LineIndex>();
  private current: WorkspaceLinking = linkWorkspace([]);
  private stale = false;
  private overrides: ActorOverrides = {};
  private storyOverrides: StoryOverrides = {};

  constructor(private readonly analyze: Analyzer) {}

  get size(): number {
    return this.documents.size;
  }

  /** True when documents changed since the last `relink()`. */
  get needsRelink(): boolean {
    return this.stale;
  }

  setOverrides(overrides: ActorOverrides): void {
    this.overrides = overrides;
    this.generation++;
    this.stale = true;
  }

  /** What a person decided in the stories file (see `parseStoriesFile`); applied at the next relink. */
  setStoryOverrides(overrides: StoryOverrides): void {
    this.storyOverrides = overrides;
    this.generation++;
    this.stale = true;
  }

  /** Analyses `text` unless it is unchanged; returns whether anything changed. */
  update(path: string, text: string): boolean {
    const hash = contentHash(text);
    const previous = this.documents.get(path);
    if (previous?.hash === hash) return false;
    const doc: IndexedDocument = { ...this.analyze(text, path), path, hash };
    this.documents.set(path, doc);
    this.assign(path, remapClusters(previous, this.assignments.get(path), doc, this.current));
    this.generation++;
    this.stale = true;
    return true;
  }

  remove(path: string): boolean {
    if (!this.documents.delete(path)) return false;
    this.assign(path, undefined);
    this.generation++;
    this.stale = true;
    return true;
  }

  relink(): WorkspaceLinking {
    return drain(this.relinkSteps())!;
  }

  /**
   * `relink` in steps of a few milliseconds, for a caller that spreads them out and may
   * drop them (`return()` on the generator) when the user types again: until the last
   * step the previous clusters stay in place, and the new ones replace them at once.
   * Gives undefined, and changes nothing, when documents changed in between.
   */
  *relinkSteps(): Steps<WorkspaceLinking | undefined> {
    const generation = this.generation;
    const documents = [...this.documents.values()];
    const linking = yield* linkWorkspaceSteps(documents, this.overrides, this.names, this.storyOverrides);
    // The linking's own per-document arrays, shared: nothing writes to them after linking.
    const assignments = new Map<string, readonly (string | undefined)[]>();
    for (const doc of documents) assignments.set(doc.path, linking.clustersIn(doc.path));
    if (generation !== this.generation) return undefined;
    this.current = linking;
    this.assignments = assignments;
    this.addedPaths = new Map();
    this.stale = false;
    return linking;
  }

  get linking(): WorkspaceLinking {
    return this.current;
  }

  get discrepancies(): readonly Discrepancy[] {
    return this.current.discrepancies;
  }

  /** The stories as of the last relink, largest first; a document added since is in none yet. */
  get stories(): readonly Story[] {
    return this.current.stories.list;
  }

  /** The story a document was in at the last relink. */
  storyOf(path: string): Story | undefined {
    return this.current.stories.storyOf(path);
  }

  document(path: string): IndexedDocument | undefined {
    return this.documents.get(path);
  }

  /** Line positions of a document's indexed text, built on first use and kept with the analysis. */
  lineIndex(path: string): LineIndex | undefined {
    const doc = this.documents.get(path);
    if (!doc) return undefined;
    let index = this.lineIndexes.get(doc);
    if (!index) this.lineIndexes.set(doc, (index = new LineIndex(doc.text)));
    return index;
  }

  paths(): string[] {
    return [...this.documents.keys()].sort();
  }

  clusterOf(ref: MentionRef): string | undefined {
    return this.assignments.get(ref.path)?.[ref.index];
  }

  cluster(id: string): Cluster | undefined {
    return this.current.clusters.get(id);
  }

  /** The smallest mention containing `offset` (a name inside a claim wins over the claim). */
  mentionAt(path: string, offset: number, accept: (m: Mention) => boolean = () => true): LocatedMention | undefined {
    const doc = this.documents.get(path);
    if (!doc) return undefined;
    let best: LocatedMention | undefined;
    for (let index = firstEndingAfter(doc.mentions, offset); index < doc.mentions.length; index++) {
      const mention = doc.mentions[index];
      if (mention.start > offset) break;
      if (offset < mention.end && accept(mention) && (!best || mention.end - mention.start < best.mention.end - best.mention.start)) {
        best = this.located(path, index);
      }
    }
    return best;
  }

  /** Every mention of a cluster in the current text, document by document. */
  members(clusterId: string): LocatedMention[] {
    const out: LocatedMention[] = [];
    // A superset of the documents that have the cluster now; their assignments say where.
    const paths = new Set(this.addedPaths.get(clusterId));
    for (const ref of this.current.clusters.get(clusterId)?.members ?? []) paths.add(ref.path);
    for (const path of [...paths].sort()) {
      const ids = this.assignments.get(path) ?? [];
      ids.forEach((id, index) => {
        if (id === clusterId) out.push(this.located(path, index));
      });
    }
    return out;
  }

  located(path: string, index: number): LocatedMention {
    const mention = this.documents.get(path)!.mentions[index];
    const cluster = this.clusterOf({ path, index });
    return { path, index, mention, ...(cluster ? { cluster } : {}) };
  }

  private assign(path: string, ids: (string | undefined)[] | undefined): void {
    if (!ids) {
      this.assignments.delete(path);
      return;
    }
    this.assignments.set(path, ids);
    for (const id of ids) if (id) addToSet(this.addedPaths, id, path);
  }
}

/** Mentions are sorted by start; a containing mention starts at most at `offset`. Claims are at most a paragraph long. */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  return firstStartingAt(mentions, offset - 4000);
}
