/**
 * @param {string} candidate
 * @param {string} reference
 * @param {number} beta
 * @returns {{ precision: number, recall: number, f: number }}
 */
export function rougeL(candidate, reference, beta) {
  // TODO: tokenise both texts, find the LCS length of the token sequences, then P, R and F-beta.
  throw new Error('not implemented');
}
