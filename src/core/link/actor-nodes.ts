import type { ActorMention, ActorType } from '../model';
import type { AcronymDefinition } from './acronyms';
import { nameKey, type NameKey } from './name-key';

/** Every spelling that shares one skeleton, with what the workspace says about it. */
export interface NameNode {
  readonly skeleton: string;
  readonly key: NameKey;
  readonly forms: Map<string, number>;
  readonly types: Map<ActorType, number>;
  readonly documents: Set<string>;
  mentions: number;
}

export interface ActorDocument {
  readonly path: string;
  readonly text: string;
  readonly actors: readonly ActorMention[];
  /** Each actor's name key when already known, in the same order as `actors`. */
  readonly keys?: readonly NameKey[];
  /** The acronyms the document defines, when already found (see `findAcronymDefinitions`). */
  readonly acronyms?: readonly AcronymDefinition[];
}

/** Groups mentions by skeleton. Name keys are cached across calls: names repeat a lot. */
export class NameNodes {
  readonly nodes = new Map<string, NameNode>();
  private readonly keyCache: Map<string, NameKey>;

  constructor(keyCache = new Map<string, NameKey>()) {
    this.keyCache = keyCache;
  }

  /** The name-key cache, to seed the next run's nodes without recomputing keys. */
  keyCacheForReuse(): Map<string, NameKey> {
    return this.keyCache;
  }

  keyOf(name: string): NameKey {
    let key = this.keyCache.get(name);
    if (!key) {
      key = nameKey(name);
      this.keyCache.set(name, key);
    }
    return key;
  }

  add(document: string, mention: ActorMention, key: NameKey = this.keyOf(mention.name)): NameNode | undefined {
    if (key.skeleton.length === 0) return undefined;
    let node = this.nodes.get(key.skeleton);
    if (!node) {
      node = { skeleton: key.skeleton, key, forms: new Map(), types: new Map(), documents: new Set(), mentions: 0 };
      this.nodes.set(key.skeleton, node);
    }
    node.forms.set(mention.name, (node.forms.get(mention.name) ?? 0) + 1);
    node.types.set(mention.type, (node.types.get(mention.type) ?? 0) + 1);
    node.documents.add(document);
    node.mentions++;
    return node;
  }
}

// Maps are read with forEach here: a for...of over their entries made a pair per entry, and
// these run for every name of the workspace on every relink.

export function majorityType(types: Map<ActorType, number>): ActorType {
  let best: ActorType = 'person';
  let count = -1;
  types.forEach((n, type) => {
    if (n > count) {
      best = type;
      count = n;
    }
  });
  return best;
}

/** The form used most (the longer on a tie, the first met on a further tie); only forms `accept` allows, if given and any is allowed. */
export function mostFrequentForm(forms: Map<string, number>, accept?: (form: string) => boolean): string {
  const preferred = accept ? bestForm(forms, accept) : undefined;
  return preferred ?? bestForm(forms, () => true) ?? '';
}

/** `mostFrequentForm` among the forms `accept` allows; undefined when it allows none. */
function bestForm(forms: Map<string, number>, accept: (form: string) => boolean): string | undefined {
  let best: string | undefined;
  let count = -1;
  forms.forEach((n, form) => {
    if (accept(form) && (n > count || (n === count && form.length > (best ?? '').length))) {
      best = form;
      count = n;
    }
  });
  return best;
}
