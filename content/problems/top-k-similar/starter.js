/**
 * @param {number[]} query
 * @param {{ id: string, embedding: number[] }[]} items
 * @param {number} k
 * @returns {string[]}
 */
export function topKSimilar(query, items, k) {
  // TODO: rank items by cosine similarity to query, best first, ties by id ascending.
  throw new Error('not implemented');
}
