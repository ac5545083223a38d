export class TokenBucket {
  /**
   * @param {number} capacity
   * @param {number} refillPerSecond
   * @param {() => number} now current time in seconds
   */
  constructor(capacity, refillPerSecond, now) {
    // TODO: validate, start full at now().
  }

  /** @param {number} [cost] @returns {boolean} */
  tryAcquire(cost = 1) {
    // TODO: refill for the time elapsed, then take cost tokens if available.
    throw new Error('not implemented');
  }

  /** @returns {number} */
  available() {
    // TODO: tokens available right now.
    throw new Error('not implemented');
  }
}
