import Fuse from 'fuse.js';

export interface SearchableActor {
  readonly id: string;
  readonly label: string;
  /** Every spelling the workspace uses for the actor. */
  readonly names: readonly string[];
  readonly type?: string;
}

export interface ActorHit {
  readonly actor: SearchableActor;
  /** 0 is a perfect match, 1 no match at all (Fuse's scale). */
  readonly score: number;
  /** The spelling that matched best. */
  readonly matched: string;
}

/**
 * Typo-tolerant search over actors and all their spellings, for people typing a name
 * they half remember ("zelenski", "witkof"). Fuse's Bitap matching suits short queries
 * against short names; it is not used for linking, where scores must be absolute.
 */
export class ActorSearch {
  private readonly fuse: Fuse<SearchableActor>;

  constructor(actors: readonly SearchableActor[]) {
    this.fuse = new Fuse([...actors], {
      keys: [{ name: 'label', weight: 2 }, { name: 'names', weight: 1 }],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: 0.4,
      minMatchCharLength: 2,
    });
  }

  search(query: string, limit = 50): ActorHit[] {
    const trimmed = query.trim();
    if (trimmed.length === 0) return [];
    return this.fuse.search(trimmed, { limit }).map((result) => {
      // Of the spellings that matched, show the one closest in length to what was typed.
      const values = (result.matches ?? []).map((m) => m.value).filter((v): v is string => typeof v === 'string');
      const matched = values.sort((a, b) => Math.abs(a.length - trimmed.length) - Math.abs(b.length - trimmed.length))[0];
      return { actor: result.item, score: result.score ?? 1, matched: matched ?? result.item.label };
    });
  }
}
