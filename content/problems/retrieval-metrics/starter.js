/**
 * @param {string[]} retrieved
 * @param {string[]} relevant
 * @param {number} k
 * @returns {{ precisionAtK: number, recallAtK: number, reciprocalRank: number, ndcgAtK: number }}
 */
export function retrievalMetrics(retrieved, relevant, k) {
  // TODO: binary relevance; only the top k count; a repeated id counts once.
  throw new Error('not implemented');
}
