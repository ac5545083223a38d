export function attention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  // TODO: validate the shapes, score q[i]·k[j] / sqrt(d_k), mask keys j > i when causal,
  // take a stable softmax per query row and average the value rows with those weights.
  throw new Error('not implemented');
}
