export type Weights = { wq: number[][]; wk: number[][]; wv: number[][]; wo: number[][] };

export class KvCacheAttention {
  constructor(weights: Weights) {
    // TODO: validate the shapes and keep copies of the weights; start with an empty cache.
  }

  step(x: number[]): number[] {
    // TODO: project x to q, k, v; append k and v to the cache; attend over the cache
    // (stable softmax of q·k_j / sqrt(d_head)) and return h wo.
    throw new Error('not implemented');
  }

  cacheLength(): number {
    // TODO: the number of cached positions.
    throw new Error('not implemented');
  }

  truncate(length: number): void {
    // TODO: keep only the first `length` cached positions.
    throw new Error('not implemented');
  }
}
