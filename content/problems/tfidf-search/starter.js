/**
 * @param {string} query
 * @param {string[]} docs
 * @param {number} k
 * @returns {number[]} indices of the best documents
 */
export function tfidfSearch(query, docs, k) {
  // TODO: tokenise, weight by count * idf, rank documents by cosine with the query.
  throw new Error('not implemented');
}
