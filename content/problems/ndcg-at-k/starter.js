/**
 * @param {{ ranking: string[], grades: Record<string, number> }[]} queries
 * @param {number} k
 * @returns {{ scores: (number | null)[], mean: number | null }}
 */
export function ndcgAtK(queries, k) {
  // TODO: gains 2^grade - 1, discount 1/log2(rank + 1), ideal ranking from all judged documents.
  throw new Error('not implemented');
}
