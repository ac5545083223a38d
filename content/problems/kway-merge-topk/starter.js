/**
 * @typedef {{ id: string, score: number }} Hit
 * @param {Hit[][]} shards each sorted by score descending
 * @param {number} k
 * @returns {Hit[]}
 */
export function mergeTopK(shards, k) {
  // TODO: check every shard is sorted, then merge (a heap of shard heads), keeping each id once with its best score.
  throw new Error('not implemented');
}
