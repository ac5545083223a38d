/**
 * @param {{ id: string, text: string }[]} docs
 * @param {string[]} queries
 * @returns {string[][]} for each query, the matching ids in document order
 */
export function booleanSearch(docs, queries) {
  // TODO: build term -> documents once; parse each query (AND over OR, parentheses) and evaluate it.
  throw new Error('not implemented');
}
