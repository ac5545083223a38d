export class LruCache<V> {
  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {
    // TODO: validate; choose a structure that keeps recency order.
  }

  get(key: string): V | undefined {
    throw new Error('not implemented');
  }

  set(key: string, value: V): void {
    throw new Error('not implemented');
  }

  size(): number {
    throw new Error('not implemented');
  }
}
