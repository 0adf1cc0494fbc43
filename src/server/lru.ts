// A bounded map that forgets its least recently used entry first: a read (get) counts as a use,
// so a value asked for on every request stays while one-off values come and go around it.

export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`an LRU map holds at least one entry (capacity ${capacity})`);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, now the most recently used; undefined where there is none. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key); // a Map keeps insertion order: re-inserting moves the key to the end
    this.entries.set(key, value);
    return value;
  }

  /** Stores the value as the most recently used, first dropping the least recently used where full. */
  set(key: K, value: V): this {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.entries.keys();
  }
}
