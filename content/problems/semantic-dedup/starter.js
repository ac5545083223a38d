/**
 * @param {{ id: string, embedding: number[] }[]} items
 * @param {number} threshold
 * @returns {string[]} ids kept, in input order
 */
export function semanticDedup(items, threshold) {
  // TODO: keep an item unless it is >= threshold similar to an item already kept.
  throw new Error('not implemented');
}
