export class LruCache {
  /**
   * @param {number} capacity
   * @param {number} ttlMs
   * @param {() => number} now current time in milliseconds
   */
  constructor(capacity, ttlMs, now) {
    // TODO: validate; choose a structure that keeps recency order.
  }

  /** @param {string} key */
  get(key) {
    throw new Error('not implemented');
  }

  /** @param {string} key @param {unknown} value */
  set(key, value) {
    throw new Error('not implemented');
  }

  /** @returns {number} */
  size() {
    throw new Error('not implemented');
  }
}
