/**
 * @param {Record<string, [string, number][]>} table
 * @param {number} beamWidth
 * @param {number} maxLength
 * @param {string} endToken
 * @param {boolean} lengthNormalize
 * @returns {{ tokens: string[], score: number }[]}
 */
export function beamSearch(table, beamWidth, maxLength, endToken, lengthNormalize) {
  // TODO: expand the live hypotheses step by step, keep the beamWidth best candidates,
  // move the ones ending in endToken to the finished list, and return the finished ones
  // best first (ties by token list).
  throw new Error('not implemented');
}
