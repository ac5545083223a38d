/**
 * @param {string[]} judge
 * @param {string[]} human
 * @param {string[]} labels
 * @param {'none' | 'linear' | 'quadratic'} weights
 * @returns {number | null}
 */
export function cohensKappa(judge, human, labels, weights) {
  // TODO: observed vs chance disagreement, weighted by distance between grades; null when undefined.
  throw new Error('not implemented');
}
