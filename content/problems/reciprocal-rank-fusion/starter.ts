export interface FusedResult {
  id: string;
  score: number;
}

export function reciprocalRankFusion(rankings: string[][], k = 60): FusedResult[] {
  // TODO: sum 1 / (k + rank) per id (rank from 1, first occurrence per ranking); sort by score desc, id asc.
  throw new Error('not implemented');
}
