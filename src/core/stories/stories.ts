import type { Relatedness } from '../link/relatedness';

/** Articles about one event or rumour: figures and claims are compared only inside one. */
export interface Story {
  /** `story:` and the slug of its first document's file name: kept while that document stays in it. */
  readonly id: string;
  /** The story's most telling actors and words, or the name a person gave it in the stories file. */
  readonly label: string;
  /** Workspace paths, sorted. */
  readonly documents: readonly string[];
}

/** Which story each document of a workspace is in. Two documents are related exactly when they share one. */
export class Stories implements Relatedness {
  private readonly indexOf = new Map<string, number>();
  private readonly byId = new Map<string, Story>();

  /** `storyAt[d]` is the position in `list` of the story of `paths[d]`. */
  constructor(paths: readonly string[], private readonly storyAt: Int32Array, readonly list: readonly Story[]) {
    paths.forEach((path, d) => this.indexOf.set(path, d));
    for (const story of list) this.byId.set(story.id, story);
  }

  /** The document's position for `relatedAt`, or -1 when it is not in the workspace. */
  indexOfDocument(path: string): number {
    return this.indexOf.get(path) ?? -1;
  }

  relatedAt(ia: number, ib: number): boolean {
    return ia >= 0 && ib >= 0 && this.storyAt[ia] === this.storyAt[ib];
  }

  groupAt(index: number): number {
    return index >= 0 ? this.storyAt[index] : -1;
  }

  related(a: string, b: string): boolean {
    return this.relatedAt(this.indexOfDocument(a), this.indexOfDocument(b));
  }

  storyOf(path: string): Story | undefined {
    const d = this.indexOf.get(path);
    return d === undefined ? undefined : this.list[this.storyAt[d]];
  }

  story(id: string): Story | undefined {
    return this.byId.get(id);
  }
}
