export class LruCache<V> {
  // A Map iterates in insertion order: re-inserting a key moves it to the most recent end.
  private readonly entries = new Map<string, { value: V; writtenAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {
    if (!(capacity >= 1)) throw new Error('capacity must be at least 1');
    if (!(ttlMs > 0)) throw new Error('ttlMs must be positive');
  }

  private expired(entry: { writtenAt: number }, time: number): boolean {
    return time - entry.writtenAt >= this.ttlMs;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.expired(entry, this.now())) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const time = this.now();
    if (!this.entries.delete(key) && this.entries.size >= this.capacity) {
      for (const [candidate, entry] of this.entries) if (this.expired(entry, time)) this.entries.delete(candidate);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, { value, writtenAt: time });
  }

  size(): number {
    const time = this.now();
    let live = 0;
    for (const entry of this.entries.values()) if (!this.expired(entry, time)) live++;
    return live;
  }
}
