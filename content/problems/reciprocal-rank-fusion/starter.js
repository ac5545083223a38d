/**
 * @param {string[][]} rankings
 * @param {number} [k]
 * @returns {{ id: string, score: number }[]}
 */
export function reciprocalRankFusion(rankings, k = 60) {
  // TODO: sum 1 / (k + rank) per id (rank from 1, first occurrence per ranking); sort by score desc, id asc.
  throw new Error('not implemented');
}
