export class TenantSemanticCache {
  /**
   * @param {number} threshold
   * @param {number} ttlMs
   * @param {number} maxEntriesPerTenant
   * @param {() => number} now current time in integer milliseconds
   */
  constructor(threshold, ttlMs, maxEntriesPerTenant, now) {
    // TODO: validate, then keep the entries of each tenant apart.
    throw new Error('not implemented');
  }

  /** @param {string} tenant @param {number[]} embedding @param {string} answer */
  put(tenant, embedding, answer) {
    // TODO: replace an identical live entry, or add one (evicting the oldest when full).
    throw new Error('not implemented');
  }

  /** @param {string} tenant @param {number[]} embedding @returns {string | null} */
  get(tenant, embedding) {
    // TODO: the most similar live entry of this tenant, if it reaches the threshold.
    throw new Error('not implemented');
  }

  /** @param {string} tenant @returns {number} live entries of the tenant */
  size(tenant) {
    throw new Error('not implemented');
  }
}
