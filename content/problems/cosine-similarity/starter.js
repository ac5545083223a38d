/**
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number}
 */
export function cosineSimilarity(a, b) {
  // TODO: dot(a, b) / (|a| * |b|); 0 when either norm is 0; throw on empty or mismatched input.
  throw new Error('not implemented');
}
