/** What `WordTable.get` answers for a word it does not hold (values are any other integer). */
export const ABSENT = -0x80000000;

const EMPTY = 0;

/**
 * Words to integers, looked up by their place in a text instead of by a slice of it. A Map
 * keyed by words needs each word cut out of its text and hashed as a new string; reading the
 * claims of FNC-1 that way was the largest single line of a scan. Here a word is hashed from
 * its code units where it stands (FNV-1a), found by open addressing and compared in place;
 * only a word not yet in the table is sliced, once.
 */
export class WordTable {
  private words: string[] = [];
  private values: number[] = [];
  private hashes: number[] = [];
  /** Entry number + 1 per slot, 0 for an empty one; the length stays a power of two. */
  private slots = new Int32Array(1024);

  get size(): number {
    return this.words.length;
  }

  /** The value of `text.slice(start, end)`, or ABSENT, given that slice's `hashOf`. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === EMPTY) return ABSENT;
      const e = entry - 1;
      if (this.hashes[e] === hash && sameWord(this.words[e], text, start, length)) return this.values[e];
    }
  }

  /** Adds a word that `get` just reported absent. */
  add(word: string, hash: number, value: number): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.words.push(word);
    this.values.push(value);
    this.hashes.push(hash);
    this.place(this.words.length, hash);
  }

  clear(): void {
    this.words = [];
    this.values = [];
    this.hashes = [];
    this.slots = new Int32Array(1024);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.hashes.length; e++) this.place(e + 1, this.hashes[e]);
  }
}

/** FNV-1a of `text.slice(start, end)`'s code units, as a non-negative 31-bit number. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hashValue(hash);
}

/** `hashOf` worked out by a reader of its own, code unit by code unit: start, steps, value. */
export const HASH_START = 0x811c9dc5;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashValue(hash: number): number {
  return hash & 0x7fffffff;
}

function sameWord(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
