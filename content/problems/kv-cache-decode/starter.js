export class KvCacheAttention {
  /** @param {{ wq: number[][], wk: number[][], wv: number[][], wo: number[][] }} weights */
  constructor(weights) {
    // TODO: validate the shapes and keep copies of the weights; start with an empty cache.
  }

  /** @param {number[]} x @returns {number[]} */
  step(x) {
    // TODO: project x to q, k, v; append k and v to the cache; attend over the cache
    // (stable softmax of q·k_j / sqrt(d_head)) and return h wo.
    throw new Error('not implemented');
  }

  /** @returns {number} */
  cacheLength() {
    // TODO: the number of cached positions.
    throw new Error('not implemented');
  }

  /** @param {number} length */
  truncate(length) {
    // TODO: keep only the first `length` cached positions.
    throw new Error('not implemented');
  }
}
