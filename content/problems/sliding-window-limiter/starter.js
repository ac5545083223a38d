export class SlidingWindowLimiter {
  /**
   * @param {number} limit
   * @param {number} windowMs
   * @param {() => number} now current time in integer milliseconds
   */
  constructor(limit, windowMs, now) {
    // TODO: validate; keep one log of accepted timestamps per tenant.
  }

  /** @param {string} tenant @returns {boolean} */
  tryAcquire(tenant) {
    // TODO: prune the tenant's log to the window (t - windowMs, t], then accept if it holds fewer than limit.
    throw new Error('not implemented');
  }

  /** @param {string} tenant @returns {number} */
  size(tenant) {
    // TODO: accepted requests of the tenant inside the window right now.
    throw new Error('not implemented');
  }
}
