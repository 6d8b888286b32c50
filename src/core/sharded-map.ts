const SHARDS = 32;

/**
 * A map by text key for tens of thousands of entries made inside relink steps. A Map
 * rehashes all its entries at once each time it doubles: 4 ms at 32,000 cluster ids in
 * plain Node, several times that in an extension host sharing two cores with the editor,
 * all in one step. This one spreads its keys over 32 smaller maps, whose rehashes are a
 * thirty-second of that, and keeps keys and values in arrays for iteration in insertion
 * order, as a Map iterates. Entries are never deleted: its users only add.
 */
export class ShardedMap<V> implements ReadonlyMap<string, V> {
  private readonly shards: Map<string, number>[] = Array.from({ length: SHARDS }, () => new Map<string, number>());
  private readonly keyList: string[] = [];
  private readonly valueList: V[] = [];

  get size(): number {
    return this.keyList.length;
  }

  get(key: string): V | undefined {
    const at = this.shardOf(key).get(key);
    return at === undefined ? undefined : this.valueList[at];
  }

  has(key: string): boolean {
    return this.shardOf(key).has(key);
  }

  set(key: string, value: V): this {
    const shard = this.shardOf(key);
    const at = shard.get(key);
    if (at !== undefined) this.valueList[at] = value;
    else {
      shard.set(key, this.keyList.length);
      this.keyList.push(key);
      this.valueList.push(value);
    }
    return this;
  }

  forEach(visit: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.keyList.length; i++) visit.call(thisArg, this.valueList[i], this.keyList[i], this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.keyList.length; i++) yield [this.keyList[i], this.valueList[i]];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.keyList.length; i++) yield this.keyList[i];
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.valueList.length; i++) yield this.valueList[i];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** A shard from the key's length and two of its characters: no pass over the whole key. */
  private shardOf(key: string): Map<string, number> {
    const n = key.length;
    return this.shards[(n * 7 + (n > 0 ? key.charCodeAt(n - 1) * 3 + key.charCodeAt(n >> 1) : 0)) & (SHARDS - 1)];
  }
}
