/**
 * @param {number[][]} q
 * @param {number[][]} k
 * @param {number[][]} v
 * @param {boolean} causal
 * @returns {number[][]}
 */
export function attention(q, k, v, causal) {
  // TODO: validate the shapes, score q[i]·k[j] / sqrt(d_k), mask keys j > i when causal,
  // take a stable softmax per query row and average the value rows with those weights.
  throw new Error('not implemented');
}
