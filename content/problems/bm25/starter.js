/**
 * @param {string} query
 * @param {string[]} docs
 * @param {number} [k1]
 * @param {number} [b]
 * @returns {number[]}
 */
export function bm25Scores(query, docs, k1 = 1.5, b = 0.75) {
  // TODO: tokenise (lowercase, split on runs outside [a-z0-9]), then score each doc with BM25.
  throw new Error('not implemented');
}
